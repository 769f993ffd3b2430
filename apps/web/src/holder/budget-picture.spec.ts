import { budgetBar, londonDateOf, nextPeriod } from './budget-picture';

describe('budgetBar', () => {
  it('splits the period into spent, set aside and left, with the figures in words', () => {
    const bar = budgetBar({
      allocationPence: 40_000,
      carriedPence: 0,
      committedPence: 3_600,
      spentPence: 6_400,
      remainingPence: 30_000,
    });
    expect(bar.segments.map(({ name, words, x, width }) => [name, words, x, width])).toEqual([
      ['Spent', '£64.00', 0, 16],
      ['Set aside', '£36.00', 16, 9],
      ['Left', '£300.00', 25, 75],
    ]);
    expect(bar.description).toBe('Of £400.00 this period: £64.00 spent, £36.00 set aside, £300.00 left.');
  });

  it('draws nothing for an empty period, and never a negative width', () => {
    const bar = budgetBar({
      allocationPence: 0,
      carriedPence: 0,
      committedPence: 0,
      spentPence: 0,
      remainingPence: 0,
    });
    expect(bar.segments.map((segment) => segment.width)).toEqual([0, 0, 0]);
  });

  it('counts thousands plainly', () => {
    const bar = budgetBar({
      allocationPence: 120_000,
      carriedPence: 4_000,
      committedPence: 0,
      spentPence: 0,
      remainingPence: 124_000,
    });
    expect(bar.description).toBe('Of £1,240.00 this period: £0.00 spent, £0.00 set aside, £1,240.00 left.');
  });
});

describe('nextPeriod', () => {
  it('starts the day after this one ends and lasts the period’s length', () => {
    expect(nextPeriod('2027-02-25', 28)).toEqual({ startsOn: '2027-02-26', endsOn: '2027-03-25' });
  });
});

describe('londonDateOf', () => {
  it('reads the London date, in British Summer Time too', () => {
    expect(londonDateOf('2027-07-05T23:30:00Z')).toBe('2027-07-06');
    expect(londonDateOf('2027-01-05T23:30:00Z')).toBe('2027-01-05');
  });
});
