import { PostcodeImporter } from '@small-places/marketplace';
import { Session, TestApp, graphql } from '@small-places/testing';
import { resolve } from 'node:path';
import {
  checklistOf,
  ComplianceWorld,
  complianceWorld,
  enterpriseWithFounder,
  TODAY,
  UPDATE_ITEM,
} from '../compliance/compliance-fixture';

export { TODAY };

export const OUTCODES = resolve(__dirname, '../../../../shared/data/uk-outcodes.csv');

export const CREATE_LISTING = graphql(`
  mutation MarketplaceFixtureCreateListing($input: CreateListingInput!) {
    createListing(input: $input) {
      id
      status
      title
      category
      pricePence
      priceUnit
      verified
      postcodeDistrict
      travelMiles
      availability {
        dayOfWeek
        startTime
        endTime
      }
      enterprise {
        id
        name
      }
    }
  }
`);
export const UPDATE_LISTING = graphql(`
  mutation UpdateListing($input: UpdateListingInput!) {
    updateListing(input: $input) {
      id
      status
      title
      category
      pricePence
      verified
      postcodeDistrict
      availability {
        dayOfWeek
        startTime
        endTime
      }
    }
  }
`);
export const PUBLISH_LISTING = graphql(`
  mutation MarketplaceFixturePublishListing($id: ID!) {
    publishListing(id: $id) {
      id
      status
      verified
    }
  }
`);
export const UNPUBLISH_LISTING = graphql(`
  mutation UnpublishListing($id: ID!) {
    unpublishListing(id: $id) {
      id
      status
      hiddenReason
    }
  }
`);
export const LISTING = graphql(`
  query Listing($id: ID!) {
    listing(id: $id) {
      id
      title
      status
      verified
      hiddenReason
      postcodeDistrict
      enterprise {
        name
      }
      availability {
        dayOfWeek
        startTime
        endTime
      }
    }
  }
`);
export const SEARCH_LISTINGS = graphql(`
  query SearchListings($input: ListingSearchInput!, $first: Int, $after: String) {
    searchListings(input: $input, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        distanceMiles
        node {
          id
          title
          category
          pricePence
          priceUnit
          verified
          postcodeDistrict
          enterprise {
            name
          }
        }
      }
    }
  }
`);

export interface SearchEdge {
  cursor: string;
  distanceMiles: number;
  node: {
    id: string;
    title: string;
    category: string;
    pricePence: number;
    verified: boolean;
    postcodeDistrict: string;
  };
}
export interface SearchResult {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: SearchEdge[];
}

export interface MarketplaceWorld extends ComplianceWorld {
  /** An enterprise in TA1 whose every checklist item is done: its listings can be published. */
  enterpriseId: string;
  founder: Session;
  /** An enterprise with nothing done yet. */
  unreadyEnterpriseId: string;
  unreadyFounder: Session;
}

/** The compliance world, the shared districts loaded, and two enterprises: one ready to list, one not. */
export async function marketplaceWorld(): Promise<MarketplaceWorld> {
  const world = await complianceWorld();
  await world.t.app.get(PostcodeImporter).importFile(OUTCODES);
  const ready = await enterpriseWithFounder(world, {
    name: 'Margaret’s Home Help',
    activities: ['HOME_HELP', 'PERSONAL_CARE'],
  });
  await completeChecklist(world.t, world.catalyst, ready.id);
  const unready = await enterpriseWithFounder(world, { name: 'Not Yet Ready' });
  return {
    ...world,
    enterpriseId: ready.id,
    founder: ready.founder,
    unreadyEnterpriseId: unready.id,
    unreadyFounder: unready.founder,
  };
}

/** Records every item as done today, as a Catalyst would after checking the evidence. */
export async function completeChecklist(t: TestApp, catalyst: Session, enterpriseId: string): Promise<void> {
  const checklist = await checklistOf(t, enterpriseId, catalyst);
  for (const item of checklist.items) {
    await markDone(t, catalyst, item.id);
  }
}

export async function markDone(
  t: TestApp,
  catalyst: Session,
  itemId: string,
  dates: { completedOn?: string; expiresOn?: string } = {},
): Promise<void> {
  await t.client.ok(
    UPDATE_ITEM,
    {
      input: { itemId, status: 'DONE', completedOn: dates.completedOn ?? TODAY, expiresOn: dates.expiresOn },
    },
    { token: catalyst.accessToken },
  );
}

export function listingInput(enterpriseId: string, overrides: Record<string, unknown> = {}) {
  return {
    enterpriseId,
    title: 'Help around the home',
    description: 'Cleaning, shopping and a cup of tea with someone friendly.',
    category: 'HOME_HELP',
    pricePence: 1850,
    priceUnit: 'HOUR',
    postcode: 'TA1 1AA',
    travelMiles: 5,
    availability: [
      { dayOfWeek: 'MONDAY', startTime: '09:00', endTime: '12:00' },
      { dayOfWeek: 'THURSDAY', startTime: '13:30', endTime: '17:00' },
    ],
    ...overrides,
  };
}

/** Creates and publishes a listing through the contract's operations; returns its id. */
export async function publishedListing(
  world: MarketplaceWorld,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const token = { token: world.founder.accessToken };
  const created = await world.t.client.ok<{ createListing: { id: string } }>(
    CREATE_LISTING,
    { input: listingInput(world.enterpriseId, overrides) },
    token,
  );
  await world.t.client.ok(PUBLISH_LISTING, { id: created.createListing.id }, token);
  return created.createListing.id;
}

export async function search(
  t: TestApp,
  input: Record<string, unknown>,
  page: { first?: number; after?: string } = {},
): Promise<SearchResult> {
  const data = await t.client.ok<{ searchListings: SearchResult }>(SEARCH_LISTINGS, { input, ...page });
  return data.searchListings;
}

/** Every listing row and slot, to show that a refused operation changed nothing. */
export async function listingRows(t: TestApp): Promise<unknown[]> {
  return t.dataSource.query(
    `SELECT l.*, (SELECT json_agg(a ORDER BY a.day_of_week, a.start_time) FROM listing_availability a
                   WHERE a.listing_id = l.id) AS slots
       FROM listings l ORDER BY l.id`,
  );
}
