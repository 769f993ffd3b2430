import { MigrationInterface, QueryRunner } from 'typeorm';

/** In-app notifications, mutes, the reminder ledger (the unique key that stops double sends), scans, calendar feeds. */
export class Notifications1764700000000 implements MigrationInterface {
  name = 'Notifications1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        essential boolean NOT NULL DEFAULT false,
        ref_id uuid,
        dedupe_key text,
        email_wanted boolean NOT NULL DEFAULT false,
        emailed_at timestamptz,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One notification per person per unit of work: a duplicated job cannot notify twice.
    await db.query(`CREATE UNIQUE INDEX notifications_dedupe_key ON notifications (user_id, dedupe_key)`);
    await db.query(
      `CREATE INDEX notifications_user_created_idx ON notifications (user_id, created_at DESC, id DESC)`,
    );
    await db.query(`CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL`);
    await db.query(`CREATE INDEX notifications_ref_idx ON notifications (ref_id)`);
    // Emails still owed, found by the unit of work that owes them (a reminder re-run after a crash).
    await db.query(
      `CREATE INDEX notifications_email_owed_idx ON notifications (dedupe_key) WHERE email_wanted AND emailed_at IS NULL`,
    );

    await db.query(`
      CREATE TABLE notification_mutes (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, kind)
      )`);

    // item_id is the subject of the reminder: a checklist item, or (for the other jobs) a user, an invitation
    // or a coaching action; no foreign key, so one ledger serves them all.
    await db.query(`
      CREATE TABLE reminders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL,
        due_on date NOT NULL,
        offset_days integer NOT NULL,
        kind text NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT reminders_key UNIQUE (item_id, due_on, offset_days)
      )`);

    await db.query(`
      CREATE TABLE reminder_scans (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        as_of date NOT NULL,
        started_at timestamptz NOT NULL,
        finished_at timestamptz NOT NULL DEFAULT now(),
        expired integer NOT NULL,
        enqueued integer NOT NULL
      )`);
    await db.query(`CREATE INDEX reminder_scans_finished_idx ON reminder_scans (finished_at DESC)`);

    await db.query(`
      CREATE TABLE calendar_feeds (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        -- The token is HMAC(JWT secret, nonce): shown again on request, useless without the secret.
        nonce text NOT NULL,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX calendar_feeds_token_key ON calendar_feeds (token_hash)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'calendar_feeds',
      'reminder_scans',
      'reminders',
      'notification_mutes',
      'notifications',
    ]) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
