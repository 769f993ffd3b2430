import { addDays, longDate } from '../platform/dates';
import { fieldErrors } from '../platform/form-errors';
import { TIME_EXAMPLE, timeFrom } from '../platform/times';
import { FormErrors } from '../platform/web-session';
import { ChecklistItem } from './provider.operations';
import type {
  Activity,
  AvailabilityInput,
  ListingCapacity,
  DayOfWeek,
  PriceUnit,
} from '../generated/graphql';

/** How soon something counts as "due soon": the API's own DUE_SOON window. */
const DUE_SOON_DAYS = 30;

export type Urgency = 'overdue' | 'due-soon' | 'later' | 'done';

/** The four groups of "What you need to do", most urgent first, with the words each is shown under. */
export const URGENCY_GROUPS: { urgency: Urgency; heading: string }[] = [
  { urgency: 'overdue', heading: 'Overdue: do these first' },
  { urgency: 'due-soon', heading: 'Due soon' },
  { urgency: 'later', heading: 'Later' },
  { urgency: 'done', heading: 'Done' },
];

/** A checklist item as the page shows it: which group, its status in words, and what the date means. */
export interface ChecklistRow extends ChecklistItem {
  urgency: Urgency;
  statusText: string;
  /** A govukTag class; the words say the same thing, the colour only repeats them. */
  tagClass: string;
  dateText?: string;
  /** Where the Catalyst's check stands, for a DONE item. */
  checkText?: string;
}

export function checklistRow(item: ChecklistItem, today: string): ChecklistRow {
  const urgency = urgencyOf(item, today);
  return {
    ...item,
    urgency,
    ...statusWords(item, urgency),
    dateText: dateWords(item),
    checkText: checkWords(item),
  };
}

/** Rows grouped by urgency; inside a group, the nearest date first, then by title. */
export function groupByUrgency(items: ChecklistItem[], today: string) {
  const rows = items.map((item) => checklistRow(item, today));
  rows.sort(
    (a, b) =>
      (keyDate(a) ?? '9999-12-31').localeCompare(keyDate(b) ?? '9999-12-31') ||
      a.requirement.title.localeCompare(b.requirement.title),
  );
  return URGENCY_GROUPS.map((group) => ({
    ...group,
    rows: rows.filter((row) => row.urgency === group.urgency),
  }));
}

/** A date the provider must act by: an open item's due date, or done evidence running out. */
export interface Deadline {
  on: string;
  words: string;
  row: ChecklistRow;
}

/**
 * The top of "What you need to do": how many of the items that apply are done ("Not needed" ones do not count
 * either way), and the next three deadlines from today on (those already past are in the Overdue group).
 */
export function checklistSummary(items: ChecklistItem[], today: string) {
  const counted = items.filter((item) => item.status !== 'WAIVED');
  const deadlines: Deadline[] = [];
  for (const item of counted) {
    const row = checklistRow(item, today);
    if ((item.status === 'TODO' || item.status === 'IN_PROGRESS') && item.dueOn && item.dueOn >= today)
      deadlines.push({ on: item.dueOn, words: `Due by ${longDate(item.dueOn)}`, row });
    if (item.status === 'DONE' && item.expiresOn && item.expiresOn >= today)
      deadlines.push({ on: item.expiresOn, words: `Runs out on ${longDate(item.expiresOn)}`, row });
  }
  deadlines.sort(
    (a, b) => a.on.localeCompare(b.on) || a.row.requirement.title.localeCompare(b.row.requirement.title),
  );
  return {
    done: counted.filter((item) => item.status === 'DONE').length,
    total: counted.length,
    nextDeadlines: deadlines.slice(0, 3),
  };
}

function urgencyOf(item: ChecklistItem, today: string): Urgency {
  if (item.status === 'EXPIRED' || item.overdue) return 'overdue';
  const soon = addDays(today, DUE_SOON_DAYS);
  if (item.status === 'DONE' || item.status === 'WAIVED') {
    return item.status === 'DONE' && item.expiresOn && item.expiresOn <= soon ? 'due-soon' : 'done';
  }
  return item.dueOn && item.dueOn <= soon ? 'due-soon' : 'later';
}

function statusWords(item: ChecklistItem, urgency: Urgency): { statusText: string; tagClass: string } {
  if (item.status === 'EXPIRED') return { statusText: 'Expired', tagClass: 'govuk-tag--red' };
  if (urgency === 'overdue') return { statusText: 'Overdue', tagClass: 'govuk-tag--red' };
  if (item.status === 'WAIVED') return { statusText: 'Not needed', tagClass: 'govuk-tag--grey' };
  if (item.status === 'DONE' && item.returnedReason)
    return { statusText: 'Returned: fix it', tagClass: 'govuk-tag--red' };
  if (item.status === 'DONE' && urgency === 'due-soon')
    return { statusText: 'Renew soon', tagClass: 'govuk-tag--yellow' };
  if (item.status === 'DONE') return { statusText: 'Done', tagClass: 'govuk-tag--green' };
  if (item.status === 'IN_PROGRESS') return { statusText: 'Started', tagClass: 'govuk-tag--light-blue' };
  if (urgency === 'due-soon') return { statusText: 'Due soon', tagClass: 'govuk-tag--yellow' };
  return { statusText: 'To do', tagClass: 'govuk-tag--blue' };
}

function dateWords(item: ChecklistItem): string | undefined {
  if (item.status === 'WAIVED')
    return item.waivedReason ? `Your Catalyst said: ${item.waivedReason}` : undefined;
  if (item.status === 'DONE' || item.status === 'EXPIRED') {
    const done = item.completedOn ? `Done on ${longDate(item.completedOn)}.` : 'Done.';
    if (!item.expiresOn) return done;
    return `${done} ${item.status === 'EXPIRED' ? 'Ran out' : 'Runs out'} on ${longDate(item.expiresOn)}.`;
  }
  const started = item.inProgressSince ? `Started on ${longDate(item.inProgressSince)}. ` : '';
  return item.dueOn ? `${started}Due by ${longDate(item.dueOn)}.` : started.trim() || undefined;
}

function checkWords(item: ChecklistItem): string | undefined {
  if (item.status !== 'DONE') return undefined;
  if (item.returnedReason) return `Your Catalyst asks you to fix this: ${item.returnedReason}`;
  if (item.checkedAt) return `Checked by your Catalyst on ${longDate(item.checkedAt)}.`;
  return 'Waiting for your Catalyst to check it. Until then, listings that need it are not verified.';
}

function keyDate(row: ChecklistRow): string | null {
  return row.urgency === 'done' || row.status === 'EXPIRED' ? row.expiresOn : (row.dueOn ?? row.expiresOn);
}

// The provider controller reads these through this file; they are the website's one set (platform/dates).
export { londonTime, londonToday, readDateInput as dateFromFields } from '../platform/dates';

/** The London time of day of an instant, "11:00". */
export function londonClock(instant: string): string {
  return new Date(instant).toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Europe/London',
  });
}

/**
 * The GOV.UK error summary links a date to its first box (`<id>-day`); the message beside it stays on the
 * date input as a whole.
 */
export function withDateLinks(errors: FormErrors, dateIds: string[]): FormErrors {
  return {
    ...errors,
    summary: errors.summary.map((item) =>
      dateIds.some((id) => item.href === `#${id}`) ? { ...item, href: `${item.href}-day` } : item,
    ),
  };
}

export const WEEK_DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

export interface ListingFormValues {
  title: string;
  description: string;
  category: string;
  price: string;
  priceUnit: string;
  capacity: string;
  postcode: string;
  travelMiles: string;
  /** Per day: HH:MM start and end, both empty for a day not offered. */
  slots: Record<string, { start: string; end: string }>;
}

/** What the listing form gives the API: the fields of CreateListingInput and UpdateListingInput it fills. */
export interface ListingInput {
  title: string;
  description: string;
  category: Activity;
  pricePence: number;
  priceUnit: PriceUnit;
  capacity?: ListingCapacity;
  postcode?: string;
  travelMiles: number;
  availability: AvailabilityInput[];
}

/**
 * Reads the listing form: one row per day of the week, with a start and an end time (both blank for a day
 * not offered), so it works without JavaScript. `postcodeRequired` is false when editing (blank keeps it).
 */
export function parseListingForm(
  body: unknown,
  options: { postcodeRequired: boolean },
): { kind: 'invalid'; errors: FormErrors } | { kind: 'ok'; input: ListingInput } {
  const text = (name: string) => {
    const value = (body as Record<string, unknown> | undefined)?.[name];
    return typeof value === 'string' ? value.trim() : '';
  };
  const problems: Record<string, string> = {};
  const title = text('title');
  const description = text('description');
  const category = text('category');
  const price = text('price').replace(/^£/, '');
  const priceUnit = text('priceUnit');
  const postcode = text('postcode');
  const travelMiles = text('travelMiles');
  if (!title) problems.title = 'Enter a short name for the service';
  if (!description) problems.description = 'Say what you offer, in a few sentences';
  if (!category) problems.category = 'Choose the kind of support';
  const payWhatYouCan = priceUnit === 'PAY_WHAT_YOU_CAN';
  if (payWhatYouCan ? price !== '' && Number(price) !== 0 : !/^\d+(\.\d{1,2})?$/.test(price))
    problems.price = payWhatYouCan
      ? 'Leave the price empty when people pay what they can'
      : 'Enter a price in pounds, like 18.50, or 0 if it is free';
  const capacity = text('capacity');
  if (!priceUnit) problems.priceUnit = 'Choose whether the price is for an hour, a session or a day';
  if (!postcode && options.postcodeRequired) problems.postcode = 'Enter the postcode you work from';
  if (!/^\d+(\.\d)?$/.test(travelMiles) || Number(travelMiles) > 100)
    problems.travelMiles = 'Enter how many miles you travel, from 0 to 100';
  const availability: ListingInput['availability'] = [];
  for (const day of WEEK_DAYS) {
    const start = text(`${day}-start`);
    const end = text(`${day}-end`);
    if (!start && !end) continue;
    const startTime = timeFrom(start);
    const endTime = timeFrom(end);
    const name = day.charAt(0) + day.slice(1).toLowerCase();
    if (!startTime || !endTime) {
      problems[`${day}-start`] = `Enter both times for ${name} ${TIME_EXAMPLE}, or leave both empty`;
      continue;
    }
    if (endTime <= startTime) {
      problems[`${day}-start`] = `${name} ends before it starts: put the earlier time first`;
      continue;
    }
    availability.push({ dayOfWeek: day as DayOfWeek, startTime, endTime });
  }
  if (availability.length === 0 && !problems['MONDAY-start'])
    problems['MONDAY-start'] = 'Give the times for at least one day';
  if (Object.keys(problems).length > 0) return { kind: 'invalid', errors: fieldErrors(problems) };
  return {
    kind: 'ok',
    input: {
      title,
      description,
      // The form offers only the API's values; the API refuses any other.
      category: category as Activity,
      pricePence: payWhatYouCan ? 0 : Math.round(Number(price) * 100),
      priceUnit: priceUnit as PriceUnit,
      ...(capacity ? { capacity: capacity as ListingCapacity } : {}),
      ...(postcode ? { postcode } : {}),
      travelMiles: Number(travelMiles),
      availability,
    },
  };
}
