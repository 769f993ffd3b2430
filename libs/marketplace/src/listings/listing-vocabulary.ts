import { registerEnumType } from '@nestjs/graphql';

/** What a price is for. */
export enum PriceUnit {
  HOUR = 'HOUR',
  SESSION = 'SESSION',
  DAY = 'DAY',
  /** Always 0 pence: the person pays what they can afford, or nothing. */
  PAY_WHAT_YOU_CAN = 'PAY_WHAT_YOU_CAN',
}

/** Whether the provider can take someone new on this listing; the provider says, per listing. */
export enum ListingCapacity {
  TAKING_NEW_PEOPLE = 'TAKING_NEW_PEOPLE',
  WAITING_LIST = 'WAITING_LIST',
  FULL = 'FULL',
}

/** DRAFT until first published; HIDDEN when the provider unpublishes it or its verification lapses. */
export enum ListingStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  HIDDEN = 'HIDDEN',
}

export enum DayOfWeek {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}

export const DAYS_IN_ORDER: readonly DayOfWeek[] = Object.values(DayOfWeek);

/** The bit a day has in `listings.available_days` (MONDAY = 1 … SUNDAY = 64), so search filters by day in-row. */
export function dayBit(day: DayOfWeek): number {
  return 1 << DAYS_IN_ORDER.indexOf(day);
}

registerEnumType(PriceUnit, {
  name: 'PriceUnit',
  description: 'HOUR, SESSION or DAY (a price of 0 is free), or PAY_WHAT_YOU_CAN (always 0 pence).',
});
registerEnumType(ListingCapacity, {
  name: 'ListingCapacity',
  description: 'TAKING_NEW_PEOPLE, WAITING_LIST (new people wait for a place) or FULL.',
});
registerEnumType(ListingStatus, {
  name: 'ListingStatus',
  description: 'DRAFT, PUBLISHED (shown in search) or HIDDEN (unpublished, or its verification lapsed).',
});
registerEnumType(DayOfWeek, { name: 'DayOfWeek' });
