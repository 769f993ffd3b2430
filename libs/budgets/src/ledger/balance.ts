import { LedgerKind } from './ledger-kind';

/** The least a balance calculation needs to know about a ledger entry. */
export interface LedgerAmount {
  periodId: string;
  kind: LedgerKind;
  /** Signed pence, as stored (see LedgerKind). */
  amountPence: number;
}

export interface PeriodBalance {
  periodId: string;
  /** Money in this period: the council's payment plus the contribution. */
  allocationPence: number;
  /** What earlier periods left over (negative if they overspent). */
  carriedPence: number;
  /** Reserved for accepted bookings not yet completed, cancelled or declined. */
  committedPence: number;
  /** Completed bookings (less reversed ones) and expenses. */
  spentPence: number;
  /** allocation + carried − committed − spent. */
  remainingPence: number;
}

/**
 * Balances of every period, derived from the ledger alone; `periodIds` in date order. The SQL in
 * BudgetLedger computes the same figures, and a test holds the two together over random ledgers.
 *
 * committed = commitments − releases − payments (every payment settles a commitment of its period)
 * spent     = payments − reversals + expenses (a reversal takes back a payment; its commitment stays settled)
 */
export function periodBalances(
  periodIds: readonly string[],
  entries: readonly LedgerAmount[],
): PeriodBalance[] {
  const sums = new Map(periodIds.map((id) => [id, { allocation: 0, committed: 0, spent: 0 }]));
  for (const entry of entries) {
    const sum = sums.get(entry.periodId);
    if (!sum) throw new Error(`Ledger entry for an unknown period ${entry.periodId}`);
    const magnitude = Math.abs(entry.amountPence);
    switch (entry.kind) {
      case LedgerKind.COUNCIL_PAYMENT:
      case LedgerKind.CONTRIBUTION:
        sum.allocation += magnitude;
        break;
      case LedgerKind.COMMITMENT:
        sum.committed += magnitude;
        break;
      case LedgerKind.RELEASE:
        sum.committed -= magnitude;
        break;
      case LedgerKind.PAYMENT:
        sum.committed -= magnitude;
        sum.spent += magnitude;
        break;
      case LedgerKind.REVERSAL:
        sum.spent -= magnitude;
        break;
      case LedgerKind.EXPENSE:
        sum.spent += magnitude;
        break;
    }
  }
  let carried = 0;
  return periodIds.map((periodId) => {
    const { allocation, committed, spent } = sums.get(periodId)!;
    const remaining = allocation + carried - committed - spent;
    const balance = {
      periodId,
      allocationPence: allocation,
      carriedPence: carried,
      committedPence: committed,
      spentPence: spent,
      remainingPence: remaining,
    };
    carried = remaining;
    return balance;
  });
}

/** Eight weeks of the council's payments: above this, a carried balance may be reclaimed. */
export function surplusThresholdPence(paymentPence: number, periodDays: number): number {
  return Math.round((paymentPence * 56) / periodDays);
}

export interface Surplus {
  flagged: boolean;
  /** How far the carried balance is above eight weeks of payments (0 when it is not). */
  surplusPence: number;
  thresholdPence: number;
}

export function surplusOf(carriedPence: number, paymentPence: number, periodDays: number): Surplus {
  const thresholdPence = surplusThresholdPence(paymentPence, periodDays);
  const surplusPence = Math.max(0, carriedPence - thresholdPence);
  return { flagged: surplusPence > 0, surplusPence, thresholdPence };
}

/** Pence as pounds with two decimals and a leading minus when negative: -4050 → "-40.50". */
export function pounds(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** For sentences: 4050 → "£40.50". */
export function poundsText(pence: number): string {
  return pence < 0 ? `-£${pounds(-pence)}` : `£${pounds(pence)}`;
}
