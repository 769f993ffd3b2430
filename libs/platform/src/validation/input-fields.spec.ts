import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { OptionalText } from './input-fields';
import { WithinYearsOfToday } from './is-local-date';

class Example {
  @OptionalText(10) note?: string | null;
  @WithinYearsOfToday({ yearsBefore: 5, yearsAfter: 2 }) on?: string;
}

const problems = async (plain: Record<string, unknown>) =>
  (await validate(plainToInstance(Example, plain))).map((error) => error.property);

describe('OptionalText', () => {
  it('accepts text, nothing and null, trimmed', async () => {
    expect(await problems({ note: ' hello ' })).toEqual([]);
    expect(plainToInstance(Example, { note: ' hello ' }).note).toBe('hello');
    expect(await problems({})).toEqual([]);
    expect(await problems({ note: null })).toEqual([]);
  });

  it('refuses blank and too long text', async () => {
    expect(await problems({ note: '' })).toEqual(['note']);
    expect(await problems({ note: '   ' })).toEqual(['note']);
    expect(await problems({ note: 'x'.repeat(11) })).toEqual(['note']);
  });
});

describe('WithinYearsOfToday', () => {
  const year = new Date().getUTCFullYear();

  it('accepts dates within the window', async () => {
    expect(await problems({ on: `${year + 2}-12-31` })).toEqual([]);
    expect(await problems({ on: `${year - 5}-01-01` })).toEqual([]);
  });

  it('refuses dates beyond it', async () => {
    expect(await problems({ on: `${year + 3}-01-01` })).toEqual(['on']);
    expect(await problems({ on: '9999-12-31' })).toEqual(['on']);
    expect(await problems({ on: '1900-01-01' })).toEqual(['on']);
  });
});
