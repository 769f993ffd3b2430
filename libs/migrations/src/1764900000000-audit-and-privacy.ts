import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only audit trail (PRODUCT.md §3.9, docs/privacy.md) and when a budget was closed with its holder's
 * account. The trail has no foreign keys: it outlives every record it mentions (closed accounts are anonymised,
 * never deleted).
 */
export class AuditAndPrivacy1764900000000 implements MigrationInterface {
  name = 'AuditAndPrivacy1764900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        occurred_at timestamptz NOT NULL,
        actor_id uuid,
        action text NOT NULL CHECK (action ~ '^[A-Z][A-Z_]*$'),
        record_type text NOT NULL CHECK (record_type ~ '^[A-Z][A-Za-z]*$'),
        record_id uuid NOT NULL,
        subject_user_id uuid,
        request_id text,
        detail jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(detail) = 'object')
      )`);
    await db.query(`CREATE INDEX audit_events_record_idx ON audit_events (record_type, record_id, seq)`);
    await db.query(
      `CREATE INDEX audit_events_subject_idx ON audit_events (subject_user_id, seq) WHERE subject_user_id IS NOT NULL`,
    );
    // Append-only without exception: not even account closure changes the trail (it holds ids, not values).
    await db.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit events are append-only: % is not allowed', TG_OP
          USING ERRCODE = 'restrict_violation';
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
    await db.query(`
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);
    await db.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM PUBLIC`);

    // A budget whose holder closed their account: its periods stop rolling; its ledger stays (anonymised).
    await db.query(`ALTER TABLE personal_budgets ADD COLUMN closed_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE personal_budgets DROP COLUMN IF EXISTS closed_at`);
    await db.query(`DROP TABLE IF EXISTS audit_events`);
    await db.query(`DROP FUNCTION IF EXISTS audit_events_append_only()`);
  }
}
