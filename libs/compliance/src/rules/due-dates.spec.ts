import {
  expiresOnFor,
  firstDueOn,
  firstPaymentsOnAccount,
  latestExpiryFor,
  nextChaseOn,
  reminderOffsetOn,
  selfAssessmentRegistrationDue,
  selfAssessmentReturnDue,
  taxYearEndYear,
} from './due-dates';

describe('due-date rules', () => {
  describe('the tax year (6 April to 5 April)', () => {
    it.each([
      ['2027-04-05', 2027],
      ['2027-04-06', 2028],
      ['2026-06-01', 2027],
      ['2027-01-01', 2027],
      ['2027-12-31', 2028],
      ['2028-02-29', 2028],
    ])('%s falls in the tax year ending in %i', (date, year) => {
      expect(taxYearEndYear(date)).toBe(year);
    });
  });

  describe('HMRC Self Assessment registration: 5 October after the tax year trading started in', () => {
    it.each([
      ['2027-04-05', '2027-10-05'], // last day of the 2026-27 tax year
      ['2027-04-06', '2028-10-05'], // first day of the 2027-28 tax year
      ['2026-06-01', '2027-10-05'], // PRODUCT.md's example
      ['2027-03-01', '2027-10-05'], // the example
      ['2028-02-29', '2028-10-05'], // leap day
    ])('trading from %s: register by %s', (start, due) => {
      expect(selfAssessmentRegistrationDue(start)).toBe(due);
    });
  });

  describe('HMRC Self Assessment return and payments on account', () => {
    it.each([
      // The first payment on account for the second tax year falls with the first return.
      ['2027-04-05', '2028-01-31', ['2028-01-31', '2028-07-31']],
      ['2027-04-06', '2029-01-31', ['2029-01-31', '2029-07-31']],
      ['2027-03-01', '2028-01-31', ['2028-01-31', '2028-07-31']],
    ])('trading from %s: first return by %s, first payments on account %j', (start, returnDue, payments) => {
      expect(selfAssessmentReturnDue(start)).toBe(returnDue);
      expect(firstPaymentsOnAccount(start)).toEqual(payments);
    });
  });

  describe('first due date from the catalogue rule', () => {
    it.each([
      [{ kind: 'BEFORE_TRADING_START', daysBefore: 28 } as const, '2027-03-01', '2027-02-01'],
      [{ kind: 'BEFORE_TRADING_START', daysBefore: 28 } as const, '2028-03-01', '2028-02-02'],
      [{ kind: 'BEFORE_TRADING_START', daysBefore: 0 } as const, '2027-03-01', '2027-03-01'],
      [{ kind: 'SELF_ASSESSMENT_REGISTRATION' } as const, '2027-03-01', '2027-10-05'],
      [{ kind: 'SELF_ASSESSMENT_RETURN' } as const, '2027-03-01', '2028-01-31'],
      [{ kind: 'NONE' } as const, '2027-03-01', null],
      [{ kind: 'BEFORE_TRADING_START', daysBefore: 28 } as const, null, null],
      [{ kind: 'SELF_ASSESSMENT_REGISTRATION' } as const, null, null],
    ])('%j with trading from %s is due %s', (rule, start, due) => {
      expect(firstDueOn(rule, start)).toBe(due);
    });
  });

  describe('validity', () => {
    it.each([
      [36, 'COMPLETION', '2024-02-29', null, '2027-02-28'],
      [12, 'COMPLETION', '2024-02-29', null, '2025-02-28'],
      [12, 'COMPLETION', '2027-01-31', null, '2028-01-31'],
      [1, 'COMPLETION', '2023-01-31', null, '2023-02-28'],
      [12, 'DUE_DATE', '2027-12-10', '2028-01-31', '2029-01-31'], // filed early: next return, not 12 months on
      [12, 'DUE_DATE', '2028-01-31', '2028-01-31', '2029-01-31'], // filed on the day
      [12, 'DUE_DATE', '2028-03-01', '2028-01-31', '2029-01-31'], // filed late: the missed deadline moves a year
      [12, 'DUE_DATE', '2028-12-01', '2029-01-31', '2030-01-31'], // the next year's return
      [12, 'DUE_DATE', '2028-12-01', '2030-01-31', '2030-01-31'], // the same return recorded again
      [12, 'DUE_DATE', '2027-12-10', null, '2028-12-10'], // no deadline known: from completion
      [null, 'COMPLETION', '2027-01-10', null, null],
    ] as const)(
      '%s months from %s, completed %s (due %s): expires %s',
      (months, from, completed, due, expires) => {
        expect(expiresOnFor(months, from, completed, due)).toBe(expires);
      },
    );
  });

  describe('the latest expiry a provider may record', () => {
    it.each([
      [36, 'COMPLETION', '2027-01-10', null, '2030-01-10'],
      [12, 'COMPLETION', '2027-01-10', '2027-03-01', '2028-01-10'],
      [12, 'DUE_DATE', '2027-12-10', '2028-01-31', '2029-01-31'], // the rule's own expiry is later than 12 months
      [12, 'DUE_DATE', '2028-03-01', '2028-01-31', '2029-03-01'], // filed late: 12 months from completion
      [null, 'COMPLETION', '2027-01-10', null, '2037-01-10'], // no validity: ten years
    ] as const)(
      '%s months from %s, completed %s (due %s): at most %s',
      (months, from, completed, due, latest) => {
        expect(latestExpiryFor(months, from, completed, due)).toBe(latest);
      },
    );
  });

  describe('chasing an application every 28 days while in progress', () => {
    it.each([
      ['2027-01-01', '2027-01-01', '2027-01-29'], // sent today: first chase in 28 days
      ['2027-01-01', '2027-01-15', '2027-01-29'],
      ['2027-01-01', '2027-01-29', '2027-01-29'], // a chase day is its own next chase
      ['2027-01-01', '2027-01-30', '2027-02-26'],
      ['2028-02-01', '2028-02-20', '2028-02-29'], // leap year
    ])('sent %s, on %s the next chase is %s', (since, today, next) => {
      expect(nextChaseOn(since, today, 28)).toBe(next);
    });
  });

  describe('reminder offsets: 30, 7, 1 days before, on the day, then weekly while past', () => {
    const offsets = [30, 7, 1, 0];
    it.each([
      ['2027-03-01', '2027-01-30', 30],
      ['2027-03-01', '2027-02-22', 7],
      ['2027-03-01', '2027-02-28', 1],
      ['2027-03-01', '2027-03-01', 0],
      ['2027-03-01', '2027-03-08', -7],
      ['2027-03-01', '2027-03-15', -14],
      ['2027-03-01', '2027-02-27', null],
      ['2027-03-01', '2027-03-02', null],
      ['2028-03-01', '2028-01-31', 30], // leap February
    ])('%s seen on %s: offset %s', (target, day, offset) => {
      expect(reminderOffsetOn(target, day, offsets)).toBe(offset);
    });

    it('uses an Area’s own offsets', () => {
      expect(reminderOffsetOn('2027-03-01', '2027-01-30', [60, 14])).toBeNull();
      expect(reminderOffsetOn('2027-03-01', '2026-12-31', [60, 14])).toBe(60);
    });
  });
});
