import { addDays } from './local-date';

/**
 * Bank holidays in England and Wales (gov.uk/bank-holidays, substitute days included), 2025 to 2028. Extend it
 * each year from https://www.gov.uk/bank-holidays.json; after the last year only weekends are skipped.
 */
export const ENGLAND_BANK_HOLIDAYS: ReadonlySet<string> = new Set([
  '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26',
  '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
  '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28',
  '2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26',
]); // prettier-ignore

/** Monday to Friday, not a bank holiday in England. */
export function isWorkingDay(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !ENGLAND_BANK_HOLIDAYS.has(date);
}

/** The `count`th working day after `date` (a Friday + 1 is the Monday; `date` itself never counts). */
export function addWorkingDays(date: string, count: number): string {
  let day = date;
  for (let left = count; left > 0;) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/** Every date whose `count`th working day after it is `day` (none when `day` is not a working day). */
export function datesWorkingDaysBefore(day: string, count: number): string[] {
  const dates: string[] = [];
  // `count` working days never span more than count + 2 weekends' and a Christmas's worth of days.
  for (let back = count * 3 + 10; back >= 1; back -= 1) {
    const candidate = addDays(day, -back);
    if (addWorkingDays(candidate, count) === day) dates.push(candidate);
  }
  return dates;
}
