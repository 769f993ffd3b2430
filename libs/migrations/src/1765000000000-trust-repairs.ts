import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: password resets, and secret links made when their email is sent (docs/security.md). A link's token
 * hash is written by the worker at send time, so a row starts with none: an invitation or verification whose
 * email has not gone yet cannot be used by anybody.
 */
export class TrustRepairs1765000000000 implements MigrationInterface {
  name = 'TrustRepairs1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE password_resets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash text,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX password_resets_hash_key ON password_resets (token_hash)`);
    await db.query(`CREATE INDEX password_resets_user_idx ON password_resets (user_id)`);
    await db.query(`ALTER TABLE invitations ALTER COLUMN token_hash DROP NOT NULL`);
    await db.query(`ALTER TABLE email_verifications ALTER COLUMN token_hash DROP NOT NULL`);
    await db.query(`CREATE INDEX invitations_open_scope_idx ON invitations USING gin (scope_ids)
      WHERE accepted_at IS NULL AND revoked_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS invitations_open_scope_idx`);
    await db.query(`UPDATE email_verifications SET token_hash = 'spent-' || id WHERE token_hash IS NULL`);
    await db.query(`ALTER TABLE email_verifications ALTER COLUMN token_hash SET NOT NULL`);
    await db.query(`UPDATE invitations SET token_hash = 'spent-' || id WHERE token_hash IS NULL`);
    await db.query(`ALTER TABLE invitations ALTER COLUMN token_hash SET NOT NULL`);
    await db.query(`DROP TABLE IF EXISTS password_resets`);
  }
}
