import { Body, Controller, Get, Param, Post, Redirect, Render, Req } from '@nestjs/common';
import { Request } from 'express';
import { SignedIn } from '../platform/access';
import { ApiClient } from '../platform/api-client';
import { redirectTo, RedirectTo } from '../platform/forms';
import { visitView } from './holder-invoices.controller';
import { CONFIRM_RECEIPT, DELIVERED_BOOKINGS, INVOICES, ISSUE_INVOICE } from './invoices.operations';

const INVOICEABLE = ['CONFIRMED', 'CONFIRMED_BY_DEFAULT'];

/** Providers: "Money owed to you" (with receipts) and issuing an invoice from confirmed visits. */
@Controller()
export class ProviderInvoicesController {
  constructor(private readonly api: ApiClient) {}

  @Get('money-owed')
  @SignedIn('PROVIDER')
  @Render('invoices/views/money-owed.njk')
  async moneyOwed(@Req() req: Request) {
    const page = await this.api.query(req, INVOICES, { side: 'PROVIDER', first: 100 });
    const invoices = page.invoices.edges.map((edge) => edge.node);
    return {
      owed: page.moneyOwed,
      unpaid: invoices.filter((invoice) => invoice.status === 'ISSUED'),
      toConfirm: invoices.filter((invoice) => invoice.paidOn && invoice.receipt !== 'RECEIVED'),
      settled: invoices.filter((invoice) => invoice.receipt === 'RECEIVED' || invoice.status === 'CREDITED'),
    };
  }

  @Post('money-owed/:id/receipt')
  @SignedIn('PROVIDER')
  @Redirect()
  async receipt(@Req() req: Request, @Param('id') id: string, @Body() body: unknown): Promise<RedirectTo> {
    const received = (body as Record<string, unknown>)?.received === 'yes';
    const result = await this.api.mutate(req, CONFIRM_RECEIPT, { input: { invoiceId: id, received } });
    req.webSession?.setFlash(
      result.ok
        ? received
          ? { title: 'Payment confirmed', text: 'Thank you. This invoice is settled.' }
          : { title: 'We told them', text: 'We asked them to check their account and talk to you.' }
        : { title: 'That could not be saved', text: result.problem.message },
    );
    return redirectTo('/money-owed');
  }

  @Get('invoices/new')
  @SignedIn('PROVIDER')
  @Render('invoices/views/invoice-new.njk')
  async newInvoice(@Req() req: Request) {
    const { myBookings } = await this.api.query(req, DELIVERED_BOOKINGS, {
      side: 'PROVIDER',
      first: 100,
    });
    const ready = myBookings.edges
      .map((edge) => visitView(edge.node))
      .filter(
        (booking) => booking.invoiceNumber === null && INVOICEABLE.includes(booking.visit?.state ?? ''),
      );
    const people = new Map<string, typeof ready>();
    for (const booking of ready) {
      const name = booking.holderName ?? 'Someone';
      people.set(name, [...(people.get(name) ?? []), booking]);
    }
    return { people: [...people].map(([name, bookings]) => ({ name, bookings })) };
  }

  @Post('invoices/new')
  @SignedIn('PROVIDER')
  @Redirect()
  async issue(@Req() req: Request, @Body() body: unknown): Promise<RedirectTo> {
    const raw = (body as Record<string, unknown>)?.bookingIds;
    const bookingIds = (Array.isArray(raw) ? raw : raw ? [raw] : []).map(String);
    if (bookingIds.length === 0) {
      req.webSession?.setFlash({
        title: 'Choose at least one visit',
        text: 'Tick the visits to put on the invoice.',
      });
      return redirectTo('/invoices/new');
    }
    const result = await this.api.mutate(req, ISSUE_INVOICE, { input: { bookingIds } });
    if (!result.ok) {
      req.webSession?.setFlash({ title: 'The invoice was not issued', text: result.problem.message });
      return redirectTo('/invoices/new');
    }
    req.webSession?.setFlash({
      title: `Invoice ${result.data.issueInvoice.number} issued`,
      text: 'We sent it to them. It shows under Money owed to you until they pay.',
    });
    return redirectTo('/money-owed');
  }
}
