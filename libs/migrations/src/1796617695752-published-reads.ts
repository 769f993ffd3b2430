import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Published reads: the few columns one context lets others read in SQL, as views named after the owning
 * context (`<context>_<what>`), so that no context queries another context's tables (issue 14; the rule and
 * its check are in docs/architecture.md, "Who owns which tables"). A view of plain columns is inlined by the
 * planner, so a search that joins one costs what joining the table did.
 */
export class PublishedReads1796617695752 implements MigrationInterface {
  name = 'PublishedReads1796617695752';

  async up(db: QueryRunner): Promise<void> {
    // crm: an enterprise's public face (search, Open Referral, invoices' letterhead) and its Catalyst.
    await db.query(`
      CREATE VIEW crm_enterprise_directory AS
        SELECT id, area_id, catalyst_id, name, legal_structure, postcode, district, activities, updated_at
          FROM enterprises`);
    // identity: an account's address and whether it is open (the notifications' outbox, calendar feeds).
    await db.query(`
      CREATE VIEW identity_accounts AS
        SELECT id, email, closed_at IS NULL AS open FROM users`);
    // marketplace: a listing's state, for the CRM's impact report and pipeline.
    await db.query(`
      CREATE VIEW marketplace_listing_states AS
        SELECT id, enterprise_id, status, verified FROM listings`);
    // invoices: which bookings are on an invoice already (bookings' "not yet invoiced").
    await db.query(`
      CREATE VIEW invoices_invoiced_bookings AS
        SELECT booking_id FROM invoice_lines`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP VIEW invoices_invoiced_bookings`);
    await db.query(`DROP VIEW marketplace_listing_states`);
    await db.query(`DROP VIEW identity_accounts`);
    await db.query(`DROP VIEW crm_enterprise_directory`);
  }
}
