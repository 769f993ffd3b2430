import { addDays, daysBetween } from '@small-places/platform';
import { periodAt, periodContaining, periodsUpTo } from './period-maths';

describe('period maths', () => {
  it('adds days across month ends, year ends and leap days', () => {
    expect(addDays('2027-01-31', 1)).toBe('2027-02-01');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('is not thrown by the clocks changing (last Sundays of March and October)', () => {
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29');
    expect(addDays('2027-10-30', 2)).toBe('2027-11-01');
    expect(daysBetween('2027-03-01', '2027-04-01')).toBe(31);
    expect(daysBetween('2027-10-01', '2027-11-01')).toBe(31);
  });

  it('counts days between dates, including leap years', () => {
    expect(daysBetween('2027-01-01', '2028-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2027-03-10', '2027-03-01')).toBe(-9);
  });

  it('gives 28-day periods that end the day before the next starts', () => {
    expect(periodAt('2027-01-15', 28, 0)).toEqual({ index: 0, startsOn: '2027-01-15', endsOn: '2027-02-11' });
    expect(periodAt('2027-01-15', 28, 1)).toEqual({ index: 1, startsOn: '2027-02-12', endsOn: '2027-03-11' });
  });

  it('crosses the leap day of 2028 by counting it', () => {
    expect(periodAt('2028-02-01', 28, 0).endsOn).toBe('2028-02-28');
    expect(periodAt('2028-02-01', 28, 1)).toEqual({ index: 1, startsOn: '2028-02-29', endsOn: '2028-03-27' });
    expect(periodAt('2027-02-01', 28, 1).startsOn).toBe('2027-03-01');
  });

  it('finds the period containing a date, its first and last day included', () => {
    expect(periodContaining('2027-01-01', 7, '2026-12-31')).toBeNull();
    expect(periodContaining('2027-01-01', 7, '2027-01-01')?.index).toBe(0);
    expect(periodContaining('2027-01-01', 7, '2027-01-07')?.index).toBe(0);
    expect(periodContaining('2027-01-01', 7, '2027-01-08')?.index).toBe(1);
    expect(periodContaining('2027-01-31', 92, '2027-05-02')?.index).toBe(0);
    expect(periodContaining('2027-01-31', 92, '2027-05-03')).toEqual({
      index: 1,
      startsOn: '2027-05-03',
      endsOn: '2027-08-02',
    });
  });

  it('lists every period up to today, and none before the start', () => {
    expect(periodsUpTo('2027-06-01', 28, '2027-05-31')).toEqual([]);
    const periods = periodsUpTo('2027-01-01', 28, '2027-03-26');
    expect(periods.map((p) => p.startsOn)).toEqual(['2027-01-01', '2027-01-29', '2027-02-26', '2027-03-26']);
    expect(periods.at(-1)?.endsOn).toBe('2027-04-22');
  });
});
