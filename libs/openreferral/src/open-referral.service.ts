import { Inject, Injectable } from '@nestjs/common';
import { Activity, ChecksMade } from '@small-places/compliance';
import {
  ListingCapacity,
  PostcodeService,
  PublicListingFilter,
  PublicListingRow,
  PublicListings,
} from '@small-places/marketplace';
import { APP_CONFIG, AppConfig, badInput, isUuid, londonDate, notFound } from '@small-places/platform';
import { FeedLinks, serviceAtLocationOf, serviceOf, serviceSummaryOf, taxonomyTermOf } from './hsds-mapper';
import { PageParams, pageOf, ServiceAtLocationParams, ServiceParams } from './feed-params';
import { FEED_TAXONOMIES, FEED_TERMS } from './taxonomies';

/** A response and the newest change it shows, for Last-Modified. */
export interface FeedAnswer {
  body: unknown;
  lastModified: Date | null;
}

export const HSDS_VERSION = '3.0';
export const PROFILE_URL = 'https://github.com/openreferral/uk-profile';
export const OPENAPI_URL =
  'https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json';

/**
 * The Open Referral UK (HSDS 3.0 UK profile) feed: every published, verified listing as a service, read
 * through the marketplace's public view and the compliance checks made, never anything personal.
 */
@Injectable()
export class OpenReferralService {
  private readonly links: FeedLinks;

  constructor(
    private readonly listings: PublicListings,
    private readonly checks: ChecksMade,
    private readonly postcodes: PostcodeService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.links = { webUrl: config.webUrl };
  }

  root(): FeedAnswer {
    return {
      body: { version: HSDS_VERSION, profile: PROFILE_URL, openapi_url: OPENAPI_URL },
      lastModified: null,
    };
  }

  async services(params: ServiceParams, now: Date): Promise<FeedAnswer> {
    const filter = this.filterOf(params);
    const [rows, total] = await this.pageAndCount(filter, params);
    const checks = await this.checks.of(enterprisesOf(rows), londonDate(now));
    const contents = rows.map((row) => serviceSummaryOf(row, checks.get(row.enterprise_id), this.links));
    return { body: pageOf(contents, total, params), lastModified: newest(rows) };
  }

  async service(id: string, now: Date): Promise<FeedAnswer> {
    const row = isUuid(id) ? await this.listings.one(id) : null;
    if (!row) throw notFound('That service');
    const [slots, checks] = await Promise.all([
      this.listings.availabilityOf([row.id]),
      this.checks.of([row.enterprise_id], londonDate(now)),
    ]);
    return {
      body: serviceOf(row, slots.get(row.id) ?? [], checks.get(row.enterprise_id), this.links),
      lastModified: row.last_modified,
    };
  }

  async serviceAtLocations(params: ServiceAtLocationParams, now: Date): Promise<FeedAnswer> {
    const filter = this.filterOf(params);
    if (params.postcode !== null) {
      const origin = await this.postcodes.locate(params.postcode);
      if (!origin) {
        throw badInput(
          `We do not know the postcode “${params.postcode}”. Give a full postcode or a district.`,
          {
            postcode: ['unknown'],
          },
        );
      }
      filter.near = {
        latitude: origin.latitude,
        longitude: origin.longitude,
        metres: params.proximityMetres,
      };
    }
    const [rows, total] = await this.pageAndCount(filter, params);
    const checks = await this.checks.of(enterprisesOf(rows), londonDate(now));
    const contents = rows.map((row) => ({
      ...serviceAtLocationOf(row),
      service: serviceSummaryOf(row, checks.get(row.enterprise_id), this.links),
    }));
    return { body: pageOf(contents, total, params), lastModified: newest(rows) };
  }

  taxonomies(params: PageParams): FeedAnswer {
    const all = FEED_TAXONOMIES.map(({ id, name, description, version }) => ({
      id,
      name,
      description,
      version,
    }));
    return { body: pageOf(slice(all, params), all.length, params), lastModified: null };
  }

  taxonomyTerms(params: PageParams, taxonomyId: string | null): FeedAnswer {
    const all = FEED_TERMS.filter((term) => !taxonomyId || term.taxonomyId === taxonomyId).map(
      taxonomyTermOf,
    );
    return { body: pageOf(slice(all, params), all.length, params), lastModified: null };
  }

  /** Categories and capacities the taxonomy parameters select; an unknown term or taxonomy selects nothing. */
  private filterOf(params: ServiceParams): PublicListingFilter {
    let categories: Activity[] | null = null;
    let capacities: ListingCapacity[] | null = null;
    if (params.taxonomyTermId) {
      const term = FEED_TERMS.find((each) => each.id === params.taxonomyTermId);
      categories = term ? [...term.categories] : [];
      if (term?.capacity) capacities = [term.capacity];
    }
    if (params.taxonomyId) {
      const inTaxonomy = FEED_TERMS.filter((term) => term.taxonomyId === params.taxonomyId);
      const selected = new Set(inTaxonomy.flatMap((term) => term.categories));
      categories = (categories ?? Object.values(Activity)).filter((category) => selected.has(category));
    }
    return {
      text: params.search,
      categories,
      capacities,
      modifiedAfter: params.modifiedAfter,
    };
  }

  private pageAndCount(
    filter: PublicListingFilter,
    params: PageParams,
  ): Promise<[PublicListingRow[], number]> {
    return Promise.all([
      this.listings.page(filter, { offset: (params.page - 1) * params.perPage, limit: params.perPage }),
      this.listings.count(filter),
    ]);
  }
}

function enterprisesOf(rows: PublicListingRow[]): string[] {
  return [...new Set(rows.map((row) => row.enterprise_id))];
}

function newest(rows: PublicListingRow[]): Date | null {
  return rows.reduce<Date | null>(
    (latest, row) => (!latest || row.last_modified > latest ? row.last_modified : latest),
    null,
  );
}

function slice<T>(all: T[], params: PageParams): T[] {
  const start = (params.page - 1) * params.perPage;
  return all.slice(start, start + params.perPage);
}
