import { addDays, addMonths, daysBetween, yearOf } from '@small-places/platform';

/** How a requirement's first due date follows from the enterprise's facts (stored as jsonb in the catalogue). */
export type DueRule =
  /** No deadline of its own: recommended items, or ones a Catalyst agrees a date for. */
  | { kind: 'NONE' }
  /** A number of days before trading starts (0: by the day trading starts). */
  | { kind: 'BEFORE_TRADING_START'; daysBefore: number }
  /** HMRC: register by 5 October after the end of the tax year in which trading started. */
  | { kind: 'SELF_ASSESSMENT_REGISTRATION' }
  /** HMRC: the first online return is due 31 January after the end of the first tax year, then yearly. */
  | { kind: 'SELF_ASSESSMENT_RETURN' };

/** Whether fresh evidence lasts from the day it was completed, or from the deadline it met. */
export type ValidityFrom = 'COMPLETION' | 'DUE_DATE';

/**
 * The year in which the UK tax year containing `date` ends. A tax year runs 6 April to 5 April, so
 * 5 April 2027 is in the year ending 2027 and 6 April 2027 in the year ending 2028.
 */
export function taxYearEndYear(date: string): number {
  const year = yearOf(date);
  return date.slice(5) <= '04-05' ? year : year + 1;
}

export function selfAssessmentRegistrationDue(tradingStartsOn: string): string {
  return `${taxYearEndYear(tradingStartsOn)}-10-05`;
}

export function selfAssessmentReturnDue(tradingStartsOn: string): string {
  return `${taxYearEndYear(tradingStartsOn) + 1}-01-31`;
}

/**
 * Payments on account start with the second tax year: 31 January in it and 31 July after it, which are the
 * same January as the first return and the July after. Shown in guidance; the checklist tracks the return.
 */
export function firstPaymentsOnAccount(tradingStartsOn: string): [string, string] {
  const year = taxYearEndYear(tradingStartsOn) + 1;
  return [`${year}-01-31`, `${year}-07-31`];
}

/** The first due date of a requirement for an enterprise; null while the trading start is unknown. */
export function firstDueOn(rule: DueRule, tradingStartsOn: string | null): string | null {
  if (rule.kind === 'NONE' || tradingStartsOn === null) return null;
  switch (rule.kind) {
    case 'BEFORE_TRADING_START':
      return addDays(tradingStartsOn, -rule.daysBefore);
    case 'SELF_ASSESSMENT_REGISTRATION':
      return selfAssessmentRegistrationDue(tradingStartsOn);
    case 'SELF_ASSESSMENT_RETURN':
      return selfAssessmentReturnDue(tradingStartsOn);
  }
}

/**
 * When evidence recorded as done stops counting. Evidence anchored to completion (a DBS certificate, a
 * course) lasts `validityMonths` from that day. Evidence anchored to a recurring deadline (a yearly tax
 * return) lasts until the same deadline next cycle: filed early, it meets the earliest deadline on or after
 * filing; filed late, the deadline it missed. `currentDeadline` is the deadline outstanding when it was
 * recorded (the due date, or the previous evidence's expiry); without one, completion is the anchor.
 */
export function expiresOnFor(
  validityMonths: number | null,
  validityFrom: ValidityFrom,
  completedOn: string,
  currentDeadline: string | null,
): string | null {
  if (validityMonths === null) return null;
  if (validityFrom === 'COMPLETION' || currentDeadline === null)
    return addMonths(completedOn, validityMonths);
  let met = currentDeadline;
  while (addMonths(met, -validityMonths) >= completedOn) met = addMonths(met, -validityMonths);
  return addMonths(met, validityMonths);
}

/** Evidence of a requirement with no validity rule (a registration) is not recorded as lasting longer. */
export const MAX_EXPIRY_WITHOUT_VALIDITY_YEARS = 10;

/**
 * The latest expiry date a provider may record (PRODUCT.md §3.3): what the requirement's validity allows from
 * the completion date (or the recurring deadline it meets), or 10 years when the requirement has no validity.
 */
export function latestExpiryFor(
  validityMonths: number | null,
  validityFrom: ValidityFrom,
  completedOn: string,
  currentDeadline: string | null,
): string {
  if (validityMonths === null) return addMonths(completedOn, MAX_EXPIRY_WITHOUT_VALIDITY_YEARS * 12);
  const byRule = expiresOnFor(validityMonths, validityFrom, completedOn, currentDeadline)!;
  const fromCompletion = addMonths(completedOn, validityMonths);
  return byRule > fromCompletion ? byRule : fromCompletion;
}

/**
 * While an application (CQC, Shared Lives) is in progress we chase it every `everyDays` days from the day it
 * was submitted: the first such day on or after `today`, never the submission day itself.
 */
export function nextChaseOn(inProgressSince: string, today: string, everyDays: number): string {
  const elapsed = daysBetween(inProgressSince, today);
  const periods = Math.max(1, Math.ceil(elapsed / everyDays));
  return addDays(inProgressSince, periods * everyDays);
}

/**
 * Which reminder, if any, a date triggers on `day`: one of `offsetsDays` days before it (0 = on the day),
 * then every 7 days while it is past (returned as a negative offset: -7, -14...).
 */
export function reminderOffsetOn(target: string, day: string, offsetsDays: readonly number[]): number | null {
  const daysBefore = daysBetween(day, target);
  if (daysBefore >= 0) return offsetsDays.includes(daysBefore) ? daysBefore : null;
  return daysBefore % 7 === 0 ? daysBefore : null;
}
