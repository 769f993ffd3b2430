import { MIGRATIONS } from '@small-places/migrations';
import { MigrationInterface } from 'typeorm';
import {
  LISTING,
  MarketplaceWorld,
  marketplaceWorld,
  publishedListing,
  search,
} from '../marketplace/marketplace-fixture';
import { checklistOf, enterpriseWithFounder, REVIEW_ITEM, UPDATE_ITEM } from './compliance-fixture';

/**
 * The check's migration on a populated database: live DONE items become "not yet checked" and wait in the
 * queue; listings that need them stop being verified but stay published, and come back once checked; a
 * listing whose items are all waived is untouched.
 */
describe('migration ChecklistChecks on a database with live listings', () => {
  let w: MarketplaceWorld;
  let checkedListing: string;
  let waivedListing: string;
  let waived: { id: string; founder: MarketplaceWorld['founder'] };

  const listing = async (id: string) =>
    (
      await w.t.client.ok<{ listing: { status: string; verified: boolean } }>(
        LISTING,
        { id },
        {
          token: w.admin.accessToken,
        },
      )
    ).listing;

  beforeAll(async () => {
    w = await marketplaceWorld();
    checkedListing = await publishedListing(w, { title: 'Window cleaning help', category: 'HOME_HELP' });
    waived = await enterpriseWithFounder(w, { name: 'All Waived', activities: ['COMPANIONSHIP'] });
    for (const item of (await checklistOf(w.t, waived.id, w.catalyst)).items) {
      if (!item.requirement.mandatory) continue;
      await w.t.client.ok(
        UPDATE_ITEM,
        { input: { itemId: item.id, status: 'WAIVED', waivedReason: 'A pilot the council runs itself' } },
        { token: w.catalyst.accessToken },
      );
    }
    waivedListing = await publishedListing(
      { ...w, enterpriseId: waived.id, founder: waived.founder } as MarketplaceWorld,
      { title: 'Waived companionship', category: 'COMPANIONSHIP' },
    );
    // As the database was before the migration: no check columns at all.
    const Migration = MIGRATIONS.find((candidate) => candidate.name.startsWith('ChecklistChecks'))!;
    const migration: MigrationInterface = new Migration();
    const runner = w.t.dataSource.createQueryRunner();
    try {
      await migration.down!(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
  });
  afterAll(() => w?.t.close());

  it('keeps DONE items as recorded, not checked, waiting in the queue from their last change', async () => {
    const rows: { n: number; waiting: number; checked: number; wrong: number }[] = await w.t.dataSource.query(
      `SELECT count(*)::int AS n,
              count(*) FILTER (WHERE awaiting_check_since IS NOT NULL)::int AS waiting,
              count(*) FILTER (WHERE checked_at IS NOT NULL)::int AS checked,
              count(*) FILTER (WHERE awaiting_check_since <> updated_at)::int AS wrong
         FROM checklist_items WHERE enterprise_id = $1 AND status = 'DONE'`,
      [w.enterpriseId],
    );
    expect(rows[0].n).toBeGreaterThan(5);
    expect(rows[0]).toEqual({ n: rows[0].n, waiting: rows[0].n, checked: 0, wrong: 0 });
  });

  it('unverifies listings that need them without hiding them; a listing of waived items stays verified', async () => {
    expect(await listing(checkedListing)).toMatchObject({ status: 'PUBLISHED', verified: false });
    expect(await listing(waivedListing)).toMatchObject({ status: 'PUBLISHED', verified: true });
    const titles = (await search(w.t, { postcode: 'TA1', radiusMiles: 5 })).edges.map((e) => e.node.title);
    expect(titles).toContain('Waived companionship');
    expect(titles).not.toContain('Window cleaning help');
  });

  it('brings the listing back to search once a Catalyst has checked its items, with no republishing', async () => {
    for (const item of (await checklistOf(w.t, w.enterpriseId, w.catalyst)).items) {
      if (item.status !== 'DONE') continue;
      await w.t.client.ok(
        REVIEW_ITEM,
        { input: { itemId: item.id, decision: 'CHECKED' } },
        { token: w.catalyst.accessToken },
      );
    }
    expect(await listing(checkedListing)).toMatchObject({ status: 'PUBLISHED', verified: true });
    const titles = (await search(w.t, { postcode: 'TA1', radiusMiles: 5 })).edges.map((e) => e.node.title);
    expect(titles).toContain('Window cleaning help');
  });
});
