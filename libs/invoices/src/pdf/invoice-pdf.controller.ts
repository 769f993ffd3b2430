import { Controller, Get, Param, Res } from '@nestjs/common';
import { Allow, Ctx, notFound, Permission, RequestContext } from '@small-places/platform';
import type { FastifyReply } from 'fastify';
import { InvoiceQueries } from '../invoice-queries';
import { invoicePdf } from './invoice-pdf';

/** GET /invoices/{id}.pdf: the provider's members, the holder and their delegates; 404 for anyone else (and unknown ids). */
@Controller('invoices')
export class InvoicePdfController {
  constructor(private readonly invoices: InvoiceQueries) {}

  @Get(':file')
  @Allow(Permission.Authenticated)
  async pdf(
    @Ctx() ctx: RequestContext,
    @Param('file') file: string,
    @Res() response: FastifyReply,
  ): Promise<void> {
    if (!file.endsWith('.pdf')) throw notFound('That invoice');
    const invoice = await this.invoices.getOrNotFound(ctx, file.slice(0, -'.pdf'.length));
    const [lines, notes] = await Promise.all([
      this.invoices.linesOf([invoice.id]),
      this.invoices.creditNotesOf([invoice.id]),
    ]);
    await response
      .header('Content-Type', 'application/pdf')
      .header('Content-Disposition', `inline; filename="invoice-${invoice.number}.pdf"`)
      .send(invoicePdf(invoice, lines.get(invoice.id) ?? [], notes.get(invoice.id) ?? []));
  }
}
