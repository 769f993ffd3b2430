import { addDays, daysBetween } from '@small-places/platform';
/**
 * Budget periods are counted in whole calendar days from the budget's start date, so month ends, leap
 * days and clock changes need no special cases: period k covers [start + k·length, start + (k+1)·length − 1].
 * Dates are `YYYY-MM-DD` strings (Europe/London calendar days); arithmetic is done on UTC midnights.
 */

export const DEFAULT_PERIOD_DAYS = 28;
export const MIN_PERIOD_DAYS = 7;
export const MAX_PERIOD_DAYS = 92;

export interface PeriodBounds {
  /** 0 for the first period. */
  index: number;
  startsOn: string;
  /** Inclusive. */
  endsOn: string;
}

export function periodAt(budgetStartsOn: string, periodDays: number, index: number): PeriodBounds {
  const startsOn = addDays(budgetStartsOn, index * periodDays);
  return { index, startsOn, endsOn: addDays(startsOn, periodDays - 1) };
}

/** The period that contains `date`, or null before the budget starts. */
export function periodContaining(
  budgetStartsOn: string,
  periodDays: number,
  date: string,
): PeriodBounds | null {
  const days = daysBetween(budgetStartsOn, date);
  if (days < 0) return null;
  return periodAt(budgetStartsOn, periodDays, Math.floor(days / periodDays));
}

/** Every period from the first up to the one containing `today` (none before the start date). */
export function periodsUpTo(budgetStartsOn: string, periodDays: number, today: string): PeriodBounds[] {
  const last = periodContaining(budgetStartsOn, periodDays, today);
  if (!last) return [];
  return Array.from({ length: last.index + 1 }, (_, index) => periodAt(budgetStartsOn, periodDays, index));
}
