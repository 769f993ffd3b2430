import { Injectable } from '@nestjs/common';
import {
  DueReminders,
  eachStillDue,
  NotificationKind,
  NotificationService,
  ReminderJob,
  reminderKey,
  ReminderSource,
  ReminderSourcePlugIn,
} from '@small-places/notifications';
import { addDays, Database, daysBetween } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { Invoice } from '../entities/invoice.entity';
import { InvoiceAccess } from '../invoice-access';
import { money } from '../issuing/invoice-lines';

/** Days after the due date at which an unpaid invoice reminds the holder's side and tells the provider. */
export const OVERDUE_REMINDER_DAYS = [0, 7, 14] as const;

/**
 * INVOICE_OVERDUE, daily: an invoice still unpaid (and not wholly credited) on its due date, 7 and 14 days
 * after. Keyed (invoice, due date, −days late), so each reminder is sent once.
 */
@Injectable()
@ReminderSourcePlugIn()
export class OverdueReminders implements ReminderSource {
  readonly subject = 'INVOICE_OVERDUE';
  readonly cadence = 'DAILY';

  constructor(
    private readonly db: Database,
    private readonly access: InvoiceAccess,
    private readonly notifications: NotificationService,
  ) {}

  stillDue(tx: EntityManager, jobs: ReminderJob[]): Promise<DueReminders> {
    return eachStillDue(
      jobs,
      (job) => this.unpaid(tx, job.itemId),
      (job, invoice) => this.remind(tx, job, invoice),
    );
  }

  /** The holder's side is reminded and the provider told, once under the reminder's key. */
  private async remind(tx: EntityManager, job: ReminderJob, invoice: Invoice): Promise<void> {
    const dedupeKey = reminderKey(job);
    const late = -job.offsetDays;
    const when = late === 0 ? 'is due today' : `was due ${late} days ago, on ${invoice.dueOn}`;
    const base = { kind: NotificationKind.INVOICE_UPDATE, email: true, refId: invoice.id, dedupeKey };
    await this.notifications.notify(tx, {
      ...base,
      userIds: await this.access.holderSideUsers(tx, invoice),
      title: `Invoice ${invoice.number} from ${invoice.enterpriseName} ${late === 0 ? 'is due today' : 'is overdue'}`,
      body: `Invoice ${invoice.number} from ${invoice.enterpriseName} for ${money(invoice.totalPence)} ${when}. Pay it from your direct-payment account, then choose "I have paid this" under Invoices to pay in Small Places. If something on it is wrong, talk to them.`,
    });
    await this.notifications.notify(tx, {
      ...base,
      userIds: await this.access.providerUsers(tx, invoice.enterpriseId),
      title: `Invoice ${invoice.number} to ${invoice.holderName} ${late === 0 ? 'is due today' : 'is unpaid'}`,
      body: `Invoice ${invoice.number} to ${invoice.holderName} for ${money(invoice.totalPence)} ${when} and is not recorded as paid. We have reminded them. See Money owed to you in Small Places.`,
    });
  }

  private async unpaid(tx: EntityManager, id: string): Promise<Invoice | null> {
    const invoice = await tx.getRepository(Invoice).findOne({ where: { id } });
    if (!invoice || invoice.paidOn) return null;
    const [row]: Array<{ sum: number }> = await tx.query(
      `SELECT coalesce(sum(amount_pence), 0)::int AS sum FROM credit_notes WHERE invoice_id = $1`,
      [id],
    );
    return row.sum < invoice.totalPence ? invoice : null;
  }

  /** Unpaid invoices due today, 7 or 14 days ago. */
  async due(day: string): Promise<ReminderJob[]> {
    const rows: Array<{ id: string; due_on: string }> = await this.db.manager.query(
      `SELECT id, due_on::text FROM invoices
       WHERE paid_on IS NULL AND due_on = ANY($1::date[]) ORDER BY id`,
      [OVERDUE_REMINDER_DAYS.map((late) => addDays(day, -late))],
    );
    return rows.map((row) => ({
      subject: 'INVOICE_OVERDUE' as const,
      itemId: row.id,
      kind: 'AFTER' as const,
      on: row.due_on,
      offsetDays: daysBetween(day, row.due_on),
    }));
  }
}
