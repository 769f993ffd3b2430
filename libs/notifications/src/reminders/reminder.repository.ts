import { Injectable } from '@nestjs/common';
import { Database } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { ReminderJob, reminderKey } from './reminder-job';

/** Byte order, as PostgreSQL's "C" collation and the sort of the keys the scan batches. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface ChecklistReminderContext {
  status: string;
  applicable: boolean;
  dueOn: string | null;
  expiresOn: string | null;
  inProgressSince: string | null;
  memberName: string | null;
  title: string;
  guidance: string;
  sourceUrl: string | null;
  mandatory: boolean;
  enterpriseId: string;
  enterpriseName: string;
  catalystId: string | null;
}

export interface Recipient {
  userId: string;
  name: string;
}

/**
 * The reminder ledger, and the reads the reminders need from other contexts' tables (checklist items and
 * requirements, enterprises and their members' grants, users, invitations, coaching actions). Those reads are
 * SQL here, read only, so the worker needs no other context's repositories; see docs/reminders.md.
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

  /** What the checklist reminders of a batch need, in one statement: item, requirement, enterprise. */
  async checklistContexts(
    tx: EntityManager,
    itemIds: string[],
  ): Promise<Map<string, ChecklistReminderContext>> {
    if (itemIds.length === 0) return new Map();
    const rows: Array<ChecklistReminderContext & { id: string }> = await tx.query(
      `SELECT i.id, i.status, i.applicable, i.due_on::text AS "dueOn", i.expires_on::text AS "expiresOn",
              i.in_progress_since::text AS "inProgressSince", i.member_name AS "memberName",
              r.title, r.guidance, r.source_url AS "sourceUrl", r.mandatory,
              e.id AS "enterpriseId", e.name AS "enterpriseName", e.catalyst_id AS "catalystId"
       FROM checklist_items i
       JOIN requirements r ON r.code = i.requirement_code
       JOIN enterprises e ON e.id = i.enterprise_id
       WHERE i.id = ANY($1::uuid[])`,
      [[...new Set(itemIds)]],
    );
    return new Map(rows.map(({ id, ...context }) => [id, context]));
  }

  /** People with an account in the enterprise (members' grants). */
  async membersOf(tx: EntityManager, enterpriseId: string): Promise<string[]> {
    return (await this.membersOfEach(tx, [enterpriseId])).get(enterpriseId) ?? [];
  }

  /** People with an account in each of these enterprises, in one statement. */
  async membersOfEach(tx: EntityManager, enterpriseIds: string[]): Promise<Map<string, string[]>> {
    const members = new Map<string, string[]>();
    if (enterpriseIds.length === 0) return members;
    const rows: Array<{ enterprise_id: string; user_ids: string[] }> = await tx.query(
      `SELECT g.scope_id AS enterprise_id, array_agg(DISTINCT g.user_id) AS user_ids
       FROM grants g JOIN users u ON u.id = g.user_id
       WHERE g.kind = 'MEMBER_OF_ENTERPRISE' AND g.scope_id = ANY($1::uuid[]) AND u.closed_at IS NULL
       GROUP BY g.scope_id`,
      [[...new Set(enterpriseIds)]],
    );
    for (const row of rows) members.set(row.enterprise_id, row.user_ids);
    return members;
  }

  // ---- the other jobs of PRODUCT.md §3.4 ----

  /** Sign-ups not confirmed 2 and 7 days (London dates) after they were made. */
  async unverifiedSignUps(day: string): Promise<ReminderJob[]> {
    const rows: Array<{ id: string; on: string; offset: number }> = await this.db.manager.query(
      `SELECT id, (created_at AT TIME ZONE 'Europe/London')::date::text AS on,
              (created_at AT TIME ZONE 'Europe/London')::date - $1::date AS offset
       FROM users
       WHERE email_verified_at IS NULL AND closed_at IS NULL
         AND $1::date - (created_at AT TIME ZONE 'Europe/London')::date IN (2, 7)`,
      [day],
    );
    return rows.map((row) => ({
      subject: 'SIGN_UP' as const,
      itemId: row.id,
      kind: 'AFTER' as const,
      on: row.on,
      offsetDays: row.offset,
    }));
  }

  /** Invitations unanswered 3 days after they were sent, and the day before they expire. */
  async unansweredInvitations(day: string): Promise<ReminderJob[]> {
    const rows: Array<{ id: string; sent: string; expires: string; since: number; until: number }> =
      await this.db.manager.query(
        `SELECT id, (created_at AT TIME ZONE 'Europe/London')::date::text AS sent,
                (expires_at AT TIME ZONE 'Europe/London')::date::text AS expires,
                $1::date - (created_at AT TIME ZONE 'Europe/London')::date AS since,
                (expires_at AT TIME ZONE 'Europe/London')::date - $1::date AS until
         FROM invitations
         WHERE accepted_at IS NULL AND revoked_at IS NULL AND invited_by_id IS NOT NULL
           AND (expires_at AT TIME ZONE 'Europe/London')::date >= $1::date
           AND ($1::date - (created_at AT TIME ZONE 'Europe/London')::date = 3
                OR (expires_at AT TIME ZONE 'Europe/London')::date - $1::date = 1)`,
        [day],
      );
    return rows.flatMap((row) => {
      const jobs: ReminderJob[] = [];
      if (row.since === 3)
        jobs.push({ subject: 'INVITATION', itemId: row.id, kind: 'AFTER', on: row.sent, offsetDays: -3 });
      if (row.until === 1)
        jobs.push({ subject: 'INVITATION', itemId: row.id, kind: 'BEFORE', on: row.expires, offsetDays: 1 });
      return jobs;
    });
  }

  /** Open coaching actions the day after they fell due, then weekly. */
  async overdueCoachingActions(day: string): Promise<ReminderJob[]> {
    const rows: Array<{ id: string; on: string; offset: number }> = await this.db.manager.query(
      `SELECT id, due_on::text AS on, due_on - $1::date AS offset
       FROM coaching_actions
       WHERE done_at IS NULL AND due_on < $1::date
         AND ($1::date - due_on = 1 OR ($1::date - due_on) % 7 = 0)`,
      [day],
    );
    return rows.map((row) => ({
      subject: 'COACHING_ACTION' as const,
      itemId: row.id,
      kind: 'DUE' as const,
      on: row.on,
      offsetDays: row.offset,
    }));
  }

  async signUp(tx: EntityManager, userId: string) {
    const [row]: Array<{ id: string; displayName: string; verified: boolean; closed: boolean }> =
      await tx.query(
        `SELECT id, display_name AS "displayName", email_verified_at IS NOT NULL AS verified, closed_at IS NOT NULL AS closed
       FROM users WHERE id = $1`,
        [userId],
      );
    return row ?? null;
  }

  async invitation(tx: EntityManager, id: string) {
    const [row]: Array<{ email: string; role: string; invitedById: string | null; open: boolean }> =
      await tx.query(
        `SELECT email, role, invited_by_id AS "invitedById",
              (accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()) AS open
       FROM invitations WHERE id = $1`,
        [id],
      );
    return row ?? null;
  }

  async coachingAction(tx: EntityManager, id: string) {
    const [row]: Array<{
      title: string;
      dueOn: string;
      owner: string;
      done: boolean;
      enterpriseId: string;
      enterpriseName: string;
      catalystId: string | null;
    }> = await tx.query(
      `SELECT a.title, a.due_on::text AS "dueOn", a.owner, a.done_at IS NOT NULL AS done,
              e.id AS "enterpriseId", e.name AS "enterpriseName", e.catalyst_id AS "catalystId"
       FROM coaching_actions a JOIN enterprises e ON e.id = a.enterprise_id WHERE a.id = $1`,
      [id],
    );
    return row ?? null;
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
