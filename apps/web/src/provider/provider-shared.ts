import { Request } from 'express';
import { ApiClient } from '../platform/api-client';
import { ApiProblem, PageNotFound } from '../platform/api-errors';
import { errorsFromProblem } from '../platform/form-errors';
import { WebSession } from '../platform/web-session';
import { CATEGORIES, DAYS, PRICE_UNITS } from '../public/find-support';
import { londonClock, londonTime, WEEK_DAYS } from './provider-pages';
import { Booking, LISTING, Listing, MY_ENTERPRISES } from './provider.operations';

export const BUSINESS = '/your-business';

/** A listing's page in the provider's part of the site. */
export function listingPage(enterpriseId: string, listingId: string): string {
  return `${BUSINESS}/${encodeURIComponent(enterpriseId)}/listings/${encodeURIComponent(listingId)}`;
}

const BOOKING_STATUS_WORDS: Record<Booking['status'], string> = {
  REQUESTED: 'Waiting for your answer',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  CANCELLED: 'Cancelled',
  COMPLETED: 'Delivered',
  EXPIRED: 'Expired: nobody answered in time',
};

const LISTING_STATUS_WORDS: Record<Listing['status'], string> = {
  DRAFT: 'Draft: not shown in search',
  PUBLISHED: 'Published: shown in search',
  HIDDEN: 'Hidden: not shown in search',
};

export function session(req: Request): WebSession {
  if (!req.webSession) throw new Error('The session middleware did not run.');
  return req.webSession;
}

export function complianceWords(status: string): string {
  switch (status) {
    case 'COMPLIANT':
      return 'Everything needed is done.';
    case 'DUE_SOON':
      return 'Something runs out or is due in the next 30 days.';
    case 'OVERDUE':
      return 'Something needed is late or has run out.';
    default:
      return 'Some things are still needed before you can trade.';
  }
}

const CAPACITY_CHOICES = {
  TAKING_NEW_PEOPLE: 'Yes, I am taking new people',
  WAITING_LIST: 'New people join a waiting list',
  FULL: 'No, I am full at the moment',
};

export function describeListing(listing: Listing) {
  return {
    ...listing,
    categoryName: CATEGORIES[listing.category] ?? listing.category,
    priceUnitName: PRICE_UNITS[listing.priceUnit] ?? listing.priceUnit.toLowerCase(),
    statusText: LISTING_STATUS_WORDS[listing.status],
    slots: listing.availability.map((slot) => ({ ...slot, dayName: DAYS[slot.dayOfWeek] ?? slot.dayOfWeek })),
  };
}

export function describeBooking(booking: Booking) {
  return {
    ...booking,
    statusText: BOOKING_STATUS_WORDS[booking.status],
    whenText: `${londonTime(booking.startsAt)} to ${londonClock(booking.endsAt)}`,
    expiresText: londonTime(booking.expiresAt),
    messages: booking.messages?.map((message) => ({ ...message, sentText: londonTime(message.createdAt) })),
  };
}

export function listingFormOptions() {
  return {
    categories: CATEGORIES,
    priceUnits: { HOUR: 'An hour', SESSION: 'A session', DAY: 'A day', PAY_WHAT_YOU_CAN: 'Pay what you can' },
    capacities: CAPACITY_CHOICES,
    days: WEEK_DAYS.map((day) => ({ day, name: DAYS[day] })),
  };
}

/** The edit form filled from the listing; the postcode is never shown (blank keeps it). */
export function listingValues(listing: Listing): Record<string, string> {
  const values: Record<string, string> = {
    title: listing.title,
    description: listing.description,
    category: listing.category,
    price: (listing.pricePence / 100).toFixed(2),
    priceUnit: listing.priceUnit,
    capacity: listing.capacity,
    travelMiles: String(listing.travelMiles),
  };
  for (const slot of listing.availability) {
    values[`${slot.dayOfWeek}-start`] = slot.startTime;
    values[`${slot.dayOfWeek}-end`] = slot.endTime;
  }
  return values;
}

/** The API's refusal on the listing form; its slot messages are whole sentences already. */
export function listingErrors(problem: ApiProblem) {
  return errorsFromProblem(problem, 'title', {
    fieldIds: { pricePence: 'price', availability: 'MONDAY-start', enterpriseId: 'title' },
    messages: {
      postcode: 'Enter a full postcode we know, like TA1 1AA',
      ...(problem.fields?.availability ? { 'MONDAY-start': problem.message } : {}),
    },
  });
}

export async function myEnterprises(api: ApiClient, req: Request) {
  const data = await api.query(req, MY_ENTERPRISES, { first: 100 });
  return data.enterprises.edges.map((edge) => edge.node);
}

/** The listing, or a 404 when it belongs to another enterprise than the address says. */
export async function ownListing(
  api: ApiClient,
  req: Request,
  enterpriseId: string,
  listingId: string,
): Promise<Listing> {
  const { listing } = await api.query(req, LISTING, { id: listingId });
  if (listing.enterprise?.id !== enterpriseId) throw new PageNotFound();
  return listing;
}
