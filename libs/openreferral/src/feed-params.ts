import { badInput, isUuid } from '@small-places/platform';

/** Most rows a page may hold; a harvester walks pages of this size. */
export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 50;
/** 200 km: wider than any council, and it keeps a proximity query on the GiST index. */
export const MAX_PROXIMITY_METRES = 200_000;
export const DEFAULT_PROXIMITY_METRES = 16_000;

export interface PageParams {
  page: number;
  perPage: number;
}

export interface ServiceParams extends PageParams {
  search: string | null;
  taxonomyTermId: string | null;
  taxonomyId: string | null;
  modifiedAfter: Date | null;
}

export interface ServiceAtLocationParams extends ServiceParams {
  postcode: string | null;
  proximityMetres: number;
}

type Query = Record<string, unknown>;

/** One value of a query parameter, or null; a repeated parameter is a 400, not a guess. */
function single(query: Query, name: string): string | null {
  const value = query[name];
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string')
    throw badInput(`Give ${name} once, as a single value.`, { [name]: ['repeated'] });
  // PostgreSQL refuses NUL in text; no control character belongs in a real query.
  if ([...value].some((character) => character.charCodeAt(0) < 0x20)) {
    throw badInput(`${name} may not hold control characters.`, { [name]: ['control characters'] });
  }
  return value;
}

function wholeNumber(query: Query, name: string, fallback: number, min: number, max: number): number {
  const text = single(query, name);
  if (text === null) return fallback;
  if (!/^\d{1,9}$/.test(text) || Number(text) < min || Number(text) > max) {
    throw badInput(`${name} must be a whole number from ${min} to ${max}.`, {
      [name]: [`not ${min}-${max}`],
    });
  }
  return Number(text);
}

function uuid(query: Query, name: string): string | null {
  const text = single(query, name);
  if (text !== null && !isUuid(text)) throw badInput(`${name} must be a UUID.`, { [name]: ['not a UUID'] });
  return text;
}

export function pageParams(query: Query): PageParams {
  return {
    page: wholeNumber(query, 'page', 1, 1, 1_000_000),
    perPage: wholeNumber(query, 'per_page', DEFAULT_PER_PAGE, 1, MAX_PER_PAGE),
  };
}

export function serviceParams(query: Query): ServiceParams {
  const search = single(query, 'search');
  if (search !== null && search.length > 200) {
    throw badInput('search may be at most 200 characters.', { search: ['too long'] });
  }
  const modifiedAfter = instant(single(query, 'modified_after'));
  return {
    ...pageParams(query),
    search: search?.trim() || null,
    taxonomyTermId: uuid(query, 'taxonomy_term_id'),
    taxonomyId: uuid(query, 'taxonomy_id'),
    modifiedAfter,
  };
}

/** ISO 8601 date or date-time, with or without an offset (then UTC): `2026-12-01`, `2026-12-01T09:00:00Z`. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(?<offset>Z|[+-]\d{2}:?\d{2})?)?$/;

function instant(text: string | null): Date | null {
  if (text === null) return null;
  const match = ISO_INSTANT.exec(text);
  const value = match ? new Date(text.includes('T') && !match.groups?.offset ? `${text}Z` : text) : null;
  if (!value || Number.isNaN(value.getTime())) {
    throw badInput('modified_after must be an ISO 8601 date-time, like 2026-12-01T09:00:00Z.', {
      modified_after: ['not an ISO 8601 date-time'],
    });
  }
  return value;
}

export function serviceAtLocationParams(query: Query): ServiceAtLocationParams {
  const postcode = single(query, 'postcode');
  const proximityGiven = single(query, 'proximity') !== null;
  if (proximityGiven && postcode === null) {
    throw badInput('proximity needs a postcode to measure from.', { proximity: ['without postcode'] });
  }
  if (postcode !== null && postcode.length > 16)
    throw badInput('postcode is too long.', { postcode: ['too long'] });
  return {
    ...serviceParams(query),
    postcode,
    proximityMetres: wholeNumber(query, 'proximity', DEFAULT_PROXIMITY_METRES, 1, MAX_PROXIMITY_METRES),
  };
}

/** The paging block of every list (Page in the UK profile's OpenAPI). */
export function pageOf<T>(contents: T[], total: number, params: PageParams) {
  const totalPages = Math.ceil(total / params.perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: params.page,
    size: contents.length,
    first_page: params.page === 1,
    last_page: params.page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
