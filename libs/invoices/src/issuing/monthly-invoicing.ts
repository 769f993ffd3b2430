import { Injectable } from '@nestjs/common';
import { InvoiceableBooking, InvoiceableBookings } from '@small-places/bookings';
import {
  DueReminders,
  eachStillDue,
  ReminderJob,
  ReminderSource,
  ReminderSourcePlugIn,
} from '@small-places/notifications';
import { Database, RequestContext } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { InvoiceIssuer } from './invoice-issuer';

/**
 * INVOICE_MONTHLY, daily scan, on the 1st of the month: every enterprise that chose monthly issuing invoices
 * each holder (and budget) for their confirmed, uninvoiced visits, in one transaction per enterprise. Keyed
 * (enterprise, the 1st, 0) in the reminder ledger: once a month whatever happens to the jobs; and issuing only
 * takes bookings on no invoice, so even a second run would issue nothing twice.
 */
@Injectable()
@ReminderSourcePlugIn()
export class MonthlyInvoicing implements ReminderSource {
  readonly subject = 'INVOICE_MONTHLY';
  readonly cadence = 'DAILY';

  constructor(
    private readonly db: Database,
    private readonly bookings: InvoiceableBookings,
    private readonly issuer: InvoiceIssuer,
  ) {}

  stillDue(tx: EntityManager, jobs: ReminderJob[], now: Date): Promise<DueReminders> {
    return eachStillDue(
      jobs,
      (job) => this.monthly(tx, job.itemId),
      (job) => this.issueFor(tx, job.itemId, now),
    );
  }

  /** One invoice per holder and budget; returns how many were issued. */
  async issueFor(tx: EntityManager, enterpriseId: string, now: Date): Promise<number> {
    const groups = new Map<string, InvoiceableBooking[]>();
    for (const booking of await this.bookings.uninvoiced(tx, enterpriseId)) {
      const key = `${booking.holderId}/${booking.budgetId}`;
      groups.set(key, [...(groups.get(key) ?? []), booking]);
    }
    const ctx = RequestContext.system(now);
    for (const group of groups.values()) {
      const locked = await this.bookings.lock(
        tx,
        group.map((booking) => booking.id),
      );
      await this.issuer.issueIn(tx, ctx, locked, null);
    }
    return groups.size;
  }

  private async monthly(tx: EntityManager, enterpriseId: string): Promise<boolean> {
    const rows = await tx.query(
      `SELECT 1 FROM invoice_settings WHERE enterprise_id = $1 AND monthly_issuing FOR UPDATE`,
      [enterpriseId],
    );
    return rows.length > 0;
  }

  /** Every enterprise issuing monthly, on the 1st. */
  async due(day: string): Promise<ReminderJob[]> {
    if (!day.endsWith('-01')) return [];
    const rows: Array<{ id: string }> = await this.db.manager.query(
      `SELECT enterprise_id AS id FROM invoice_settings WHERE monthly_issuing ORDER BY enterprise_id`,
    );
    return rows.map((row) => ({
      subject: 'INVOICE_MONTHLY' as const,
      itemId: row.id,
      kind: 'AFTER' as const,
      on: day,
      offsetDays: 0,
    }));
  }
}
