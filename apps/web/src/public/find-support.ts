import { PLAIN_NAMES } from '../platform/plain-names';
import { fieldErrors } from '../platform/form-errors';
import { FormErrors } from '../platform/web-session';
import type { Activity, DayOfWeek, ListingSearchInput } from '../generated/graphql';

/** Plain-English names of the API's Activity values, in the order people are offered them. */
export const CATEGORIES: Record<string, string> = {
  PERSONAL_CARE: 'Personal care',
  HOME_HELP: 'Help at home',
  MEALS: 'Meals',
  COMPANIONSHIP: 'Company and friendship',
  DAY_ACTIVITIES: 'Day activities',
  TRANSPORT: 'Getting about',
  SHARED_LIVES: 'Shared Lives',
  OTHER: 'Other support',
};

export const DAYS: Record<string, string> = {
  MONDAY: 'Monday',
  TUESDAY: 'Tuesday',
  WEDNESDAY: 'Wednesday',
  THURSDAY: 'Thursday',
  FRIDAY: 'Friday',
  SATURDAY: 'Saturday',
  SUNDAY: 'Sunday',
};

export const PRICE_UNITS: Record<string, string> = PLAIN_NAMES.priceUnit;

export const DISTANCES = [1, 3, 5, 10, 25];
export const DEFAULT_DISTANCE = 5;
export const RESULTS_PER_PAGE = 10;

/** The search form as the query string carries it (a GET form: results can be bookmarked and shared). */
export interface SearchQuery {
  postcode?: string;
  distance?: string;
  category?: string;
  words?: string;
  maxPrice?: string;
  day?: string;
  verifiedOnly?: string;
  takingNewPeople?: string;
  after?: string;
}

export type { ListingSearchInput };

export type ParsedSearch =
  | { kind: 'blank' }
  | { kind: 'invalid'; errors: FormErrors }
  | { kind: 'search'; input: ListingSearchInput; after?: string };

/** Reads the search form; nothing is searched until a postcode is given. */
export function parseSearch(query: SearchQuery): ParsedSearch {
  const postcode = text(query.postcode);
  if (query.postcode === undefined) return { kind: 'blank' };
  const problems: Record<string, string> = {};
  if (!postcode) problems.postcode = 'Enter a postcode, like TA1 1AA';
  const distance = Number(query.distance ?? DEFAULT_DISTANCE);
  if (!DISTANCES.includes(distance)) problems.distance = 'Choose how far away the support can be';
  const category = text(query.category);
  if (category && !(category in CATEGORIES)) problems.category = 'Choose a kind of support from the list';
  const maxPrice = text(query.maxPrice).replace(/^£/, '');
  const maxPricePence = maxPrice ? Math.round(Number(maxPrice) * 100) : undefined;
  if (maxPricePence !== undefined && (!Number.isFinite(maxPricePence) || maxPricePence <= 0)) {
    problems.maxPrice = 'Enter the most you want to pay in pounds, like 20 or 18.50';
  }
  const day = text(query.day);
  if (day && !(day in DAYS)) problems.day = 'Choose a day from the list';
  if (Object.keys(problems).length > 0) return { kind: 'invalid', errors: fieldErrors(problems) };
  const words = text(query.words);
  return {
    kind: 'search',
    input: {
      postcode,
      radiusMiles: distance,
      ...(category ? { category: category as Activity } : {}),
      ...(words ? { text: words } : {}),
      ...(maxPricePence !== undefined ? { maxPricePence } : {}),
      ...(day ? { dayOfWeek: day as DayOfWeek } : {}),
      verifiedOnly: query.verifiedOnly === 'yes',
      ...(query.takingNewPeople === 'yes' ? { takingNewPeople: true } : {}),
    },
    after: text(query.after) || undefined,
  };
}

/** The same search again, at another page of results. */
export function searchUrl(query: SearchQuery, after?: string): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (name !== 'after' && typeof value === 'string' && value !== '') params.set(name, value);
  }
  if (after) params.set('after', after);
  return `/find-support?${params.toString()}`;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** The widest search the API allows: how the page finds the nearest services when none are near enough. */
export const NEAREST_RADIUS_MILES = 100;

/** "TA1 1AA", "ta11aa" → "TA1": the postcode district, the only place the API knows a listing by. */
export function districtOf(postcode: string): string {
  const compact = postcode.replace(/\s+/g, '').toUpperCase();
  return compact.length > 3 ? compact.slice(0, -3) : compact;
}

/**
 * How far away a result is, in words. Only district centres are known, so a listing in the searcher's own
 * district is "in TA1" (its distance would be 0), and anything nearer than a mile is "under 1 mile away".
 */
export function distanceInWords(miles: number, listingDistrict: string, searcherDistrict: string): string {
  if (listingDistrict === searcherDistrict) return `In ${listingDistrict}, your postcode district`;
  if (miles < 1) return `Under 1 mile away (${listingDistrict})`;
  const rounded = Math.round(miles * 10) / 10;
  return `${rounded} ${rounded === 1 ? 'mile' : 'miles'} away (${listingDistrict})`;
}
