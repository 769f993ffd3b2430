import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence files attached to checklist items (issue 15, docs/compliance.md "Evidence files"). The bytes live
 * in file storage under a random key; this row says whose item they prove and who uploaded them. A row goes
 * with its item (the storage object is deleted after the commit by the code that deleted the item).
 */
export class EvidenceFiles1796617726475 implements MigrationInterface {
  name = 'EvidenceFiles1796617726475';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE evidence_files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        checklist_item_id uuid NOT NULL REFERENCES checklist_items (id) ON DELETE CASCADE,
        enterprise_id uuid NOT NULL,
        storage_key text NOT NULL UNIQUE CHECK (storage_key ~ '^[0-9a-f]{32}$'),
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
        content_type text NOT NULL
          CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png', 'image/heic')),
        size_bytes integer NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
        uploaded_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX evidence_files_item_idx ON evidence_files (checklist_item_id, created_at, id)`,
    );
    await db.query(`CREATE INDEX evidence_files_uploader_idx ON evidence_files (uploaded_by_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE evidence_files`);
  }
}
