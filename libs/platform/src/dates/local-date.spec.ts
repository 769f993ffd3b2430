import { addDays, addMonths, daysBetween } from './local-date';

describe('calendar arithmetic on YYYY-MM-DD', () => {
  it.each([
    ['2027-03-01', -28, '2027-02-01'],
    ['2028-03-01', -28, '2028-02-02'], // leap year: February has 29 days
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-03-28', 1, '2027-03-29'], // the clocks change on 28 March 2027: no day is lost
    ['2027-10-31', 1, '2027-11-01'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2024-02-29', 12, '2025-02-28'], // leap day to a common year
    ['2024-02-29', 48, '2028-02-29'], // leap day to a leap year
    ['2023-01-31', 1, '2023-02-28'], // month end into a short month
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-03-31', 1, '2023-04-30'],
    ['2023-08-31', 36, '2026-08-31'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-12-15', 1, '2028-01-15'], // across a year end
    ['2027-01-15', -1, '2026-12-15'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2027-01-01', '2027-01-31', 30],
    ['2027-01-31', '2027-01-01', -30],
    ['2028-02-28', '2028-03-01', 2],
    ['2027-02-28', '2027-03-01', 1],
    ['2027-03-27', '2027-03-29', 2],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});
