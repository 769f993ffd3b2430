import { Controller, Get, Query, Render, Req } from '@nestjs/common';
import { Request } from 'express';
import { ApiClient } from '../platform/api-client';
import { errorsFromProblem, NO_ERRORS } from '../platform/form-errors';
import {
  CATEGORIES,
  DAYS,
  DEFAULT_DISTANCE,
  ListingSearchInput,
  DISTANCES,
  distanceInWords,
  districtOf,
  NEAREST_RADIUS_MILES,
  parseSearch,
  PRICE_UNITS,
  RESULTS_PER_PAGE,
  SearchQuery,
  searchUrl,
} from './find-support';
import { DISTRICT_CENTRES } from './enterprise-page.operations';
import { SEARCH_LISTINGS } from './public.operations';

/** Pages anyone can use without an account: the start page and finding support. */
@Controller()
export class PublicController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  @Render('public/views/start.njk')
  start() {
    return {};
  }

  @Get('find-support')
  @Render('public/views/find-support.njk')
  async findSupport(@Req() req: Request, @Query() query: SearchQuery) {
    const page = {
      values: { distance: String(DEFAULT_DISTANCE), verifiedOnly: 'yes', ...query },
      options: { categories: CATEGORIES, days: DAYS, distances: DISTANCES },
      errors: NO_ERRORS,
      searched: false,
    };
    const parsed = parseSearch(query);
    if (parsed.kind === 'blank') return page;
    if (parsed.kind === 'invalid') return { ...page, errors: parsed.errors };
    const result = await this.api.mutate(req, SEARCH_LISTINGS, {
      input: parsed.input,
      first: RESULTS_PER_PAGE,
      after: parsed.after,
    });
    if (!result.ok) {
      const errors = errorsFromProblem(result.problem, 'postcode', {
        fieldIds: { radiusMiles: 'distance', text: 'words', maxPricePence: 'maxPrice', dayOfWeek: 'day' },
        messages: { postcode: 'Enter a real postcode, like TA1 1AA' },
      });
      return { ...page, errors };
    }
    const found = result.data.searchListings;
    const searcherDistrict = districtOf(parsed.input.postcode);
    const nearest =
      found.totalCount === 0 && parsed.input.radiusMiles < NEAREST_RADIUS_MILES
        ? await this.nearest(req, parsed.input, searcherDistrict)
        : undefined;
    return {
      nearest,
      nearestRadius: NEAREST_RADIUS_MILES,
      widerSearchUrl: nearest?.widerDistance
        ? searchUrl({ ...query, distance: String(nearest.widerDistance) })
        : undefined,
      markers: await this.markersFor(
        req,
        found.edges.map((edge) => edge.node.postcodeDistrict),
      ),
      ...page,
      searched: true,
      totalCount: found.totalCount,
      results: found.edges.map((edge) => ({
        ...edge.node,
        distanceMiles: edge.distanceMiles,
        distanceWords: distanceInWords(edge.distanceMiles, edge.node.postcodeDistrict, searcherDistrict),
        categoryName: CATEGORIES[edge.node.category] ?? edge.node.category,
        priceUnitName: PRICE_UNITS[edge.node.priceUnit] ?? edge.node.priceUnit.toLowerCase(),
      })),
      isFirstPage: !parsed.after,
      firstPageUrl: searchUrl(query),
      nextPageUrl:
        found.pageInfo.hasNextPage && found.pageInfo.endCursor
          ? searchUrl(query, found.pageInfo.endCursor)
          : undefined,
    };
  }

  /**
   * Nothing within the distance chosen: the same search as far as the API allows, so the page can say the
   * nearest services exist and how far they are, rather than only "try a longer distance".
   */
  private async nearest(req: Request, input: ListingSearchInput, searcherDistrict: string) {
    const wider = await this.api.mutate(req, SEARCH_LISTINGS, {
      input: { ...input, radiusMiles: NEAREST_RADIUS_MILES },
      first: 3,
    });
    if (!wider.ok || wider.data.searchListings.totalCount === 0)
      return { results: [], widerDistance: undefined };
    const edges = wider.data.searchListings.edges;
    return {
      results: edges.map((edge) => ({
        id: edge.node.id,
        title: edge.node.title,
        enterpriseName: edge.node.enterprise.name,
        distanceMiles: edge.distanceMiles,
        distanceWords: distanceInWords(edge.distanceMiles, edge.node.postcodeDistrict, searcherDistrict),
      })),
      widerDistance: DISTANCES.find((miles) => miles >= edges[0].distanceMiles),
    };
  }

  /** One marker per district of the results, at its centre; none if the map's data cannot be had. */
  private async markersFor(req: Request, districts: string[]) {
    if (districts.length === 0) return [];
    const counts = new Map<string, number>();
    for (const district of districts) counts.set(district, (counts.get(district) ?? 0) + 1);
    const result = await this.api.mutate(req, DISTRICT_CENTRES, {
      districts: [...counts.keys()],
    });
    if (!result.ok) return [];
    return result.data.districtCentres.map((centre) => {
      const count = counts.get(centre.district) ?? 0;
      return {
        latitude: centre.latitude,
        longitude: centre.longitude,
        label: `${centre.district}: ${count} ${count === 1 ? 'service' : 'services'} on this page`,
      };
    });
  }
}
