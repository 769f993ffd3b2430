import { DayOfWeek, PriceUnit } from '@small-places/marketplace';
import {
  bookingCost,
  fitsAvailability,
  freeTimes,
  londonMoment,
  londonWallClock,
  sameLocalTimeWeeksLater,
  timeProblem,
} from './booking-rules';

const weekdays = [
  { dayOfWeek: DayOfWeek.MONDAY, startTime: '09:00', endTime: '17:00' },
  { dayOfWeek: DayOfWeek.SATURDAY, startTime: '10:00:00', endTime: '12:00:00' },
  { dayOfWeek: DayOfWeek.SUNDAY, startTime: '20:00', endTime: '24:00' },
];

describe('londonMoment', () => {
  it('reads British Summer Time and Greenwich Mean Time', () => {
    expect(londonMoment(new Date('2027-07-05T08:30:00Z'))).toEqual({
      date: '2027-07-05',
      day: 'MONDAY',
      time: '09:30',
    });
    expect(londonMoment(new Date('2027-01-04T08:30:00Z'))).toEqual({
      date: '2027-01-04',
      day: 'MONDAY',
      time: '08:30',
    });
    expect(londonMoment(new Date('2027-03-27T23:30:00Z'))).toEqual({
      date: '2027-03-27',
      day: 'SATURDAY',
      time: '23:30',
    });
  });
});

describe('fitsAvailability', () => {
  it.each([
    ['inside a winter Monday slot', '2027-01-04T09:00:00Z', '2027-01-04T11:00:00Z', true],
    ['inside a summer Monday slot (BST)', '2027-07-05T08:00:00Z', '2027-07-05T16:00:00Z', true],
    ['starting before the slot', '2027-01-04T08:30:00Z', '2027-01-04T10:00:00Z', false],
    ['running past the slot in summer', '2027-07-05T15:30:00Z', '2027-07-05T16:30:00Z', false],
    ['on a day with no slot', '2027-01-05T10:00:00Z', '2027-01-05T11:00:00Z', false],
    ['ending exactly at the slot end', '2027-01-09T11:00:00Z', '2027-01-09T12:00:00Z', true],
    ['to midnight on a slot ending 24:00', '2027-01-10T22:00:00Z', '2027-01-11T00:00:00Z', true],
    ['over midnight', '2027-01-10T23:00:00Z', '2027-01-11T01:00:00Z', false],
  ])('%s', (_, start, end, fits) => {
    expect(fitsAvailability(new Date(start), new Date(end), weekdays)).toBe(fits);
  });
});

describe('bookingCost at £15', () => {
  const start = new Date('2027-01-04T09:00:00Z');
  it.each([
    [PriceUnit.HOUR, 90, 2250],
    [PriceUnit.HOUR, 61, 1525],
    [PriceUnit.HOUR, 1, 25],
    [PriceUnit.SESSION, 45, 1500],
    [PriceUnit.DAY, 480, 1500],
  ])('%s for %i minutes', (unit, minutes, pence) => {
    expect(bookingCost(1500, unit, start, new Date(start.getTime() + minutes * 60_000))).toBe(pence);
  });
});

describe('timeProblem', () => {
  const now = new Date('2027-01-01T12:00:00Z');
  it.each([
    ['2027-01-04T10:00:00Z', '2027-01-04T09:00:00Z', 'ENDS_BEFORE_START'],
    ['2027-01-04T09:00:00Z', '2027-01-04T09:00:00Z', 'ENDS_BEFORE_START'],
    ['2026-12-31T09:00:00Z', '2026-12-31T10:00:00Z', 'IN_THE_PAST'],
    ['2027-01-04T06:00:00Z', '2027-01-04T18:01:00Z', 'TOO_LONG'],
    ['2027-01-04T06:00:30Z', '2027-01-04T07:00:00Z', 'NOT_WHOLE_MINUTES'],
    ['2027-01-04T06:00:00Z', '2027-01-04T18:00:00Z', null],
    ['2029-01-01T12:00:00Z', '2029-01-01T13:00:00Z', null],
    ['2029-01-01T12:01:00Z', '2029-01-01T13:00:00Z', 'TOO_FAR_AHEAD'],
    ['2031-06-01T09:00:00Z', '2031-06-01T10:00:00Z', 'TOO_FAR_AHEAD'],
  ])('%s to %s', (start, end, problem) => {
    expect(timeProblem(new Date(start), new Date(end), now)).toBe(problem);
  });
});

describe('sameLocalTimeWeeksLater', () => {
  it('keeps 10:00 local across the October clock change', () => {
    const first = new Date('2027-10-25T09:00:00Z'); // Monday 10:00 BST
    const next = sameLocalTimeWeeksLater(first, 1); // Monday 1 November, 10:00 GMT
    expect(next.toISOString()).toBe('2027-11-01T10:00:00.000Z');
    expect(londonMoment(next)).toEqual({ date: '2027-11-01', day: 'MONDAY', time: '10:00' });
  });

  it('keeps 10:00 local across the March clock change', () => {
    const next = sameLocalTimeWeeksLater(new Date('2027-03-22T10:00:00Z'), 1);
    expect(next.toISOString()).toBe('2027-03-29T09:00:00.000Z');
  });

  it('moves on whole weeks', () => {
    expect(sameLocalTimeWeeksLater(new Date('2027-01-04T09:00:00Z'), 4).toISOString()).toBe(
      '2027-02-01T09:00:00.000Z',
    );
  });
});

describe('londonWallClock', () => {
  it.each([
    ['a winter morning', '2027-01-04', '09:00', '2027-01-04T09:00:00.000Z'],
    ['a summer morning (BST)', '2027-07-05', '09:00', '2027-07-05T08:00:00.000Z'],
    ['the end of a day', '2027-01-03', '24:00', '2027-01-04T00:00:00.000Z'],
  ])('%s', (_name, date, time, instant) => {
    expect(londonWallClock(date, time).toISOString()).toBe(instant);
  });
});

describe('freeTimes', () => {
  const iso = (spans: { startsAt: Date; endsAt: Date }[]) =>
    spans.map((span) => [span.startsAt.toISOString(), span.endsAt.toISOString()]);

  it('lists each slot for the weeks asked, in order, from now on', () => {
    // Monday 4 January 2027 at 10:07: the Monday slot is free from 10:15 (the next quarter hour).
    const now = new Date('2027-01-04T10:07:00Z');
    expect(iso(freeTimes(weekdays, [], now, 1))).toEqual([
      ['2027-01-04T10:15:00.000Z', '2027-01-04T17:00:00.000Z'],
      ['2027-01-09T10:00:00.000Z', '2027-01-09T12:00:00.000Z'],
      ['2027-01-10T20:00:00.000Z', '2027-01-11T00:00:00.000Z'],
    ]);
    expect(freeTimes(weekdays, [], now, 2)).toHaveLength(6);
  });

  it('leaves out the times already taken, splitting a slot around them', () => {
    const now = new Date('2027-01-03T12:00:00Z');
    const taken = [
      { startsAt: new Date('2027-01-04T11:00:00Z'), endsAt: new Date('2027-01-04T13:00:00Z') },
      { startsAt: new Date('2027-01-09T10:00:00Z'), endsAt: new Date('2027-01-09T12:00:00Z') },
    ];
    expect(iso(freeTimes(weekdays, taken, now, 1))).toEqual([
      ['2027-01-03T20:00:00.000Z', '2027-01-04T00:00:00.000Z'],
      ['2027-01-04T09:00:00.000Z', '2027-01-04T11:00:00.000Z'],
      ['2027-01-04T13:00:00.000Z', '2027-01-04T17:00:00.000Z'],
    ]);
  });

  it('follows the London wall clock into British Summer Time', () => {
    const now = new Date('2027-07-04T12:00:00Z');
    const mondays = weekdays.filter((slot) => slot.dayOfWeek === DayOfWeek.MONDAY);
    expect(iso(freeTimes(mondays, [], now, 1))).toEqual([
      ['2027-07-05T08:00:00.000Z', '2027-07-05T16:00:00.000Z'],
    ]);
  });
});
