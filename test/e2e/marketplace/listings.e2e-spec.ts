import { graphql } from '@small-places/testing';
import { ComplianceService } from '@small-places/compliance';
import { Clock, countStatements } from '@small-places/platform';
import { randomUUID } from 'node:crypto';
import { checklistOf, itemFor } from '../compliance/compliance-fixture';
import {
  CREATE_LISTING,
  LISTING,
  listingInput,
  listingRows,
  markDone,
  MarketplaceWorld,
  marketplaceWorld,
  PUBLISH_LISTING,
  publishedListing,
  search,
  SEARCH_LISTINGS,
  UNPUBLISH_LISTING,
  UPDATE_LISTING,
} from './marketplace-fixture';

describe('marketplace listings and search', () => {
  let w: MarketplaceWorld;
  const as = (session: { accessToken: string }) => ({ token: session.accessToken });

  beforeAll(async () => {
    w = await marketplaceWorld();
  }, 120_000);
  afterAll(() => w?.t.close());

  describe('creating and publishing (contract CreateListing, PublishListing)', () => {
    it('a member creates a DRAFT with its availability; the district shows, never the postcode', async () => {
      const data = await w.t.client.ok<{ createListing: Record<string, unknown> }>(
        CREATE_LISTING,
        { input: listingInput(w.enterpriseId, { postcode: 'ta11aa' }) },
        as(w.founder),
      );
      expect(data.createListing).toMatchObject({
        status: 'DRAFT',
        title: 'Help around the home',
        category: 'HOME_HELP',
        pricePence: 1850,
        priceUnit: 'HOUR',
        verified: true,
        postcodeDistrict: 'TA1',
        travelMiles: 5,
        availability: [
          { dayOfWeek: 'MONDAY', startTime: '09:00', endTime: '12:00' },
          { dayOfWeek: 'THURSDAY', startTime: '13:30', endTime: '17:00' },
        ],
        enterprise: { name: 'Margaret’s Home Help' },
      });
      const [row] = await w.t.dataSource.query(
        'SELECT postcode, district, available_days FROM listings WHERE id = $1',
        [data.createListing.id],
      );
      expect(row).toEqual({ postcode: 'TA1 1AA', district: 'TA1', available_days: 1 | 8 });
    });

    it('the Catalyst may create one too, and publishing a verified listing makes it PUBLISHED', async () => {
      const created = await w.t.client.ok<{ createListing: { id: string } }>(
        CREATE_LISTING,
        { input: listingInput(w.enterpriseId, { title: 'Catalyst-made listing' }) },
        as(w.catalyst),
      );
      const published = await w.t.client.ok(PUBLISH_LISTING, { id: created.createListing.id }, as(w.founder));
      expect(published).toEqual({
        publishListing: { id: created.createListing.id, status: 'PUBLISHED', verified: true },
      });
      const timeline = await w.t.dataSource.query(
        `SELECT kind FROM timeline_events WHERE ref_id = $1 ORDER BY occurred_at, kind`,
        [created.createListing.id],
      );
      expect(timeline.map((row: { kind: string }) => row.kind)).toEqual([
        'LISTING_CREATED',
        'LISTING_PUBLISHED',
      ]);
    });

    it('refuses to publish an unverified listing with CONFLICT naming what is missing, and changes nothing', async () => {
      const created = await w.t.client.ok<{ createListing: { id: string; verified: boolean } }>(
        CREATE_LISTING,
        { input: listingInput(w.unreadyEnterpriseId) },
        as(w.unreadyFounder),
      );
      expect(created.createListing.verified).toBe(false);
      const before = await listingRows(w.t);
      const result = await w.t.client.request(
        PUBLISH_LISTING,
        { id: created.createListing.id },
        as(w.unreadyFounder),
      );
      expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(result.errors?.[0].message).toMatch(/cannot be published until it is verified for home help/);
      expect(result.errors?.[0].message).toMatch(/Public liability insurance/i);
      expect(await listingRows(w.t)).toEqual(before);
    });

    it('refuses someone else’s enterprise (FORBIDDEN) and a budget holder (FORBIDDEN), changing nothing', async () => {
      const id = await publishedListing(w, { title: 'Guarded listing' });
      const before = await listingRows(w.t);
      const create = { input: listingInput(w.enterpriseId) };
      expect(await w.t.client.errorCode(CREATE_LISTING, create, as(w.stranger))).toBe('FORBIDDEN');
      expect(await w.t.client.errorCode(CREATE_LISTING, create, as(w.holder))).toBe('FORBIDDEN');
      expect(await w.t.client.errorCode(CREATE_LISTING, create, as(w.otherCatalyst))).toBe('FORBIDDEN');
      expect(await w.t.client.errorCode(UNPUBLISH_LISTING, { id }, as(w.stranger))).toBe('FORBIDDEN');
      expect(await w.t.client.errorCode(PUBLISH_LISTING, { id }, as(w.holder))).toBe('FORBIDDEN');
      expect(
        await w.t.client.errorCode(UPDATE_LISTING, { input: { id, title: 'Mine now' } }, as(w.stranger)),
      ).toBe('FORBIDDEN');
      expect(await w.t.client.errorCode(CREATE_LISTING, create)).toBe('UNAUTHENTICATED');
      expect(await listingRows(w.t)).toEqual(before);
    });

    it('says NOT_FOUND for unknown or malformed ids, changing nothing', async () => {
      const before = await listingRows(w.t);
      const unknown = randomUUID();
      expect(
        await w.t.client.errorCode(CREATE_LISTING, { input: listingInput(unknown) }, as(w.founder)),
      ).toBe('NOT_FOUND');
      expect(await w.t.client.errorCode(PUBLISH_LISTING, { id: unknown }, as(w.founder))).toBe('NOT_FOUND');
      expect(await w.t.client.errorCode(PUBLISH_LISTING, { id: 'not-an-id' }, as(w.founder))).toBe(
        'NOT_FOUND',
      );
      expect(await w.t.client.errorCode(UNPUBLISH_LISTING, { id: unknown }, as(w.founder))).toBe('NOT_FOUND');
      expect(await w.t.client.errorCode(LISTING, { id: unknown })).toBe('NOT_FOUND');
      expect(
        await w.t.client.errorCode(UPDATE_LISTING, { input: { id: unknown, title: 'x' } }, as(w.founder)),
      ).toBe('NOT_FOUND');
      expect(await listingRows(w.t)).toEqual(before);
    });

    it.each([
      ['an unknown postcode', { postcode: 'ZZ99 9ZZ' }],
      ['a district instead of a full postcode', { postcode: 'TA1' }],
      // A price of 0 is a free listing since issue 17; below 0, or a price with "pay what you can", is not.
      ['a negative price', { pricePence: -1 }],
      ['a price with pay what you can', { pricePence: 500, priceUnit: 'PAY_WHAT_YOU_CAN' }],
      ['a travel distance over 100 miles', { travelMiles: 101 }],
      [
        'a slot that ends before it starts',
        { availability: [{ dayOfWeek: 'MONDAY', startTime: '12:00', endTime: '09:00' }] },
      ],
      [
        'overlapping slots',
        {
          availability: [
            { dayOfWeek: 'MONDAY', startTime: '09:00', endTime: '12:00' },
            { dayOfWeek: 'MONDAY', startTime: '11:00', endTime: '13:00' },
          ],
        },
      ],
      [
        'a time that is not HH:MM',
        { availability: [{ dayOfWeek: 'MONDAY', startTime: '9am', endTime: '12:00' }] },
      ],
      [
        'more than 21 slots',
        {
          availability: Array.from({ length: 22 }, (_, hour) => ({
            dayOfWeek: 'MONDAY',
            startTime: `${String(hour).padStart(2, '0')}:00`,
            endTime: `${String(hour).padStart(2, '0')}:30`,
          })),
        },
      ],
    ])('refuses %s with BAD_USER_INPUT', async (_what, overrides) => {
      const before = await listingRows(w.t);
      const input = listingInput(w.enterpriseId, overrides);
      expect(await w.t.client.errorCode(CREATE_LISTING, { input }, as(w.founder))).toBe('BAD_USER_INPUT');
      expect(await listingRows(w.t)).toEqual(before);
    });

    it('updates a listing, replacing its slots; a draft is readable only by its enterprise', async () => {
      const created = await w.t.client.ok<{ createListing: { id: string } }>(
        CREATE_LISTING,
        { input: listingInput(w.enterpriseId, { title: 'Draft to edit' }) },
        as(w.founder),
      );
      const id = created.createListing.id;
      const updated = await w.t.client.ok<{ updateListing: Record<string, unknown> }>(
        UPDATE_LISTING,
        {
          input: {
            id,
            title: 'Edited draft',
            postcode: 'TA2 7AA',
            availability: [
              { dayOfWeek: 'SUNDAY', startTime: '10:00', endTime: '11:00' },
              { dayOfWeek: 'SATURDAY', startTime: '20:00', endTime: '24:00' },
            ],
          },
        },
        as(w.founder),
      );
      expect(updated.updateListing).toMatchObject({
        title: 'Edited draft',
        postcodeDistrict: 'TA2',
        availability: [
          { dayOfWeek: 'SATURDAY', startTime: '20:00', endTime: '24:00' },
          { dayOfWeek: 'SUNDAY', startTime: '10:00', endTime: '11:00' },
        ],
      });
      expect(await w.t.client.errorCode(LISTING, { id })).toBe('NOT_FOUND');
      expect(await w.t.client.errorCode(LISTING, { id }, as(w.stranger))).toBe('NOT_FOUND');
      const own = await w.t.client.ok<{ listing: { status: string } }>(LISTING, { id }, as(w.founder));
      expect(own.listing.status).toBe('DRAFT');
    });

    it('unpublishing hides a listing from search and from the public', async () => {
      const id = await publishedListing(w, { title: 'Soon unpublished', category: 'PERSONAL_CARE' });
      expect(await w.t.client.ok(LISTING, { id })).toMatchObject({ listing: { status: 'PUBLISHED' } });
      const result = await w.t.client.ok<{ unpublishListing: { status: string; hiddenReason: string } }>(
        UNPUBLISH_LISTING,
        { id },
        as(w.founder),
      );
      expect(result.unpublishListing.status).toBe('HIDDEN');
      expect(result.unpublishListing.hiddenReason).toMatch(/Publish it again/);
      expect(await w.t.client.errorCode(LISTING, { id })).toBe('NOT_FOUND');
      const found = await search(w.t, { postcode: 'TA1', radiusMiles: 5, text: 'Soon unpublished' });
      expect(found.edges.map((edge) => edge.node.id)).not.toContain(id);
    });
  });

  describe("an enterprise's own listings (enterpriseListings)", () => {
    const ENTERPRISE_LISTINGS = graphql(`
      query EnterpriseListings($enterpriseId: ID!, $first: Int, $after: String) {
        enterpriseListings(enterpriseId: $enterpriseId, first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              title
              status
              verified
              enterprise {
                name
              }
              availability {
                dayOfWeek
              }
            }
          }
        }
      }
    `);
    interface Page {
      enterpriseListings: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { id: string; title: string; status: string; enterprise: { name: string } } }[];
      };
    }

    it('shows members and the Catalyst every listing, drafts and hidden ones too, newest first, in pages', async () => {
      // Earlier tests in this file may have listed for this enterprise too: count from what is there.
      const before = (
        await w.t.client.ok<Page>(ENTERPRISE_LISTINGS, { enterpriseId: w.unreadyEnterpriseId }, as(w.admin))
      ).enterpriseListings.totalCount;
      const draft = await w.t.client.ok<{ createListing: { id: string } }>(
        CREATE_LISTING,
        { input: listingInput(w.unreadyEnterpriseId, { title: 'Unready draft one' }) },
        as(w.unreadyFounder),
      );
      const second = await w.t.client.ok<{ createListing: { id: string } }>(
        CREATE_LISTING,
        { input: listingInput(w.unreadyEnterpriseId, { title: 'Unready draft two' }) },
        as(w.unreadyFounder),
      );
      for (const reader of [w.unreadyFounder, w.catalyst, w.admin]) {
        const first = await w.t.client.ok<Page>(
          ENTERPRISE_LISTINGS,
          { enterpriseId: w.unreadyEnterpriseId, first: 1 },
          as(reader),
        );
        expect(first.enterpriseListings.totalCount).toBe(before + 2);
        expect(first.enterpriseListings.edges.map((edge) => edge.node.id)).toEqual([second.createListing.id]);
        expect(first.enterpriseListings.edges[0].node).toMatchObject({
          status: 'DRAFT',
          enterprise: { name: 'Not Yet Ready' },
        });
        const next = await w.t.client.ok<Page>(
          ENTERPRISE_LISTINGS,
          {
            enterpriseId: w.unreadyEnterpriseId,
            first: 1,
            after: first.enterpriseListings.pageInfo.endCursor,
          },
          as(reader),
        );
        expect(next.enterpriseListings.edges.map((edge) => edge.node.id)).toEqual([draft.createListing.id]);
        expect(next.enterpriseListings.pageInfo.hasNextPage).toBe(before > 0);
      }
    });

    it('refuses anyone else: another provider and a Catalyst of another Area (FORBIDDEN), no token, a bad id', async () => {
      const args = { enterpriseId: w.unreadyEnterpriseId };
      expect(await w.t.client.errorCode(ENTERPRISE_LISTINGS, args, as(w.stranger))).toBe('FORBIDDEN');
      expect(await w.t.client.errorCode(ENTERPRISE_LISTINGS, args, as(w.otherCatalyst))).toBe('FORBIDDEN');
      expect(await w.t.client.errorCode(ENTERPRISE_LISTINGS, args, as(w.holder))).toBe('FORBIDDEN');
      expect(await w.t.client.errorCode(ENTERPRISE_LISTINGS, args)).toBe('UNAUTHENTICATED');
      expect(
        await w.t.client.errorCode(ENTERPRISE_LISTINGS, { enterpriseId: randomUUID() }, as(w.unreadyFounder)),
      ).toBe('NOT_FOUND');
      expect(
        await w.t.client.errorCode(ENTERPRISE_LISTINGS, { enterpriseId: 'not-an-id' }, as(w.unreadyFounder)),
      ).toBe('NOT_FOUND');
    });
  });

  describe('search (contract SearchListings)', () => {
    let washing: string;
    let margaret: string;
    beforeAll(async () => {
      washing = await publishedListing(w, {
        title: 'Morning personal care',
        description: 'Help getting washed and dressed each morning, and breakfast made.',
        category: 'PERSONAL_CARE',
        pricePence: 2400,
        postcode: 'TA2 8AA',
        availability: [{ dayOfWeek: 'TUESDAY', startTime: '07:00', endTime: '10:00' }],
      });
      margaret = await publishedListing(w, {
        title: 'Margaret Holloway cleaning',
        description: 'Weekly cleaning and ironing.',
        pricePence: 1500,
      });
    });

    it('finds a listing from any spelling of a postcode, with its distance to 0.1 mile', async () => {
      for (const postcode of ['TA1 1AA', 'ta11aa', ' Ta1 1aA ', 'TA1']) {
        const found = await search(w.t, { postcode, radiusMiles: 10, category: 'PERSONAL_CARE' });
        const edge = found.edges.find((e) => e.node.id === washing);
        expect(edge).toBeDefined();
        expect(edge!.node.postcodeDistrict).toBe('TA2');
        expect(edge!.distanceMiles).toBeGreaterThan(0);
        expect(Math.round(edge!.distanceMiles * 10)).toBe(edge!.distanceMiles * 10);
        expect(found.totalCount).toBe(found.edges.length);
      }
    });

    it('orders by distance and never shows a full postcode', async () => {
      const result = await w.t.client.request<{ searchListings: { edges: unknown[] } }>(SEARCH_LISTINGS, {
        input: { postcode: 'TA2', radiusMiles: 25 },
      });
      const text = JSON.stringify(result);
      expect(text).not.toMatch(/TA1 1AA|TA2 8AA|TA2 7AA/);
      const found = await search(w.t, { postcode: 'TA2', radiusMiles: 25 });
      const distances = found.edges.map((edge) => edge.distanceMiles);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      expect(found.edges[0].node.id).toBe(washing);
    });

    it('does not find a listing from 200 miles away', async () => {
      // NE1 (Newcastle) is about 280 miles from Taunton; LS1 (Leeds) about 200.
      for (const postcode of ['NE1', 'LS1 1AA']) {
        const found = await search(w.t, { postcode, radiusMiles: 100 });
        expect(found.edges).toEqual([]);
        expect(found.totalCount).toBe(0);
      }
    });

    it('stems English words: “dressing” finds “dressed”', async () => {
      const found = await search(w.t, { postcode: 'TA1', radiusMiles: 10, text: 'dressing' });
      expect(found.edges.map((edge) => edge.node.id)).toEqual([washing]);
    });

    it('forgives a typo in a name (trigrams)', async () => {
      const found = await search(w.t, { postcode: 'TA1', radiusMiles: 10, text: 'Margret Holoway' });
      expect(found.edges[0]?.node.id).toBe(margaret);
    });

    it('filters by category, maximum price and day of the week', async () => {
      const cheap = await search(w.t, { postcode: 'TA1', radiusMiles: 10, maxPricePence: 1600 });
      expect(cheap.edges.map((edge) => edge.node.id)).toEqual([margaret]);
      const tuesday = await search(w.t, { postcode: 'TA1', radiusMiles: 10, dayOfWeek: 'TUESDAY' });
      expect(tuesday.edges.map((edge) => edge.node.id)).toEqual([washing]);
      const meals = await search(w.t, { postcode: 'TA1', radiusMiles: 10, category: 'MEALS' });
      expect(meals.edges).toEqual([]);
    });

    it('pages with stable cursors through listings at the same place', async () => {
      for (let i = 0; i < 4; i++)
        await publishedListing(w, { title: `Same place ${i}`, postcode: 'TA3 5AA' });
      const all = await search(w.t, { postcode: 'TA1', radiusMiles: 25 }, { first: 100 });
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await search(w.t, { postcode: 'TA1', radiusMiles: 25 }, { first: 2, after });
        seen.push(...page.edges.map((edge) => edge.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor!;
      }
      expect(seen).toEqual(all.edges.map((edge) => edge.node.id));
      expect(new Set(seen).size).toBe(seen.length);
      expect(all.totalCount).toBe(seen.length);

      const byText = await search(
        w.t,
        { postcode: 'TA1', radiusMiles: 25, text: 'same place' },
        { first: 3 },
      );
      const rest = await search(
        w.t,
        { postcode: 'TA1', radiusMiles: 25, text: 'same place' },
        { first: 3, after: byText.pageInfo.endCursor! },
      );
      const ids = [...byText.edges, ...rest.edges].map((edge) => edge.node.id);
      expect(ids).toHaveLength(4);
      expect(new Set(ids).size).toBe(4);
    });

    it('keeps the districts in memory: a search from one is one statement, and one imported since is found', async () => {
      const PAGE = graphql(`
        query Page($input: ListingSearchInput!) {
          searchListings(input: $input) {
            edges {
              node {
                id
              }
            }
          }
        }
      `);
      await w.t.client.request(PAGE, { input: { postcode: 'TA1', radiusMiles: 5 } });
      const statements = await countStatements(w.t.dataSource, () =>
        w.t.client.request(PAGE, { input: { postcode: 'EX4', radiusMiles: 5 } }),
      );
      expect(statements).toBe(1);

      await w.t.dataSource.query(
        `INSERT INTO postcode_centroids (postcode, kind, district, latitude, longitude)
         VALUES ('TA99', 'DISTRICT', 'TA99', 51.01, -3.1)`,
      );
      const found = await search(w.t, { postcode: 'TA99', radiusMiles: 10, category: 'PERSONAL_CARE' });
      expect(found.edges.map((edge) => edge.node.id)).toContain(washing);
    });

    it.each([
      ['an unknown postcode', { postcode: 'ZZ99 9ZZ', radiusMiles: 5 }],
      ['a malformed postcode', { postcode: 'not a postcode', radiusMiles: 5 }],
      ['a negative radius', { postcode: 'TA1', radiusMiles: -1 }],
      ['a radius of nothing', { postcode: 'TA1', radiusMiles: 0 }],
      ['a radius over 100 miles', { postcode: 'TA1', radiusMiles: 100.5 }],
      ['a 100 kB text', { postcode: 'TA1', radiusMiles: 5, text: 'care '.repeat(20_480) }],
    ])('refuses %s with BAD_USER_INPUT', async (_what, input) => {
      expect(await w.t.client.errorCode(SEARCH_LISTINGS, { input })).toBe('BAD_USER_INPUT');
    });

    it('refuses a cursor it did not make', async () => {
      const input = { postcode: 'TA1', radiusMiles: 5 };
      for (const after of ['nonsense', Buffer.from('[1,"x"]').toString('base64url')]) {
        expect(await w.t.client.errorCode(SEARCH_LISTINGS, { input, after })).toBe('BAD_USER_INPUT');
      }
    });
  });

  describe('verification lifecycle', () => {
    it('an expired insurance hides the listing; renewing restores verified; publishing again shows it', async () => {
      const checklist = await checklistOf(w.t, w.enterpriseId, w.catalyst);
      const insurance = itemFor(checklist, 'PUBLIC_LIABILITY_INSURANCE');
      await markDone(w.t, w.catalyst, insurance.id, { completedOn: '2026-11-20', expiresOn: '2026-12-10' });
      const id = await publishedListing(w, { title: 'Insured gardening help', category: 'OTHER' });
      expect((await search(w.t, { postcode: 'TA1', radiusMiles: 5, text: 'gardening' })).edges).toHaveLength(
        1,
      );

      // The daily scan notices the lapse.
      const clock = w.t.app.get(Clock);
      clock.travelTo(new Date('2026-12-11T06:00:00Z'));
      expect(await w.t.app.get(ComplianceService).expireLapsedItems('2026-12-11')).toBeGreaterThanOrEqual(1);

      const hidden = await w.t.client.ok<{
        listing: { status: string; verified: boolean; hiddenReason: string };
      }>(LISTING, { id }, as(w.founder));
      expect(hidden.listing).toMatchObject({ status: 'HIDDEN', verified: false });
      expect(hidden.listing.hiddenReason).toMatch(/Public liability insurance/i);
      expect((await search(w.t, { postcode: 'TA1', radiusMiles: 5, text: 'gardening' })).edges).toEqual([]);
      const [event] = await w.t.dataSource.query(
        `SELECT kind, summary FROM timeline_events WHERE ref_id = $1 AND kind = 'LISTING_HIDDEN'`,
        [id],
      );
      expect(event.summary).toMatch(/Insured gardening help/);
      expect(await w.t.client.errorCode(PUBLISH_LISTING, { id }, as(w.founder))).toBe('CONFLICT');

      // Renewed: verified again, but hidden until the provider publishes it again.
      await markDone(w.t, w.catalyst, insurance.id, { completedOn: '2026-12-11' });
      const renewed = await w.t.client.ok<{ listing: { status: string; verified: boolean } }>(
        LISTING,
        { id },
        as(w.founder),
      );
      expect(renewed.listing).toMatchObject({ status: 'HIDDEN', verified: true });
      await w.t.client.ok(PUBLISH_LISTING, { id }, as(w.founder));
      expect((await search(w.t, { postcode: 'TA1', radiusMiles: 5, text: 'gardening' })).edges).toHaveLength(
        1,
      );
      clock.travelTo(new Date('2026-12-01T12:00:00Z'));
    });
  });
});
