import { MigrationInterface, QueryRunner } from 'typeorm';
import { CATALOGUE_V1, CATALOGUE_V1_VERSION } from './1764400000000-compliance.data';

/**
 * Compliance (PRODUCT.md §3.3): the requirement catalogue as data, per-Area overrides, and checklist items.
 * A later catalogue version is a new data file and a migration that upserts it the same way.
 */
export class Compliance1764400000000 implements MigrationInterface {
  name = 'Compliance1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE requirements (
        code text PRIMARY KEY,
        version integer NOT NULL,
        title text NOT NULL,
        guidance text NOT NULL,
        legal_basis text NOT NULL,
        source_url text,
        applies_to text NOT NULL CHECK (applies_to IN ('ENTERPRISE', 'EACH_MEMBER')),
        trigger jsonb NOT NULL,
        mandatory boolean NOT NULL,
        before_trading boolean NOT NULL,
        due_rule jsonb NOT NULL,
        validity_months integer CHECK (validity_months > 0),
        validity_from text NOT NULL CHECK (validity_from IN ('COMPLETION', 'DUE_DATE')),
        reminder_offsets_days integer[] NOT NULL,
        chase_every_days integer CHECK (chase_every_days > 0),
        position integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE requirement_overrides (
        area_id uuid NOT NULL REFERENCES areas (id) ON DELETE CASCADE,
        requirement_code text NOT NULL REFERENCES requirements (code) ON DELETE CASCADE,
        validity_months integer CHECK (validity_months > 0),
        reminder_offsets_days integer[],
        updated_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (area_id, requirement_code)
      )`);

    await db.query(`
      CREATE TABLE checklist_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enterprise_id uuid NOT NULL REFERENCES enterprises (id) ON DELETE CASCADE,
        area_id uuid NOT NULL,
        member_id uuid REFERENCES enterprise_members (id) ON DELETE CASCADE,
        member_name text,
        requirement_code text NOT NULL REFERENCES requirements (code),
        status text NOT NULL DEFAULT 'TODO'
          CHECK (status IN ('TODO', 'IN_PROGRESS', 'DONE', 'WAIVED', 'EXPIRED')),
        applicable boolean NOT NULL DEFAULT true,
        due_on date,
        expires_on date,
        expiry_from_rule boolean NOT NULL DEFAULT false,
        completed_on date,
        in_progress_since date,
        reference text,
        note text,
        waived_reason text,
        waived_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        attention_on date GENERATED ALWAYS AS (
          CASE WHEN status IN ('TODO', 'IN_PROGRESS') THEN due_on
               WHEN status IN ('DONE', 'EXPIRED') THEN expires_on END
        ) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status <> 'WAIVED' OR waived_reason IS NOT NULL)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX checklist_items_key ON checklist_items
         (enterprise_id, requirement_code, coalesce(member_id, '00000000-0000-0000-0000-000000000000'))`,
    );
    await db.query(`CREATE INDEX checklist_items_due_idx ON checklist_items (due_on)`);
    await db.query(`CREATE INDEX checklist_items_expires_idx ON checklist_items (expires_on)`);
    await db.query(`CREATE INDEX checklist_items_area_status_idx ON checklist_items (area_id, status)`);
    await db.query(
      `CREATE INDEX checklist_items_caseload_idx ON checklist_items (area_id, attention_on, id) WHERE applicable`,
    );
    await db.query(`CREATE INDEX checklist_items_member_idx ON checklist_items (member_id)`);

    for (const requirement of CATALOGUE_V1) {
      await db.query(
        `INSERT INTO requirements (code, version, title, guidance, legal_basis, source_url, applies_to, trigger,
           mandatory, before_trading, due_rule, validity_months, validity_from, reminder_offsets_days,
           chase_every_days, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
         ON CONFLICT (code) DO UPDATE SET version = EXCLUDED.version, title = EXCLUDED.title,
           guidance = EXCLUDED.guidance, legal_basis = EXCLUDED.legal_basis, source_url = EXCLUDED.source_url,
           applies_to = EXCLUDED.applies_to, trigger = EXCLUDED.trigger, mandatory = EXCLUDED.mandatory,
           before_trading = EXCLUDED.before_trading, due_rule = EXCLUDED.due_rule,
           validity_months = EXCLUDED.validity_months, validity_from = EXCLUDED.validity_from,
           reminder_offsets_days = EXCLUDED.reminder_offsets_days, chase_every_days = EXCLUDED.chase_every_days,
           position = EXCLUDED.position, updated_at = now()`,
        [
          requirement.code,
          CATALOGUE_V1_VERSION,
          requirement.title,
          requirement.guidance,
          requirement.legalBasis,
          requirement.sourceUrl,
          requirement.appliesTo,
          JSON.stringify(requirement.trigger),
          requirement.mandatory,
          requirement.beforeTrading,
          JSON.stringify(requirement.dueRule),
          requirement.validityMonths,
          requirement.validityFrom,
          requirement.reminderOffsetsDays,
          requirement.chaseEveryDays,
          requirement.position,
        ],
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['checklist_items', 'requirement_overrides', 'requirements']) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
