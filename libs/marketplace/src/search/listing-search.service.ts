import { Injectable } from '@nestjs/common';
import { badInput, decodeCursor, encodeCursor, isUuid, PageArgs, pageSize } from '@small-places/platform';
import { ListingSearchInput } from '../dto/listing.inputs';
import { ListingSearchConnection } from '../dto/listing.types';
import { ListingRepository } from '../listings/listing.repository';
import { searchRowToListingType } from '../listings/listing-view';
import {
  cursorOf,
  cursorValues,
  ListingSearchCriteria,
  metresOfChord,
  metresToMiles,
  SearchCursor,
} from './listing-search-sql';
import { SearchOrigins } from './search-origins';

/** Public search: no sign-in, no transaction, one statement per page (plus one for totalCount when asked). */
@Injectable()
export class ListingSearchService {
  constructor(
    private readonly origins: SearchOrigins,
    private readonly listings: ListingRepository,
  ) {}

  async search(input: ListingSearchInput, page: PageArgs): Promise<ListingSearchConnection> {
    const criteria = await this.criteriaOf(input);
    const size = pageSize(page.first);
    const after = page.after ? cursorFrom(page.after, Boolean(criteria.text)) : null;
    const rows = size === 0 ? [] : await this.listings.search(criteria, { limit: size + 1, after });
    const edges = rows.slice(0, size).map((row) => ({
      cursor: encodeCursor(cursorValues(cursorOf(row))),
      distanceMiles: Math.round(metresToMiles(metresOfChord(row.chord)) * 10) / 10,
      node: searchRowToListingType(row),
    }));
    return {
      criteria,
      edges,
      pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  count(criteria: ListingSearchCriteria): Promise<number> {
    return this.listings.count(criteria);
  }

  private async criteriaOf(input: ListingSearchInput): Promise<ListingSearchCriteria> {
    const origin = await this.origins.locate(input.postcode);
    if (!origin) {
      throw badInput(
        `We could not find the postcode “${input.postcode}”. Check it, or try just its first half, like TA1.`,
        { postcode: ['is not a postcode we know'] },
      );
    }
    return {
      latitude: origin.latitude,
      longitude: origin.longitude,
      radiusMiles: input.radiusMiles,
      category: input.category ?? null,
      text: input.text ? input.text : null,
      maxPricePence: input.maxPricePence ?? null,
      dayOfWeek: input.dayOfWeek ?? null,
      verifiedOnly: input.verifiedOnly ?? true,
      takingNewPeople: input.takingNewPeople ?? false,
    };
  }
}

/** A cursor from a client, checked value by value: it becomes SQL parameters. */
function cursorFrom(after: string, byRelevance: boolean): SearchCursor {
  const values = decodeCursor(after, byRelevance ? 3 : 2);
  const numbers = values.slice(0, -1);
  const id = values.at(-1);
  if (
    !numbers.every((value) => typeof value === 'number' && Number.isFinite(value)) ||
    typeof id !== 'string' ||
    !isUuid(id)
  ) {
    throw badInput('That page cursor is not valid. Start again from the first page.', {
      after: ['is not a valid cursor'],
    });
  }
  const [first, second] = numbers as number[];
  return byRelevance
    ? { kind: 'relevance', relevance: first, chord: second, id }
    : { kind: 'distance', chord: first, id };
}
