import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Catalyst's check on a checklist item (issue 15): who checked it and when, or who returned it, when and
 * why, and since when a DONE item has been waiting for a check (the "to check" queue and its reminder).
 *
 * Existing DONE items become not yet checked: they wait in their Catalyst's queue from the last time they
 * changed. A listing that needed one of them stops being verified (it leaves search and the Open Referral
 * feed) but stays PUBLISHED: once a Catalyst checks the items it comes back by itself, with no republishing
 * by the provider (docs/decisions.md, "Existing DONE items after the check arrived").
 */
export class ChecklistChecks1796620691740 implements MigrationInterface {
  name = 'ChecklistChecks1796620691740';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE checklist_items
        ADD COLUMN checked_at timestamptz,
        ADD COLUMN checked_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        ADD COLUMN returned_at timestamptz,
        ADD COLUMN returned_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        ADD COLUMN returned_reason text,
        ADD COLUMN awaiting_check_since timestamptz,
        ADD CONSTRAINT checklist_items_returned_reason_check
          CHECK (returned_at IS NULL OR returned_reason IS NOT NULL),
        ADD CONSTRAINT checklist_items_checked_or_returned_check
          CHECK (checked_at IS NULL OR returned_at IS NULL)`);
    await db.query(`
      UPDATE checklist_items SET awaiting_check_since = updated_at
       WHERE status = 'DONE' AND applicable`);
    // The "to check" queue: an Area's items waiting, oldest first.
    await db.query(`
      CREATE INDEX checklist_items_to_check_idx ON checklist_items (area_id, awaiting_check_since, id)
       WHERE awaiting_check_since IS NOT NULL`);
    // listings.verified is the denormalised answer of ComplianceService.isVerifiedFor; make it true to the new
    // rule at once: an unchecked DONE mandatory item that bears on the listing's category and is needed now.
    await db.query(`
      UPDATE listings l SET verified = false, updated_at = now()
       WHERE l.verified
         AND EXISTS (
           SELECT 1 FROM checklist_items ci JOIN requirements r ON r.code = ci.requirement_code
            WHERE ci.enterprise_id = l.enterprise_id AND ci.applicable AND r.mandatory
              AND ci.status = 'DONE'
              AND (r.before_trading OR ci.due_on < (now() AT TIME ZONE 'Europe/London')::date)
              AND (r.trigger->'activities' IS NULL OR r.trigger->'activities' ? l.category))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX checklist_items_to_check_idx`);
    await db.query(`
      ALTER TABLE checklist_items
        DROP CONSTRAINT checklist_items_checked_or_returned_check,
        DROP CONSTRAINT checklist_items_returned_reason_check,
        DROP COLUMN awaiting_check_since,
        DROP COLUMN returned_reason,
        DROP COLUMN returned_by_id,
        DROP COLUMN returned_at,
        DROP COLUMN checked_by_id,
        DROP COLUMN checked_at`);
  }
}
