import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { Activity } from '@small-places/compliance';
import {
  AppError,
  createValidationPipe,
  fastCheckOf,
  PageArgs,
  VALIDATION_OPTIONS,
} from '@small-places/platform';
import { readDistricts, randomSearch, seeded } from '../../../../test/bench/scenarios/search';
import { DayOfWeek } from '../listings/listing-vocabulary';
import { ListingSearchInput } from './listing.inputs';

/**
 * The search's fast checks (fast-check.ts) against class-validator itself: whatever a fast check lets
 * through, class-validator must let through too and make the same instance of; whatever it cannot vouch
 * for goes to class-validator, so the pipe answers exactly as before.
 */
const classValidator = new ValidationPipe(VALIDATION_OPTIONS);
const pipe = createValidationPipe();
const asArgs = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'body', metatype });

type Outcome = { accepted: Record<string, unknown>; type: unknown } | { refused: unknown };

async function outcome(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    const value = (await run()) as object;
    return { accepted: { ...value }, type: value.constructor };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { refused: { message: error.message, code: error.code, fields: error.fields } };
  }
}

const CHOICES: Record<string, unknown[]> = {
  postcode: [
    'TA1',
    ' ta1 1aa ',
    'E1',
    '',
    '   ',
    'x'.repeat(16),
    'x'.repeat(17),
    ` ${'x'.repeat(16)} `,
    '\ufe0f',
    '🏠',
    'é1',
    5,
    null,
    undefined,
  ],
  radiusMiles: [0, -1, 0.1, 2, 25.5, 100, 100.0001, Number.NaN, Infinity, '5', null, undefined],
  category: [...Object.values(Activity), 'NOPE', 3, null, undefined],
  text: [
    'cleaning',
    'Margret',
    '  ',
    '',
    'x'.repeat(200),
    'x'.repeat(201),
    ` ${'x'.repeat(200)} `,
    '😀'.repeat(101),
    7,
    null,
    undefined,
  ],
  maxPricePence: [0, -1, 1.5, 1500, '100', null, undefined],
  dayOfWeek: [...Object.values(DayOfWeek), 'FUNDAY', null, undefined],
  takingNewPeople: [true, false, 'true', 1, null, undefined],
  verifiedOnly: [true, false, 'false', 0, null, undefined],
  somethingElse: [undefined, undefined, undefined, 'x'],
};

function generated(count: number): Record<string, unknown>[] {
  const random = seeded(19);
  return Array.from({ length: count }, () => {
    const input: Record<string, unknown> = {};
    for (const [key, values] of Object.entries(CHOICES)) {
      // Mostly valid fields, so that whole inputs are often valid and both answers get compared.
      const value = random() < 0.6 ? values[0] : values[Math.floor(random() * values.length)];
      if (value !== undefined || random() < 0.2) input[key] = value;
    }
    return input;
  });
}

describe('the listing search fast check', () => {
  const check = fastCheckOf(ListingSearchInput)!;

  it('lets through only what class-validator lets through, as the same instance', async () => {
    let vouched = 0;
    for (const input of generated(2000)) {
      const fast = check(input);
      const slow = await outcome(() => classValidator.transform(input, asArgs(ListingSearchInput)));
      if (fast !== undefined) {
        vouched++;
        expect({ input, outcome: slow }).toEqual({
          input,
          outcome: { accepted: { ...fast }, type: ListingSearchInput },
        });
      }
      // Through the app's pipe every input is answered as class-validator answers it.
      expect({
        input,
        outcome: await outcome(() => pipe.transform(input, asArgs(ListingSearchInput))),
      }).toEqual({
        input,
        outcome: slow,
      });
    }
    expect(vouched).toBeGreaterThan(40);
  });

  it('vouches for every search of the benchmark, so the fast path is the one taken', () => {
    const random = seeded(7);
    const districts = readDistricts();
    for (let i = 0; i < 500; i++) {
      const { input } = randomSearch(districts, random);
      const plain = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
      expect(check({ ...plain, verifiedOnly: true })).toBeInstanceOf(ListingSearchInput);
    }
  });

  it('trims the postcode and the text as the decorators do', () => {
    expect({ ...(check({ postcode: ' ta1 ', radiusMiles: 5, text: ' tea ' }) as object) }).toEqual(
      expect.objectContaining({ postcode: 'ta1', text: 'tea' }),
    );
  });

  it('still refuses bad input with BAD_USER_INPUT naming the field', async () => {
    await expect(
      pipe.transform({ postcode: 'TA1', radiusMiles: 101 }, asArgs(ListingSearchInput)),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { radiusMiles: ['radiusMiles must not be greater than 100'] },
    });
  });
});

describe('the page arguments fast check', () => {
  const check = fastCheckOf(PageArgs)!;

  it('lets through only what class-validator lets through', async () => {
    const firsts = [0, 1, 20, 100, 1000, -1, 1.5, '20', null, undefined];
    const afters = ['abc', '', 'x'.repeat(512), 'x'.repeat(513), 5, null, undefined];
    for (const first of firsts) {
      for (const after of afters) {
        // `@Args()` hands the pipe every argument of the operation, the search's input among them.
        for (const extra of [{}, { other: 1 }, { input: { postcode: 'TA1', radiusMiles: 5 } }]) {
          const input = { first, after, ...extra };
          const fast = check(input);
          const slow = await outcome(() => classValidator.transform(input, asArgs(PageArgs)));
          if (fast !== undefined) {
            expect({ input, outcome: slow }).toEqual({
              input,
              outcome: { accepted: { ...fast }, type: PageArgs },
            });
          }
          expect({ input, outcome: await outcome(() => pipe.transform(input, asArgs(PageArgs))) }).toEqual({
            input,
            outcome: slow,
          });
        }
      }
    }
    expect(check({ first: 20 })).toBeInstanceOf(PageArgs);
    expect(check({ input: { postcode: 'TA1' }, first: 20 })).toEqual(
      Object.assign(new PageArgs(), { first: 20 }),
    );
  });
});
