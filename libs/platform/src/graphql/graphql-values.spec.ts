import { Kind } from 'graphql';
import { AppError } from '../errors/app-error';
import { normalisePostcode, postcodeDistrict } from '../postcode/postcode-format';
import { decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageSize } from './pagination';
import { isLocalDate, LocalDateScalar } from './scalars';

describe('Date scalar', () => {
  it.each(['2027-03-01', '2028-02-29', '2026-12-31'])('accepts %s', (value) => {
    expect(isLocalDate(value)).toBe(true);
    expect(LocalDateScalar.parseValue(value)).toBe(value);
  });

  it.each(['2027-02-29', '2027-13-01', '2027-3-1', '01/03/2027', '2027-03-01T00:00:00Z', ''])(
    'refuses %s',
    (value) => {
      expect(isLocalDate(value)).toBe(false);
      expect(() => LocalDateScalar.parseValue(value)).toThrow(/YYYY-MM-DD/);
    },
  );

  it('refuses a number literal', () => {
    expect(() => LocalDateScalar.parseLiteral({ kind: Kind.INT, value: '20270301' })).toThrow();
  });
});

describe('pagination', () => {
  it('defaults, clamps and floors the page size', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(500)).toBe(MAX_PAGE_SIZE);
    expect(pageSize(0)).toBe(0);
  });

  it('round-trips cursors and refuses tampered ones', () => {
    const cursor = encodeCursor(['Village Care', '6f1c1a52-4bd1-4b6e-9a43-1d7c0f1b2c3d']);
    expect(cursor).not.toMatch(/Village/);
    expect(decodeCursor(cursor, 2)).toEqual(['Village Care', '6f1c1a52-4bd1-4b6e-9a43-1d7c0f1b2c3d']);
    expect(() => decodeCursor(cursor, 3)).toThrow(AppError);
    expect(() => decodeCursor('not-a-cursor!', 2)).toThrow(AppError);
  });
});

describe('postcodes', () => {
  it.each([
    ['SW1A1AA', 'SW1A 1AA'],
    ['sw1a 1aa', 'SW1A 1AA'],
    [' ta1  1aa ', 'TA1 1AA'],
  ])('normalises %s', (input, expected) => expect(normalisePostcode(input)).toBe(expected));

  it('refuses what is not a postcode', () => {
    expect(normalisePostcode('XX99 9XXX')).toBeNull();
    expect(normalisePostcode('hello')).toBeNull();
  });

  it('finds the district of a postcode or of a district', () => {
    expect(postcodeDistrict('ta1 1aa')).toBe('TA1');
    expect(postcodeDistrict('bs16')).toBe('BS16');
    expect(postcodeDistrict('nonsense')).toBeNull();
  });
});
