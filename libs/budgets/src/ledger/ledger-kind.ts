import { registerEnumType } from '@nestjs/graphql';

/**
 * What a ledger entry records (PRODUCT.md §3.7). Amounts are signed: money into the budget (COUNCIL_PAYMENT,
 * CONTRIBUTION), a RELEASE (money no longer reserved) and a REVERSAL (a booking's payment taken back) are positive; COMMITMENT (money reserved for an
 * accepted booking), PAYMENT (a completed booking) and EXPENSE (spent outside the marketplace) are negative.
 * The database checks the sign of every row against its kind.
 */
export enum LedgerKind {
  COUNCIL_PAYMENT = 'COUNCIL_PAYMENT',
  CONTRIBUTION = 'CONTRIBUTION',
  COMMITMENT = 'COMMITMENT',
  RELEASE = 'RELEASE',
  PAYMENT = 'PAYMENT',
  REVERSAL = 'REVERSAL',
  EXPENSE = 'EXPENSE',
}
registerEnumType(LedgerKind, {
  name: 'LedgerEntryKind',
  valuesMap: {
    COUNCIL_PAYMENT: { description: "The council's payment for a period (in)." },
    CONTRIBUTION: { description: "The holder's assessed contribution for a period (in)." },
    COMMITMENT: { description: 'Money set aside when a booking is accepted (not yet paid).' },
    RELEASE: { description: 'Money no longer set aside: the booking was cancelled or declined.' },
    PAYMENT: { description: 'A completed booking, paid (out).' },
    REVERSAL: {
      description:
        'A completed booking’s payment taken back: the provider withdrew the visit the holder disputed (in).',
    },
    EXPENSE: { description: 'Money spent outside the marketplace, with a receipt (out).' },
  },
});

/** Entries that move money in or out of the account; commitments and releases only reserve it. */
export const CASH_KINDS: readonly LedgerKind[] = [
  LedgerKind.COUNCIL_PAYMENT,
  LedgerKind.CONTRIBUTION,
  LedgerKind.PAYMENT,
  LedgerKind.REVERSAL,
  LedgerKind.EXPENSE,
];

export function movesCash(kind: LedgerKind): boolean {
  return CASH_KINDS.includes(kind);
}
