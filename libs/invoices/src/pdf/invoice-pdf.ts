import PDFDocument from 'pdfkit';
import { CreditNote, Invoice, InvoiceLine } from '../entities/invoice.entity';
import { money } from '../issuing/invoice-lines';

/** A tagged, text-only PDF document with the built-in Helvetica (no fonts or images to load). */
export function textPdf(title: string): PDFKit.PDFDocument {
  return new PDFDocument({
    size: 'A4',
    margin: 50,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    info: { Title: title, Author: 'Small Places', Creator: 'Small Places' },
  });
}

/**
 * The invoice as a PDF a holder can keep for the council: who it is from and to, the number and dates, one
 * row per visit, the total, any credit notes, and whether it is paid. Streamed: the caller pipes it.
 */
export function invoicePdf(
  invoice: Invoice,
  lines: InvoiceLine[],
  creditNotes: CreditNote[],
): PDFKit.PDFDocument {
  const doc = textPdf(`Invoice ${invoice.number} from ${invoice.enterpriseName}`);
  doc.font('Helvetica-Bold').fontSize(20).text(`Invoice ${invoice.number}`);
  doc.moveDown(0.5).font('Helvetica').fontSize(11);
  doc.text(`From: ${invoice.enterpriseName}, ${invoice.enterprisePostcode}`);
  doc.text(`To: ${invoice.holderName}`);
  doc.text(`Issued: ${invoice.issuedOn}`);
  doc.text(`Due by: ${invoice.dueOn}`);
  doc.moveDown();
  doc.font('Helvetica-Bold').text('Visits');
  doc.font('Helvetica');
  for (const line of lines) {
    doc.text(
      `${line.deliveredOn}, ${line.timeText}: ${line.service}, ${line.quantityText} at ${money(line.unitPricePence)} = ${money(line.amountPence)}`,
    );
  }
  doc.moveDown();
  doc.font('Helvetica-Bold').text(`Total: ${money(invoice.totalPence)}`);
  doc.font('Helvetica');
  const credited = creditNotes.reduce((sum, note) => sum + note.amountPence, 0);
  for (const note of creditNotes) {
    doc.text(`Credit note ${note.number} on ${note.issuedOn}: -${money(note.amountPence)} (${note.reason})`);
  }
  if (credited > 0) doc.text(`Total after credit notes: ${money(invoice.totalPence - credited)}`);
  doc.moveDown();
  doc.text(
    invoice.paidOn
      ? `Paid on ${invoice.paidOn}${invoice.paymentMethod ? ` by ${invoice.paymentMethod}` : ''}${invoice.paymentReference ? `, reference ${invoice.paymentReference}` : ''}.`
      : 'Not paid yet. Pay from your direct-payment account and record it in Small Places.',
  );
  doc.moveDown();
  doc.fontSize(9).text('Issued through Small Places. No money moves through Small Places.');
  doc.end();
  return doc;
}
