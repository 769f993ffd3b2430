import { Injectable } from '@nestjs/common';
import { Database } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { ReminderJob, reminderKey } from './reminder-job';

/** Byte order, as PostgreSQL's "C" collation and the sort of the keys the scan batches. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The reminder ledger (`reminders`, unique on `(item_id, due_on, offset_days)`) and the scans' log. What is due
 * and who is told are each ReminderSource's own reads, in its own context; see docs/reminders.md.
 */
@Injectable()
export class ReminderRepository {
  constructor(private readonly db: Database) {}

  /**
   * Records the reminders under their unique keys in one statement, in key order (two batches sharing keys
   * then wait for each other instead of deadlocking). Returns the keys recorded now; the others were already
   * recorded and have nothing to send.
   */
  async record(tx: EntityManager, jobs: ReminderJob[]): Promise<Set<string>> {
    if (jobs.length === 0) return new Set();
    const sorted = [...jobs].sort((a, b) => compareKeys(reminderKey(a), reminderKey(b)));
    const rows: Array<{ key: string }> = await tx.query(
      `INSERT INTO reminders (item_id, due_on, offset_days, kind)
       SELECT i, d, o, kind FROM unnest($1::uuid[], $2::date[], $3::int[], $4::text[])
         WITH ORDINALITY AS k(i, d, o, kind, n)
       ORDER BY n
       ON CONFLICT ON CONSTRAINT reminders_key DO NOTHING
       RETURNING 'reminder-' || item_id || '-' || due_on::text || '-' || offset_days AS key`,
      [
        sorted.map((job) => job.itemId),
        sorted.map((job) => job.on),
        sorted.map((job) => job.offsetDays),
        sorted.map((job) => `${job.subject}_${job.kind}`),
      ],
    );
    return new Set(rows.map((row) => row.key));
  }

  /**
   * Of these overdue reminders, those with no earlier overdue reminder for their (item, date) recorded: the
   * first overdue reminder, at which the Catalyst is told.
   */
  async firstOverdue(tx: EntityManager, jobs: ReminderJob[]): Promise<Set<string>> {
    if (jobs.length === 0) return new Set();
    const rows: Array<{ key: string }> = await tx.query(
      `SELECT 'reminder-' || k.item_id || '-' || k.due_on::text || '-' || k.offset_days AS key
       FROM unnest($1::uuid[], $2::date[], $3::int[]) AS k(item_id, due_on, offset_days)
       WHERE NOT EXISTS (SELECT 1 FROM reminders r WHERE r.item_id = k.item_id AND r.due_on = k.due_on
                           AND r.offset_days < 0 AND r.offset_days > k.offset_days)`,
      [jobs.map((job) => job.itemId), jobs.map((job) => job.on), jobs.map((job) => job.offsetDays)],
    );
    return new Set(rows.map((row) => row.key));
  }

  /** Of these reminders, the ones already recorded whose emails have all gone: the scan skips them. */
  async delivered(jobs: ReminderJob[]): Promise<Set<string>> {
    if (jobs.length === 0) return new Set();
    const rows: Array<{ key: string }> = await this.db.manager.query(
      `SELECT k.key
       FROM unnest($1::uuid[], $2::date[], $3::int[]) AS k0(item_id, due_on, offset_days)
       CROSS JOIN LATERAL (SELECT 'reminder-' || k0.item_id || '-' || k0.due_on::text || '-' || k0.offset_days AS key) k
       JOIN reminders r ON r.item_id = k0.item_id AND r.due_on = k0.due_on AND r.offset_days = k0.offset_days
       WHERE NOT EXISTS (
         SELECT 1 FROM notifications n
         WHERE n.dedupe_key IN (k.key, k.key || '-catalyst') AND n.email_wanted AND n.emailed_at IS NULL)`,
      [jobs.map((job) => job.itemId), jobs.map((job) => job.on), jobs.map((job) => job.offsetDays)],
    );
    return new Set(rows.map((row) => row.key));
  }

  // ---- scans ----

  async recordScan(asOf: string, startedAt: Date, expired: number, enqueued: number): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO reminder_scans (as_of, started_at, expired, enqueued) VALUES ($1, $2, $3, $4)`,
      [asOf, startedAt, expired, enqueued],
    );
  }

  async lastScanFinishedAt(): Promise<Date | null> {
    const [row]: Array<{ finished_at: Date }> = await this.db.manager.query(
      `SELECT finished_at FROM reminder_scans ORDER BY finished_at DESC LIMIT 1`,
    );
    return row?.finished_at ?? null;
  }
}
