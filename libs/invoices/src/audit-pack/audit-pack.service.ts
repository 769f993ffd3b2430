import { Injectable } from '@nestjs/common';
import { InvoiceableBookings } from '@small-places/bookings';
import {
  BudgetAccessCheck,
  BudgetStatements,
  BudgetStatementType,
  statementCsv,
} from '@small-places/budgets';
import { IdentityService } from '@small-places/identity';
import { AuditService, Database, RequestContext } from '@small-places/platform';
import archiver from 'archiver';
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { Invoice } from '../entities/invoice.entity';
import { InvoiceQueries } from '../invoice-queries';
import { invoicePdf } from '../pdf/invoice-pdf';
import { expensesCsv, summaryPdf, visitConfirmationsCsv, VisitRow } from './audit-pack-files';

const LONDON_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** What goes in the pack, gathered (and authorised) before the first byte is sent. */
export interface AuditPackContents {
  statement: BudgetStatementType;
  invoices: Invoice[];
  visits: VisitRow[];
}

/**
 * The audit pack for one budget and a date range (PRODUCT.md §3.10): the statement CSV, each invoice issued in
 * the range as a PDF, the visit confirmations CSV, the expenses CSV and a one-page summary PDF, streamed as a
 * zip with archiver. One invoice PDF is rendered at a time (the next waits for the previous entry), so memory
 * stays flat whatever the range.
 */
@Injectable()
export class AuditPackService {
  constructor(
    private readonly db: Database,
    private readonly statements: BudgetStatements,
    private readonly budgets: BudgetAccessCheck,
    private readonly bookings: InvoiceableBookings,
    private readonly invoices: InvoiceQueries,
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
  ) {}

  /** Holder or delegate (NOT_FOUND / FORBIDDEN otherwise); a delegate's download is audited. */
  async gather(ctx: RequestContext, budgetId: string, from: string, to: string): Promise<AuditPackContents> {
    const statement = await this.statements.statement(ctx, budgetId, from, to);
    return this.db.transaction(async (tx) => {
      const { budget, role } = await this.budgets.requireBudgetAccess(tx, ctx, budgetId);
      const invoices = await tx
        .getRepository(Invoice)
        .createQueryBuilder('invoice')
        .where('invoice.budgetId = :budgetId', { budgetId: budget.id })
        .andWhere('invoice.issuedOn BETWEEN :from AND :to', { from, to })
        .orderBy('invoice.issuedOn')
        .addOrderBy('invoice.number')
        .getMany();
      const delivered = await this.bookings.visitsOfBudget(tx, budget.id, from, to);
      const [names, numbers] = await Promise.all([
        this.identity.displayNames(
          delivered.flatMap((booking) => (booking.visit.answeredById ? [booking.visit.answeredById] : [])),
          tx,
        ),
        this.invoiceNumbers(
          tx,
          delivered.map((booking) => booking.id),
        ),
      ]);
      if (role !== 'HOLDER') {
        await this.audit.record(tx, ctx, {
          action: 'AUDIT_PACK_DOWNLOADED',
          recordType: 'PersonalBudget',
          recordId: budget.id,
          subjectUserId: budget.holderId,
          detail: { from, to, role, invoices: invoices.length, visits: delivered.length },
        });
      }
      const visits: VisitRow[] = delivered.map((booking) => ({
        date: booking.visit.awaitingSince && booking.startsAt.toISOString().slice(0, 10),
        time: `${LONDON_TIME.format(booking.startsAt)} to ${LONDON_TIME.format(booking.endsAt)}`,
        service: booking.service,
        amountPence: booking.costPence,
        state: booking.visit.state,
        answeredBy: booking.visit.answeredById
          ? (names.get(booking.visit.answeredById)?.displayName ?? 'Former account')
          : null,
        answeredAt: booking.visit.answeredAt,
        disputeReason: booking.visit.disputeReason,
        invoiceNumber: numbers.get(booking.id) ?? null,
      }));
      return { statement, invoices, visits };
    });
  }

  /** Writes the zip to `out` (the HTTP response), one entry at a time. */
  async stream(contents: AuditPackContents, out: Writable): Promise<void> {
    const archive = archiver('zip', { zlib: { level: 6 } });
    archive.pipe(out);
    const { statement, invoices, visits } = contents;
    archive.append(summaryPdf(statement, invoices, visits), { name: 'summary.pdf' });
    await once(archive, 'entry');
    archive.append(statementCsv(statement), { name: 'statement.csv' });
    archive.append(visitConfirmationsCsv(visits), { name: 'visit-confirmations.csv' });
    archive.append(expensesCsv(statement), { name: 'expenses.csv' });
    const ids = invoices.map((invoice) => invoice.id);
    const [lines, notes] = await Promise.all([this.invoices.linesOf(ids), this.invoices.creditNotesOf(ids)]);
    for (const invoice of invoices) {
      const done = once(archive, 'entry');
      archive.append(invoicePdf(invoice, lines.get(invoice.id) ?? [], notes.get(invoice.id) ?? []), {
        name: `invoices/${invoice.enterpriseName.replace(/[^A-Za-z0-9]+/g, '-')}-invoice-${invoice.number}.pdf`,
      });
      await done;
    }
    await archive.finalize();
  }

  private async invoiceNumbers(tx: import('typeorm').EntityManager, bookingIds: string[]) {
    const rows: Array<{ booking_id: string; number: number }> = bookingIds.length
      ? await tx.query(
          `SELECT l.booking_id, i.number FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
           WHERE l.booking_id = ANY($1::uuid[])`,
          [bookingIds],
        )
      : [];
    return new Map(rows.map((row) => [row.booking_id, row.number]));
  }
}
