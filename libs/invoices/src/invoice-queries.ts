import { Injectable } from '@nestjs/common';
import {
  Connection,
  Database,
  daysBetween,
  londonDate,
  notFound,
  PageArgs,
  paginate,
  RequestContext,
} from '@small-places/platform';
import { Brackets, EntityManager } from 'typeorm';
import { CreditNote, Invoice, InvoiceLine } from './entities/invoice.entity';
import { InvoiceAccess, InvoiceSideOf } from './invoice-access';
import { AGEING_LABELS, AgeingBucket, ageingBucket } from './invoice-status';
import { MoneyOwedType } from './dto/invoice.types';

/** Reading invoices: one, a side's list (keyset, newest first), lines and credit notes, and money owed. */
@Injectable()
export class InvoiceQueries {
  constructor(
    private readonly db: Database,
    private readonly access: InvoiceAccess,
  ) {}

  async get(ctx: RequestContext, id: string): Promise<Invoice> {
    return (await this.access.either(this.db.manager, ctx, id)).invoice;
  }

  /** For the PDF route: anyone who may not see it gets NOT_FOUND, so the route does not confirm it exists. */
  async getOrNotFound(ctx: RequestContext, id: string): Promise<Invoice> {
    const invoice = await this.access.find(this.db.manager, id);
    if (!(await this.access.sideOf(this.db.manager, ctx, invoice))) throw notFound('That invoice');
    return invoice;
  }

  async list(ctx: RequestContext, side: InvoiceSideOf, page: PageArgs): Promise<Connection<Invoice>> {
    const query = await this.visible(this.db.manager, ctx, side);
    return paginate(
      query,
      page,
      [
        { expression: 'invoice.issuedOn', value: (row) => row.issuedOn },
        { expression: 'invoice.id', value: (row) => row.id },
      ],
      'DESC',
    );
  }

  /** Unpaid (not wholly credited) invoices of a side, by how late they are. */
  async moneyOwed(ctx: RequestContext, side: InvoiceSideOf): Promise<MoneyOwedType> {
    const tx = this.db.manager;
    const query = await this.visible(tx, ctx, side);
    const rows: Array<{ dueOn: string; owed: number }> = await query
      .select(`"invoice"."due_on"::text`, 'dueOn')
      .addSelect(
        '(invoice.totalPence - coalesce((SELECT sum(c.amount_pence) FROM credit_notes c WHERE c.invoice_id = invoice.id), 0))::int',
        'owed',
      )
      .andWhere('invoice.paidOn IS NULL')
      .getRawMany();
    const today = londonDate(ctx.now);
    const buckets = new Map(
      Object.values(AgeingBucket).map((bucket) => [
        bucket,
        { bucket, label: AGEING_LABELS[bucket], invoices: 0, amountPence: 0 },
      ]),
    );
    for (const row of rows.filter((candidate) => candidate.owed > 0)) {
      const bucket = buckets.get(ageingBucket(daysBetween(row.dueOn, today)))!;
      bucket.invoices += 1;
      bucket.amountPence += row.owed;
    }
    const all = [...buckets.values()];
    return {
      totalPence: all.reduce((sum, bucket) => sum + bucket.amountPence, 0),
      invoices: all.reduce((sum, bucket) => sum + bucket.invoices, 0),
      buckets: all,
    };
  }

  async linesOf(ids: readonly string[]): Promise<Map<string, InvoiceLine[]>> {
    const lines = ids.length
      ? await this.db.manager
          .getRepository(InvoiceLine)
          .createQueryBuilder('line')
          .where('line.invoiceId = ANY(:ids::uuid[])', { ids: [...ids] })
          .orderBy('line.position')
          .getMany()
      : [];
    const byInvoice = new Map<string, InvoiceLine[]>();
    for (const line of lines) byInvoice.set(line.invoiceId, [...(byInvoice.get(line.invoiceId) ?? []), line]);
    return byInvoice;
  }

  async creditNotesOf(ids: readonly string[]): Promise<Map<string, CreditNote[]>> {
    const notes = ids.length
      ? await this.db.manager
          .getRepository(CreditNote)
          .createQueryBuilder('note')
          .where('note.invoiceId = ANY(:ids::uuid[])', { ids: [...ids] })
          .orderBy('note.number')
          .getMany()
      : [];
    const byInvoice = new Map<string, CreditNote[]>();
    for (const note of notes) byInvoice.set(note.invoiceId, [...(byInvoice.get(note.invoiceId) ?? []), note]);
    return byInvoice;
  }

  private async visible(tx: EntityManager, ctx: RequestContext, side: InvoiceSideOf) {
    const { enterpriseIds, budgetIds } = await this.access.scopes(tx, ctx);
    const query = tx.getRepository(Invoice).createQueryBuilder('invoice');
    if (side === InvoiceSideOf.PROVIDER) {
      query.where('invoice.enterpriseId = ANY(:enterpriseIds::uuid[])', { enterpriseIds });
    } else {
      query.where(
        new Brackets((mine) => {
          mine.where('invoice.holderId = :userId', { userId: ctx.signedIn.id });
          mine.orWhere('invoice.budgetId = ANY(:budgetIds::uuid[])', { budgetIds });
        }),
      );
    }
    return query;
  }
}
