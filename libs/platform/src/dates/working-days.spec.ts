import { addWorkingDays, datesWorkingDaysBefore, isWorkingDay } from './working-days';

describe('working days in England', () => {
  it.each([
    ['2026-12-01', 5, '2026-12-08'], // Tuesday: over one weekend
    ['2026-12-04', 1, '2026-12-07'], // Friday + 1 is Monday
    ['2026-12-05', 5, '2026-12-11'], // a Saturday counts from Monday
    ['2026-12-22', 5, '2026-12-31'], // Christmas Day and the Boxing Day substitute (28th) skipped
    ['2027-03-24', 2, '2027-03-30'], // Good Friday and Easter Monday 2027
  ])('%s + %i working days is %s', (date, count, expected) => {
    expect(addWorkingDays(date, count)).toBe(expected);
  });

  it('knows weekends and bank holidays', () => {
    expect(isWorkingDay('2026-12-07')).toBe(true);
    expect(isWorkingDay('2026-12-06')).toBe(false);
    expect(isWorkingDay('2026-12-28')).toBe(false);
  });

  it('finds the days whose fifth working day is a given day: a Monday gathers the weekend before', () => {
    expect(datesWorkingDaysBefore('2026-12-08', 5)).toEqual(['2026-12-01']);
    expect(datesWorkingDaysBefore('2026-12-11', 5)).toEqual(['2026-12-04', '2026-12-05', '2026-12-06']);
    expect(datesWorkingDaysBefore('2026-12-12', 5)).toEqual([]);
  });
});
