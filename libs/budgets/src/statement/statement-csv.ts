import { csvField } from '@small-places/platform';
import { BudgetStatementType } from '../dto/budget.types';
import { LedgerKind } from '../ledger/ledger-kind';
import { pounds } from '../ledger/balance';

export const STATEMENT_CSV_HEADER = [
  'Date',
  'Type',
  'Payee',
  'Description',
  'Amount',
  'Receipt reference',
  'Running balance',
];

const KIND_NAMES: Record<LedgerKind, string> = {
  COUNCIL_PAYMENT: 'Council payment',
  CONTRIBUTION: 'Contribution',
  COMMITMENT: 'Booking accepted (money set aside)',
  RELEASE: 'Booking cancelled (money released)',
  PAYMENT: 'Booking paid',
  REVERSAL: 'Booking payment taken back (visit withdrawn)',
  EXPENSE: 'Expense',
};

/**
 * The statement as CSV (RFC 4180, CRLF), one row per entry; amounts in pounds with two decimals, money out
 * negative. Text cells go through platform `csvField` (quoting, formula guard). The money cells are written
 * as they are: they are always plain decimals, and `toCsv`'s formula guard would turn "-40.00" into
 * "'-40.00", which a spreadsheet treats as text and cannot add up (see docs/budgets.md).
 */
export function statementCsv(statement: BudgetStatementType): string {
  const lines = [
    STATEMENT_CSV_HEADER.map(csvField).join(','),
    ...statement.entries.map((entry) =>
      [
        csvField(entry.occurredOn),
        csvField(KIND_NAMES[entry.kind]),
        csvField(entry.payee),
        csvField(entry.description),
        pounds(entry.amountPence),
        csvField(entry.receiptReference),
        pounds(entry.balancePence),
      ].join(','),
    ),
  ];
  return lines.join('\r\n') + '\r\n';
}
