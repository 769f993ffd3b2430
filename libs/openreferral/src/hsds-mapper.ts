import { Activity, ChecksOfEnterprise, LegalStructure } from '@small-places/compliance';
import {
  ListingCapacity,
  PriceUnit,
  PublicListingRow,
  SlotValues,
  travelMetres,
} from '@small-places/marketplace';
import { categoryWords, FeedTerm, termsOf } from './taxonomies';
import { stableId } from './stable-id';

/** Addresses the feed links to: the website's pages. */
export interface FeedLinks {
  webUrl: string;
}

type Json = Record<string, unknown>;

const LEGAL_STRUCTURE_WORDS: Record<LegalStructure, string> = {
  SOLE_TRADER: 'a sole trader',
  PARTNERSHIP: 'a partnership',
  LIMITED_COMPANY: 'a limited company',
  CIC: 'a community interest company',
  COOPERATIVE: 'a co-operative',
  UNINCORPORATED: 'an unincorporated group',
};

const PRICE_UNIT_WORDS: Record<string, string> = { HOUR: 'an hour', SESSION: 'a session', DAY: 'a day' };

const BYDAY: Record<string, string> = {
  MONDAY: 'MO',
  TUESDAY: 'TU',
  WEDNESDAY: 'WE',
  THURSDAY: 'TH',
  FRIDAY: 'FR',
  SATURDAY: 'SA',
  SUNDAY: 'SU',
};

/** "£12.50 an hour", "Free", "Pay what you can": the words the website uses too. */
export function priceWords(pricePence: number, unit: string): string {
  if (unit === PriceUnit.PAY_WHAT_YOU_CAN) return 'Pay what you can';
  if (pricePence === 0) return 'Free';
  const pounds = pricePence % 100 === 0 ? String(pricePence / 100) : (pricePence / 100).toFixed(2);
  return `£${pounds} ${PRICE_UNIT_WORDS[unit] ?? unit.toLowerCase()}`;
}

/** An organization: the enterprise's name, and what it is, without any person in it. */
export function organizationOf(row: PublicListingRow, links: FeedLinks): Json {
  const activities = (row.activities ?? []).map((activity: Activity) =>
    categoryWords(activity).toLowerCase(),
  );
  const what = activities.length > 0 ? `, offering ${activities.join(', ')}` : '';
  return {
    id: row.enterprise_id,
    name: row.enterprise_name,
    description:
      `${row.enterprise_name} is ${LEGAL_STRUCTURE_WORDS[row.legal_structure] ?? 'a small enterprise'}` +
      `${what}, based in the ${row.enterprise_district} postcode district.`,
    website: `${links.webUrl}/enterprises/${row.enterprise_id}`,
  };
}

/** The one-to-one fields of a service (the /services list), with its organization. */
export function serviceSummaryOf(
  row: PublicListingRow,
  checks: ChecksOfEnterprise | undefined,
  links: FeedLinks,
): Json {
  if (!row.in_feed) {
    // Left the feed since `modified_after`: only what a harvester needs to withdraw it (docs/openreferral.md).
    return {
      id: row.id,
      organization_id: row.enterprise_id,
      name: row.title,
      status: 'inactive',
      last_modified: row.last_modified.toISOString(),
    };
  }
  const capacity = row.capacity as ListingCapacity;
  const service: Json = {
    id: row.id,
    organization_id: row.enterprise_id,
    name: row.title,
    description: row.description,
    url: `${links.webUrl}/listings/${row.id}`,
    status: 'active',
    fees: priceWords(row.price_pence, row.price_unit),
  };
  if (checks?.assuredOn) service.assured_date = checks.assuredOn;
  if (capacity === ListingCapacity.WAITING_LIST) service.alert = 'Waiting list: new people wait for a place.';
  if (capacity === ListingCapacity.FULL) service.alert = 'Full: not taking anyone new at the moment.';
  service.last_modified = row.last_modified.toISOString();
  service.organization = organizationOf(row, links);
  return service;
}

/** The full service (/services/{id}): schedules, cost option, service area, location and taxonomy terms. */
export function serviceOf(
  row: PublicListingRow,
  slots: SlotValues[],
  checks: ChecksOfEnterprise | undefined,
  links: FeedLinks,
): Json {
  const summary = serviceSummaryOf(row, checks, links);
  return {
    ...summary,
    schedules: slots.map((slot) => scheduleOf(row.id, slot)),
    service_areas: [serviceAreaOf(row)],
    service_at_locations: [serviceAtLocationOf(row)],
    languages: [],
    funding: [],
    cost_options: [costOptionOf(row)],
    contacts: [],
    attributes: termsOf(row.category, row.capacity as ListingCapacity).map((term) =>
      attributeOf(row.id, term),
    ),
  };
}

function scheduleOf(serviceId: string, slot: SlotValues): Json {
  const day = slot.dayOfWeek.charAt(0) + slot.dayOfWeek.slice(1).toLowerCase();
  return {
    id: stableId(`schedule:${serviceId}:${slot.dayOfWeek}:${slot.startTime}-${slot.endTime}`),
    service_id: serviceId,
    freq: 'WEEKLY',
    interval: 1,
    byday: BYDAY[slot.dayOfWeek],
    opens_at: slot.startTime,
    closes_at: slot.endTime,
    description: `${day}s, ${slot.startTime} to ${slot.endTime} (UK time)`,
    attending_type: 'in person',
  };
}

function costOptionOf(row: PublicListingRow): Json {
  const words = priceWords(row.price_pence, row.price_unit);
  const option =
    row.price_unit === PriceUnit.PAY_WHAT_YOU_CAN
      ? 'Pay what you can'
      : row.price_pence === 0
        ? 'Free'
        : `Per ${row.price_unit.toLowerCase()}`;
  return {
    id: stableId(`cost:${row.id}`),
    service_id: row.id,
    option,
    amount: row.price_pence / 100,
    amount_description: words,
  };
}

function serviceAreaOf(row: PublicListingRow): Json {
  const miles = row.travel_miles;
  const words =
    miles > 0
      ? `Within ${miles} ${miles === 1 ? 'mile' : 'miles'} of the ${row.district} postcode district`
      : `At or near its base in the ${row.district} postcode district`;
  return {
    id: stableId(`service-area:${row.id}`),
    service_id: row.id,
    name: words,
    service_area: words,
    extent: String(travelMetres(miles)),
    extent_type: 'radius in metres from the postcode district centre',
  };
}

/** Where a service is shown: its postcode district's centre, never an address. */
export function locationOf(row: PublicListingRow): Json {
  const location: Json = {
    id: stableId(`location:district:${row.district}`),
    location_type: 'physical',
    name: `${row.district} postcode district`,
    description: 'The centre of the postcode district the service is based in; never an address.',
  };
  if (row.district_latitude !== null && row.district_longitude !== null) {
    location.latitude = row.district_latitude;
    location.longitude = row.district_longitude;
  }
  location.external_identifier = row.district;
  location.external_identifier_type = 'postcode district';
  return location;
}

export function serviceAtLocationOf(row: PublicListingRow): Json {
  const location = locationOf(row);
  return {
    id: stableId(`service-at-location:${row.id}`),
    service_id: row.id,
    location_id: location.id,
    location,
  };
}

export function taxonomyTermOf(term: FeedTerm): Json {
  return {
    id: term.id,
    name: term.name,
    description: term.description,
    taxonomy: term.taxonomyName,
    taxonomy_id: term.taxonomyId,
    term: term.term,
  };
}

function attributeOf(serviceId: string, term: FeedTerm): Json {
  return {
    id: stableId(`attribute:${serviceId}:${term.id}`),
    link_id: serviceId,
    taxonomy_term_id: term.id,
    link_type: term.capacity ? 'capacity' : 'category',
    taxonomy_term: taxonomyTermOf(term),
  };
}
