import {
  availabilityInWords,
  bookingWhen,
  dateFromParts,
  fitsAvailability,
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
