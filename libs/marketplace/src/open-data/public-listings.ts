import { Injectable } from '@nestjs/common';
import { Activity, LegalStructure } from '@small-places/compliance';
import { Database } from '@small-places/platform';
import { ListingRepository, SlotValues } from '../listings/listing.repository';
import { ListingCapacity } from '../listings/listing-vocabulary';
import { METRES_PER_MILE } from '../search/listing-search-sql';

/** What the open-data feed asks for. Absent parts do not filter. */
export interface PublicListingFilter {
  /** Words in title or description (English stemming), as search takes them. */
  text?: string | null;
  /** Only these categories; an empty list matches nothing. */
  categories?: readonly Activity[] | null;
  /**
   * Changed on or after this instant. Then listings that have left the feed (hidden, or no longer verified)
   * since are returned too, with `in_feed` false, so harvesters see them go (docs/openreferral.md).
   */
  modifiedAfter?: Date | null;
  /** Based within `metres` of a point, nearest first. */
  near?: { latitude: number; longitude: number; metres: number } | null;
  /** Only listings of this enterprise. */
  enterpriseId?: string | null;
  /** Only these capacities. */
  capacities?: readonly ListingCapacity[] | null;
}

/** A listing as open data may show it: no full postcode, no exact point, no person. */
export interface PublicListingRow {
  id: string;
  enterprise_id: string;
  enterprise_name: string;
  legal_structure: LegalStructure;
  enterprise_district: string;
  activities: Activity[];
  title: string;
  description: string;
  category: Activity;
  price_pence: number;
  price_unit: string;
  capacity: string;
  verified: boolean;
  district: string;
  /** The postcode district's centroid; null when only unit postcodes are loaded for it. */
  district_latitude: number | null;
  district_longitude: number | null;
  travel_miles: number;
  last_modified: Date;
  /** Published and verified now; false only for a listing that left the feed (modified_after). */
  in_feed: boolean;
}

const COLUMNS = `l.id, l.enterprise_id, e.name AS enterprise_name, e.legal_structure,
       e.district AS enterprise_district, e.activities, l.title, l.description, l.category, l.price_pence,
       l.price_unit, l.capacity, l.verified, l.district, d.latitude AS district_latitude,
       d.longitude AS district_longitude, l.travel_miles,
       GREATEST(l.updated_at, e.updated_at) AS last_modified, (l.status = 'PUBLISHED' AND l.verified) AS in_feed`;

const FROM = `FROM listings l
  JOIN crm_enterprise_directory e ON e.id = l.enterprise_id
  LEFT JOIN postcode_centroids d ON d.postcode = l.district`;

/**
 * The marketplace's public, read-only view of listings for open data (the Open Referral UK feed) and the
 * public enterprise page. Like search, it joins the CRM's published read `crm_enterprise_directory`: one
 * statement per page keeps the feed fast (docs/openreferral.md).
 */
@Injectable()
export class PublicListings {
  constructor(
    private readonly db: Database,
    private readonly listings: ListingRepository,
  ) {}

  /** One page, in id order (nearest first for `near`). One statement. */
  page(filter: PublicListingFilter, page: { offset: number; limit: number }): Promise<PublicListingRow[]> {
    const { text, values } = publicListingPageSql(filter, page);
    return this.db.manager.query(text, values);
  }

  async count(filter: PublicListingFilter): Promise<number> {
    const { text, values } = publicListingCountSql(filter);
    const [row] = (await this.db.manager.query(text, values)) as { count: number }[];
    return row.count;
  }

  /** One listing that is in the feed now; null for any other (draft, hidden, unverified, unknown). */
  async one(id: string): Promise<PublicListingRow | null> {
    const [row] = (await this.db.manager.query(
      `SELECT ${COLUMNS} ${FROM} WHERE l.id = $1 AND l.status = 'PUBLISHED' AND l.verified`,
      [id],
    )) as PublicListingRow[];
    return row ?? null;
  }

  /** Weekly slots of many listings, one statement. */
  availabilityOf(ids: readonly string[]): Promise<Map<string, SlotValues[]>> {
    return this.listings.availabilityOf(ids);
  }

  /**
   * An enterprise's public face, or null while no listing of it is in the feed: an enterprise that has only
   * enquired is nobody's business yet. `unlisted` skips that test, for a preview its own people may see.
   */
  async enterprise(id: string, options: { unlisted?: boolean } = {}): Promise<PublicEnterpriseRow | null> {
    const [row] = (await this.db.manager.query(
      `SELECT e.id, e.name, e.legal_structure, e.district, e.activities,
              d.latitude AS district_latitude, d.longitude AS district_longitude
         FROM crm_enterprise_directory e
         LEFT JOIN postcode_centroids d ON d.postcode = e.district
        WHERE e.id = $1
          AND ($2 OR EXISTS (SELECT 1 FROM listings l WHERE l.enterprise_id = e.id AND l.status = 'PUBLISHED' AND l.verified))`,
      [id, options.unlisted === true],
    )) as PublicEnterpriseRow[];
    return row ?? null;
  }

  /** The centroids of some postcode districts (for map markers), one statement. */
  async districtCentres(districts: readonly string[]): Promise<DistrictCentre[]> {
    if (districts.length === 0) return [];
    return this.db.manager.query(
      `SELECT postcode AS district, latitude, longitude FROM postcode_centroids
        WHERE kind = 'DISTRICT' AND postcode = ANY($1::text[]) ORDER BY postcode`,
      [[...new Set(districts)]],
    );
  }
}

export interface PublicEnterpriseRow {
  id: string;
  name: string;
  legal_structure: LegalStructure;
  district: string;
  activities: Activity[];
  district_latitude: number | null;
  district_longitude: number | null;
}

export interface DistrictCentre {
  district: string;
  latitude: number;
  longitude: number;
}

/** One page of the feed, as the service and the benchmark's raw-SQL side both run it. */
export function publicListingPageSql(
  filter: PublicListingFilter,
  page: { offset: number; limit: number },
): { text: string; values: unknown[] } {
  const { where, values, order } = conditionsOf(filter);
  values.push(page.limit, page.offset);
  return {
    text: `SELECT ${COLUMNS} ${FROM} WHERE ${where} ORDER BY ${order} LIMIT $${values.length - 1} OFFSET $${values.length}`,
    values,
  };
}

export function publicListingCountSql(filter: PublicListingFilter): { text: string; values: unknown[] } {
  const { where, values } = conditionsOf(filter);
  // Only modified_after looks at the enterprise; otherwise every listing has one (a foreign key), so counting
  // listings alone gives the same number without the join.
  const from = filter.modifiedAfter
    ? 'listings l JOIN crm_enterprise_directory e ON e.id = l.enterprise_id'
    : 'listings l';
  return { text: `SELECT count(*)::int AS count FROM ${from} WHERE ${where}`, values };
}

/** The WHERE clause, its values and the order; `l.status = 'PUBLISHED'` stays a literal for the partial indexes. */
function conditionsOf(filter: PublicListingFilter): { where: string; values: unknown[]; order: string } {
  const values: unknown[] = [];
  const add = (value: unknown, cast: string) => {
    values.push(value);
    return `$${values.length}::${cast}`;
  };
  const where: string[] = [];
  if (filter.modifiedAfter) {
    const after = add(filter.modifiedAfter, 'timestamptz');
    where.push('l.published_at IS NOT NULL', `(l.updated_at >= ${after} OR e.updated_at >= ${after})`);
  } else {
    where.push(`l.status = 'PUBLISHED'`, 'l.verified');
  }
  if (filter.enterpriseId) where.push(`l.enterprise_id = ${add(filter.enterpriseId, 'uuid')}`);
  if (filter.text) where.push(`l.search @@ websearch_to_tsquery('english', ${add(filter.text, 'text')})`);
  if (filter.categories) where.push(`l.category = ANY(${add(filter.categories, 'text[]')})`);
  if (filter.capacities) where.push(`l.capacity = ANY(${add(filter.capacities, 'text[]')})`);
  let order = 'l.id';
  if (filter.near) {
    const origin = `ll_to_earth(${add(filter.near.latitude, 'float8')}, ${add(filter.near.longitude, 'float8')})`;
    const metres = add(filter.near.metres, 'float8');
    where.push(`earth_box(${origin}, ${metres}) @> l.place`, `l.place <-> ${origin} <= gc_to_sec(${metres})`);
    order = `l.place <-> ${origin}, l.id`;
  }
  return { where: where.join(' AND '), values, order };
}

/** Miles a listing travels, in metres (the service area's radius). */
export function travelMetres(miles: number): number {
  return Math.round(miles * METRES_PER_MILE);
}
