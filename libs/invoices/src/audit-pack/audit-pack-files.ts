import type { BudgetStatementType } from '@small-places/budgets';
import { csvField } from '@small-places/platform';
import { money } from '../issuing/invoice-lines';
import { textPdf } from '../pdf/invoice-pdf';

export interface VisitRow {
  date: string;
  time: string;
  service: string;
  amountPence: number;
  state: string;
  answeredBy: string | null;
  answeredAt: Date | null;
  disputeReason: string | null;
  invoiceNumber: number | null;
}

export interface PackInvoice {
  number: number;
  enterpriseName: string;
  issuedOn: string;
  dueOn: string;
  totalPence: number;
  paidOn: string | null;
}

const STATE_WORDS: Record<string, string> = {
  AWAITING: 'Not answered yet',
  CONFIRMED: 'Confirmed',
  CONFIRMED_BY_DEFAULT: 'Confirmed by default (no answer in 7 days)',
  DISPUTED: 'Disputed',
  WITHDRAWN: 'Withdrawn by the provider',
};

const pounds = (pence: number) => (pence / 100).toFixed(2);
const csv = (header: string[], rows: string[][]) =>
  [header.map(csvField).join(','), ...rows.map((row) => row.join(','))].join('\r\n') + '\r\n';

/** Who confirmed each visit and when, or that it was confirmed by default. */
export function visitConfirmationsCsv(visits: VisitRow[]): string {
  return csv(
    ['Date', 'Time', 'Service', 'Amount', 'Visit', 'Confirmed by', 'When', 'Dispute reason', 'Invoice'],
    visits.map((visit) => [
      csvField(visit.date),
      csvField(visit.time),
      csvField(visit.service),
      pounds(visit.amountPence),
      csvField(STATE_WORDS[visit.state] ?? visit.state),
      csvField(visit.state === 'CONFIRMED_BY_DEFAULT' ? 'Confirmed by default' : (visit.answeredBy ?? '')),
      csvField(visit.answeredAt ? visit.answeredAt.toISOString() : ''),
      csvField(visit.disputeReason ?? ''),
      csvField(visit.invoiceNumber === null ? '' : String(visit.invoiceNumber)),
    ]),
  );
}

/** The statement's expenses, with their receipt references. */
export function expensesCsv(statement: BudgetStatementType): string {
  return csv(
    ['Date', 'Payee', 'Description', 'Amount', 'Receipt reference', 'Council approval reference'],
    statement.entries
      .filter((entry) => entry.kind === 'EXPENSE')
      .map((entry) => [
        csvField(entry.occurredOn),
        csvField(entry.payee),
        csvField(entry.description),
        pounds(entry.amountPence),
        csvField(entry.receiptReference ?? ''),
        csvField(entry.approvalReference ?? ''),
      ]),
  );
}

/** One page in plain English: what came in, what went out, what was invoiced and paid, how visits were confirmed. */
export function summaryPdf(
  statement: BudgetStatementType,
  invoices: PackInvoice[],
  visits: VisitRow[],
): PDFKit.PDFDocument {
  const doc = textPdf(`Audit pack summary, ${statement.from} to ${statement.to}`);
  const sum = (kinds: string[]) =>
    statement.entries
      .filter((entry) => kinds.includes(entry.kind))
      .reduce((total, entry) => total + entry.amountPence, 0);
  const paid = invoices.filter((invoice) => invoice.paidOn);
  const count = (state: string) => visits.filter((visit) => visit.state === state).length;
  doc.font('Helvetica-Bold').fontSize(18).text('Direct payment audit pack');
  doc.font('Helvetica').fontSize(11).moveDown(0.5);
  doc.text(`Budget: ${statement.label}`);
  doc.text(`Period: ${statement.from} to ${statement.to}`);
  doc.moveDown();
  doc.font('Helvetica-Bold').text('Money');
  doc.font('Helvetica');
  doc.text(`In the account at the start: ${money(statement.openingBalancePence)}`);
  doc.text(
    `Paid in (council payments and contributions): ${money(sum(['COUNCIL_PAYMENT', 'CONTRIBUTION']))}`,
  );
  doc.text(`Spent on support booked through Small Places: ${money(-sum(['PAYMENT', 'REVERSAL']))}`);
  doc.text(`Spent elsewhere (expenses with receipts): ${money(-sum(['EXPENSE']))}`);
  doc.text(`In the account at the end: ${money(statement.closingBalancePence)}`);
  doc.moveDown();
  doc.font('Helvetica-Bold').text('Invoices');
  doc.font('Helvetica');
  doc.text(
    `${invoices.length} invoice(s) issued in this period, ${money(invoices.reduce((t, i) => t + i.totalPence, 0))} in all.`,
  );
  doc.text(
    `${paid.length} paid, ${invoices.length - paid.length} not paid yet. Each one is in the invoices folder.`,
  );
  doc.moveDown();
  doc.font('Helvetica-Bold').text('Visits');
  doc.font('Helvetica');
  doc.text(
    `${visits.length} visit(s) delivered: ${count('CONFIRMED')} confirmed by the person supported or their delegate, ` +
      `${count('CONFIRMED_BY_DEFAULT')} confirmed by default after 7 days without an answer, ${count('DISPUTED')} disputed, ` +
      `${count('WITHDRAWN')} withdrawn, ${count('AWAITING')} not answered yet.`,
  );
  doc.moveDown();
  doc.font('Helvetica-Bold').text('In this pack');
  doc.font('Helvetica');
  doc.text('statement.csv: every entry of the budget in the period, with the running balance.');
  doc.text('invoices/: each invoice issued in the period, as a PDF.');
  doc.text('visit-confirmations.csv: each visit, who confirmed it and when.');
  doc.text('expenses.csv: money spent outside Small Places, with receipt references.');
  doc.end();
  return doc;
}
