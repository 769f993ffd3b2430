import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The caseload import (docs/imports.md): one row per upload, its spreadsheet rows with what became of each,
 * and each Area's remembered column matching. pg_trgm (already created by the foundation) gives the
 * similarity that flags possible duplicates; the (area, postcode) index finds the candidates.
 */
export class EnterpriseImports1765118000000 implements MigrationInterface {
  name = 'EnterpriseImports1765118000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`
      CREATE TABLE enterprise_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        area_id uuid NOT NULL REFERENCES areas (id),
        created_by_id uuid NOT NULL REFERENCES users (id),
        file_name text NOT NULL,
        file_kind text NOT NULL CHECK (file_kind IN ('CSV', 'XLSX')),
        headers text[] NOT NULL,
        status text NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
        dry_run boolean NOT NULL,
        send_invitations boolean NOT NULL DEFAULT false,
        create_possible_duplicates boolean NOT NULL DEFAULT false,
        rows_total integer NOT NULL,
        rows_done integer NOT NULL DEFAULT 0,
        created integer NOT NULL DEFAULT 0,
        updated integer NOT NULL DEFAULT 0,
        unchanged integer NOT NULL DEFAULT 0,
        rejected integer NOT NULL DEFAULT 0,
        possible_duplicates integer NOT NULL DEFAULT 0,
        failure text,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      )`);
    await db.query(
      `CREATE INDEX enterprise_imports_area_idx ON enterprise_imports (area_id, created_at DESC)`,
    );
    await db.query(`
      CREATE TABLE enterprise_import_rows (
        import_id uuid NOT NULL REFERENCES enterprise_imports (id) ON DELETE CASCADE,
        row_number integer NOT NULL,
        cells text[] NOT NULL,
        outcome text CHECK (outcome IN ('CREATED', 'UPDATED', 'UNCHANGED', 'REJECTED')),
        enterprise_id uuid,
        duplicate_of jsonb,
        problems jsonb NOT NULL DEFAULT '[]',
        PRIMARY KEY (import_id, row_number)
      )`);
    await db.query(`
      CREATE TABLE enterprise_import_matchings (
        area_id uuid PRIMARY KEY REFERENCES areas (id),
        matching jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(matching) = 'object'),
        updated_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX enterprises_area_postcode_idx ON enterprises (area_id, postcode)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX enterprises_area_postcode_idx`);
    await db.query(`DROP TABLE enterprise_import_matchings`);
    await db.query(`DROP TABLE enterprise_import_rows`);
    await db.query(`DROP TABLE enterprise_imports`);
  }
}
