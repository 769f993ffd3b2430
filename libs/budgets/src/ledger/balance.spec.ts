import {
  LedgerAmount,
  periodBalances,
  pounds,
  poundsText,
  surplusOf,
  surplusThresholdPence,
} from './balance';
import { LedgerKind } from './ledger-kind';

const entry = (periodId: string, kind: LedgerKind, amountPence: number): LedgerAmount => ({
  periodId,
  kind,
  amountPence,
});

describe('periodBalances', () => {
  it('gives an empty period nothing', () => {
    expect(periodBalances(['p1'], [])).toEqual([
      {
        periodId: 'p1',
        allocationPence: 0,
        carriedPence: 0,
        committedPence: 0,
        spentPence: 0,
        remainingPence: 0,
      },
    ]);
  });

  it('follows a booking from commitment to payment, and another to release', () => {
    const entries = [
      entry('p1', LedgerKind.COUNCIL_PAYMENT, 50_000),
      entry('p1', LedgerKind.CONTRIBUTION, 2_000),
      entry('p1', LedgerKind.COMMITMENT, -4_000), // booking A
      entry('p1', LedgerKind.COMMITMENT, -3_000), // booking B
      entry('p1', LedgerKind.PAYMENT, -4_000), // A completed
      entry('p1', LedgerKind.RELEASE, 3_000), // B cancelled
      entry('p1', LedgerKind.COMMITMENT, -1_500), // booking C, still open
      entry('p1', LedgerKind.EXPENSE, -10_000),
    ];
    expect(periodBalances(['p1'], entries)).toEqual([
      {
        periodId: 'p1',
        allocationPence: 52_000,
        carriedPence: 0,
        committedPence: 1_500,
        spentPence: 14_000,
        remainingPence: 52_000 - 1_500 - 14_000,
      },
    ]);
  });

  it('carries what a period leaves into the next, and an overspend as a negative carry', () => {
    const balances = periodBalances(
      ['p1', 'p2', 'p3'],
      [
        entry('p1', LedgerKind.COUNCIL_PAYMENT, 10_000),
        entry('p1', LedgerKind.EXPENSE, -2_500),
        entry('p1', LedgerKind.COMMITMENT, -1_000),
        entry('p2', LedgerKind.COUNCIL_PAYMENT, 10_000),
        entry('p2', LedgerKind.EXPENSE, -20_000),
        entry('p3', LedgerKind.COUNCIL_PAYMENT, 10_000),
      ],
    );
    expect(balances.map((b) => [b.carriedPence, b.remainingPence])).toEqual([
      [0, 6_500],
      [6_500, -3_500],
      [-3_500, 6_500],
    ]);
  });

  it('keeps a commitment in its period when it is settled later (the payment names that period)', () => {
    const balances = periodBalances(
      ['p1', 'p2'],
      [
        entry('p1', LedgerKind.COUNCIL_PAYMENT, 10_000),
        entry('p1', LedgerKind.COMMITMENT, -4_000),
        entry('p2', LedgerKind.COUNCIL_PAYMENT, 10_000),
        entry('p1', LedgerKind.PAYMENT, -4_000),
      ],
    );
    expect(balances[0]).toMatchObject({ committedPence: 0, spentPence: 4_000, remainingPence: 6_000 });
    expect(balances[1]).toMatchObject({ carriedPence: 6_000, remainingPence: 16_000 });
  });

  it('refuses an entry for a period it was not given', () => {
    expect(() => periodBalances(['p1'], [entry('p9', LedgerKind.EXPENSE, -1)])).toThrow(/unknown period/);
  });
});

describe('the eight-week surplus', () => {
  it('is eight weeks of the council payment, whatever the period length', () => {
    expect(surplusThresholdPence(50_000, 28)).toBe(100_000);
    expect(surplusThresholdPence(10_000, 7)).toBe(80_000);
    expect(surplusThresholdPence(30_000, 30)).toBe(56_000);
    expect(surplusThresholdPence(10_000, 92)).toBe(6_087); // 6086.96 rounded
  });

  it('flags only a carried balance above the threshold', () => {
    expect(surplusOf(100_000, 50_000, 28)).toEqual({
      flagged: false,
      surplusPence: 0,
      thresholdPence: 100_000,
    });
    expect(surplusOf(100_001, 50_000, 28)).toEqual({
      flagged: true,
      surplusPence: 1,
      thresholdPence: 100_000,
    });
    expect(surplusOf(-5_000, 50_000, 28).flagged).toBe(false);
  });
});

describe('pounds', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [4050, '40.50'],
    [-4050, '-40.50'],
    [-7, '-0.07'],
    [123456789, '1234567.89'],
  ])('%i pence is %s', (pence, text) => expect(pounds(pence)).toBe(text));

  it('writes sentences with a pound sign', () => {
    expect(poundsText(1000)).toBe('£10.00');
    expect(poundsText(-1000)).toBe('-£10.00');
  });
});
