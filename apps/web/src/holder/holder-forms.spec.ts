import {
  availabilityInWords,
  availabilityProblem,
  bookingWhen,
  costInWords,
  costOf,
  dateFromParts,
  fitsAvailability,
  freeTimeChoices,
  londonInstant,
  penceFrom,
  timeFrom,
} from './holder-forms';

describe('penceFrom', () => {
  it.each([
    ['18.50', 1850],
    ['£18', 1800],
    ['1,200', 120000],
    ['0.5', 50],
  ])('reads %s as %i pence', (text, pence) => {
    expect(penceFrom(text)).toBe(pence);
  });

  it.each(['', 'lots', '18.505', '-3'])('refuses %p', (text) => {
    expect(penceFrom(text)).toBeUndefined();
  });
});

describe('dateFromParts', () => {
  it('reads the three fields of a date input', () => {
    expect(dateFromParts({ 'date-day': '3', 'date-month': '4', 'date-year': '2027' }, 'date')).toBe(
      '2027-04-03',
    );
  });

  it('refuses a date that does not exist, or missing parts', () => {
    expect(dateFromParts({ 'd-day': '31', 'd-month': '2', 'd-year': '2027' }, 'd')).toBeUndefined();
    expect(dateFromParts({ 'd-day': '1', 'd-year': '2027' }, 'd')).toBeUndefined();
  });
});

describe('timeFrom', () => {
  it.each([
    ['9', '09:00'],
    ['9:30', '09:30'],
    ['14.15', '14:15'],
    ['24:00', '24:00'],
  ])('reads %s as %s', (text, time) => {
    expect(timeFrom(text)).toBe(time);
  });

  it.each(['25:00', '9:75', 'noon', '24:30'])('refuses %p', (text) => {
    expect(timeFrom(text)).toBeUndefined();
  });
});

describe('londonInstant', () => {
  it('uses GMT in winter and BST in summer', () => {
    expect(londonInstant('2027-01-12', '10:00')).toBe('2027-01-12T10:00:00.000Z');
    expect(londonInstant('2027-07-12', '10:00')).toBe('2027-07-12T09:00:00.000Z');
  });

  it('reads 24:00 as the midnight that ends the day', () => {
    expect(londonInstant('2027-01-12', '24:00')).toBe('2027-01-13T00:00:00.000Z');
  });
});

describe('fitsAvailability', () => {
  const mondays = [{ dayOfWeek: 'MONDAY', startTime: '08:00', endTime: '12:00' }];

  it('accepts a time inside a slot on its weekday', () => {
    expect(fitsAvailability(mondays, '2027-01-11', '09:00', '12:00')).toBe(true);
  });

  it('refuses another day or a time past the slot', () => {
    expect(fitsAvailability(mondays, '2027-01-12', '09:00', '10:00')).toBe(false);
    expect(fitsAvailability(mondays, '2027-01-11', '11:00', '13:00')).toBe(false);
  });
});

describe('words for people', () => {
  it('says the weekly availability in plain words', () => {
    expect(availabilityInWords([{ dayOfWeek: 'TUESDAY', startTime: '09:00', endTime: '17:00' }])).toEqual([
      'Tuesdays, 09:00 to 17:00',
    ]);
  });

  it('says when a booking is in London time', () => {
    expect(bookingWhen('2027-07-12T09:00:00.000Z', '2027-07-12T11:00:00.000Z')).toBe(
      'Monday 12 July 2027, 10:00 to 12:00',
    );
  });
});

describe('availabilityProblem', () => {
  const mondaysAndThursdays = [
    { dayOfWeek: 'MONDAY', startTime: '09:00', endTime: '17:00' },
    { dayOfWeek: 'THURSDAY', startTime: '09:00', endTime: '12:00' },
  ];

  it('names the weekday and the days the service works', () => {
    expect(availabilityProblem(mondaysAndThursdays, '2026-12-08', '10:00', '11:00')).toBe(
      '8 December 2026 is a Tuesday; this service works on Mondays and Thursdays',
    );
  });

  it('gives that day’s hours when the day is right but the times are not', () => {
    expect(availabilityProblem(mondaysAndThursdays, '2026-12-10', '11:00', '13:00')).toBe(
      'On Thursdays this service works 09:00 to 12:00; choose a start and end time inside that',
    );
  });

  it('says nothing when the time fits', () => {
    expect(availabilityProblem(mondaysAndThursdays, '2026-12-07', '09:00', '17:00')).toBeUndefined();
  });
});

describe('costInWords', () => {
  it('gives one cost, or each week and in all for a series', () => {
    expect(costInWords(costOf(1800, 'HOUR', '2027-01-04', '10:00', '12:00', 1))).toBe('£36.00');
    expect(costInWords(costOf(4000, 'SESSION', '2027-01-04', '10:00', '12:00', 3))).toBe(
      '£40.00 a week, £120.00 in all for 3 weeks',
    );
    expect(costInWords(costOf(0, 'PAY_WHAT_YOU_CAN', '2027-01-04', '10:00', '12:00', 1))).toBe(
      'Pay what you can',
    );
  });
});

describe('freeTimeChoices', () => {
  it('links each free time to the form, filled in with its date and an hour from its start', () => {
    const [winter, short] = freeTimeChoices('listing-1', [
      { startsAt: '2027-01-04T09:00:00.000Z', endsAt: '2027-01-04T17:00:00.000Z' },
      { startsAt: '2027-07-05T15:30:00.000Z', endsAt: '2027-07-05T16:00:00.000Z' },
    ]);
    expect(winter).toEqual({
      day: 'Monday 4 January 2027',
      free: '09:00 to 17:00',
      href: '/listings/listing-1/book/when?date=2027-01-04&start=09%3A00&end=10%3A00#date',
      startTime: '09:00',
    });
    // British Summer Time, and shorter than an hour: it ends where the free time ends.
    expect(short.free).toBe('16:30 to 17:00');
    expect(short.href).toContain('start=16%3A30&end=17%3A00');
  });
});
