import { Injectable } from '@nestjs/common';
import { Database, PageArgs, paginate } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { Notification } from './entities/notification.entity';
import { NotificationKind } from './notification-kind';

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  essential: boolean;
  refId: string | null;
  dedupeKey: string | null;
  emailWanted: boolean;
}

export interface OwedEmail {
  id: string;
  to: string;
  subject: string;
  text: string;
}

/** The only place notifications talk SQL. */
@Injectable()
export class NotificationRepository {
  constructor(private readonly db: Database) {}

  /** Inserts what is new; a (user, dedupe key) already there is left alone. Returns the rows inserted. */
  async insert(
    tx: EntityManager,
    rows: NewNotification[],
  ): Promise<Array<{ id: string; userId: string; emailWanted: boolean }>> {
    if (rows.length === 0) return [];
    const inserted: Array<{ id: string; user_id: string; email_wanted: boolean }> = await tx.query(
      `INSERT INTO notifications (user_id, kind, title, body, essential, ref_id, dedupe_key, email_wanted)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::boolean[], $6::uuid[], $7::text[], $8::boolean[])
       ON CONFLICT (user_id, dedupe_key) DO NOTHING
       RETURNING id, user_id, email_wanted`,
      [
        rows.map((row) => row.userId),
        rows.map((row) => row.kind),
        rows.map((row) => row.title),
        rows.map((row) => row.body),
        rows.map((row) => row.essential),
        rows.map((row) => row.refId),
        rows.map((row) => row.dedupeKey),
        rows.map((row) => row.emailWanted),
      ],
    );
    return inserted.map((row) => ({ id: row.id, userId: row.user_id, emailWanted: row.email_wanted }));
  }

  /**
   * Who can be emailed, for a batch of notifications in one statement: the open accounts among `userIds`,
   * each with the kinds they muted. A person can be emailed about a kind when it is essential or not muted.
   */
  async emailable(tx: EntityManager, userIds: string[]): Promise<Map<string, Set<string>>> {
    if (userIds.length === 0) return new Map();
    const rows: Array<{ id: string; muted: string[] }> = await tx.query(
      `SELECT u.id, COALESCE(array_agg(m.kind) FILTER (WHERE m.kind IS NOT NULL), '{}') AS muted
       FROM identity_accounts u LEFT JOIN notification_mutes m ON m.user_id = u.id
       WHERE u.id = ANY($1::uuid[]) AND u.open
       GROUP BY u.id`,
      [userIds],
    );
    return new Map(rows.map((row) => [row.id, new Set(row.muted)]));
  }

  /** Notifications of a unit of work whose email is still owed (a crash between commit and queueing). */
  async owedIdsFor(manager: EntityManager, dedupeKeys: string[]): Promise<string[]> {
    if (dedupeKeys.length === 0) return [];
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM notifications WHERE dedupe_key = ANY($1::text[]) AND email_wanted AND emailed_at IS NULL`,
      [dedupeKeys],
    );
    return rows.map((row) => row.id);
  }

  /** The emails of these notifications that are still owed: wanted, not sent, the account open. */
  async owedEmails(ids: string[]): Promise<OwedEmail[]> {
    if (ids.length === 0) return [];
    return this.db.manager.query(
      `SELECT n.id, u.email AS to, n.title AS subject, n.body AS text
       FROM notifications n JOIN identity_accounts u ON u.id = n.user_id
       WHERE n.id = ANY($1::uuid[]) AND n.email_wanted AND n.emailed_at IS NULL AND u.open
       ORDER BY n.id`,
      [ids],
    );
  }

  async markEmailed(id: string): Promise<void> {
    await this.db.manager.query(`UPDATE notifications SET emailed_at = now() WHERE id = $1`, [id]);
  }

  page(userId: string, unreadOnly: boolean, page: PageArgs) {
    const query = this.db.manager
      .getRepository(Notification)
      .createQueryBuilder('notification')
      .where('notification.userId = :userId', { userId });
    if (unreadOnly) query.andWhere('notification.readAt IS NULL');
    return paginate(
      query,
      page,
      [
        { expression: 'notification.createdAt', value: (row) => row.createdAt },
        { expression: 'notification.id', value: (row) => row.id },
      ],
      'DESC',
    );
  }

  async unreadCount(userId: string): Promise<number> {
    const [row]: Array<{ count: number }> = await this.db.manager.query(
      `SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return row.count;
  }

  /** Marks the caller's own notifications read (all of them when `ids` is null); others' ids are ignored. */
  async markRead(userId: string, ids: string[] | null, now: Date): Promise<number> {
    const [, count] = (await this.db.manager.query(
      `UPDATE notifications SET read_at = $3
       WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [userId, ids, now],
    )) as [unknown, number];
    return count;
  }

  async mutedKinds(userId: string): Promise<Set<string>> {
    const rows: Array<{ kind: string }> = await this.db.manager.query(
      `SELECT kind FROM notification_mutes WHERE user_id = $1`,
      [userId],
    );
    return new Set(rows.map((row) => row.kind));
  }

  async setMuted(userId: string, kind: NotificationKind, muted: boolean): Promise<void> {
    await this.db.manager.query(
      muted
        ? `INSERT INTO notification_mutes (user_id, kind) VALUES ($1, $2) ON CONFLICT DO NOTHING`
        : `DELETE FROM notification_mutes WHERE user_id = $1 AND kind = $2`,
      [userId, kind],
    );
  }
}
