import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The caseload import's rows hold founders' names and emails as uploaded: they are deleted 30 days after the
 * import finished (docs/privacy.md, docs/imports.md). The import itself stays, with its counts and when its
 * rows were deleted; the index finds the imports whose rows are due for deletion.
 */
export class ImportRowRetention1796618052892 implements MigrationInterface {
  name = 'ImportRowRetention1796618052892';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE enterprise_imports ADD COLUMN rows_deleted_at timestamptz`);
    await db.query(
      `CREATE INDEX enterprise_imports_row_retention_idx ON enterprise_imports (finished_at)
        WHERE rows_deleted_at IS NULL AND finished_at IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX enterprise_imports_row_retention_idx`);
    await db.query(`ALTER TABLE enterprise_imports DROP COLUMN rows_deleted_at`);
  }
}
