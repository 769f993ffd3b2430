import { Session, TestApp } from '@small-places/testing';
import { ACCEPT, COMPLETE, REQUEST, slot } from '../e2e/bookings/bookings-fixture';
import { CONFIRM_VISIT, ISSUE_INVOICE, RECORD_PAYMENT } from '../e2e/invoices/invoices-fixture';
import { londonDate } from '@small-places/platform';
import { atInstant } from './security-world';

/** Side A's visits and invoices (issue 16), one per case where using it changes its state. */
export interface InvoiceObjects {
  visitToConfirm: string;
  visitToCorrect: string;
  visitToWithdraw: string;
  visitToInvoice: string;
  invoiceToPay: string;
  invoiceToCredit: string;
  invoicePaid: string;
}

/**
 * Bookings of holder A delivered by member A (the clock moved past them), answered as each case needs, and
 * invoices issued from them: one to pay, one to credit, one paid (its receipt to confirm, its PDF to read).
 */
export async function invoiceObjects(
  t: TestApp,
  listingId: string,
  budgetId: string,
  holder: Session,
  provider: Session,
): Promise<InvoiceObjects> {
  const as = (session: Session) => ({ token: session.accessToken });
  const ids: Array<{ id: string; startsAt: string }> = [];
  for (let index = 0; index < 7; index += 1) {
    const data = await t.client.ok<{ requestBooking: { id: string; startsAt: string } }>(
      REQUEST,
      { input: { listingId, budgetId, ...slot(60 + index, 9) } },
      as(holder),
    );
    await t.client.ok(ACCEPT, { id: data.requestBooking.id }, as(provider));
    ids.push(data.requestBooking);
  }
  await atInstant(t, new Date(Date.now() + 70 * 86_400_000), async () => {
    for (const { id } of ids) await t.client.ok(COMPLETE, { id }, as(provider));
  });
  const [toConfirm, toCorrect, toWithdraw, toInvoice, forPay, forCredit, forPaid] = ids.map(
    (booking) => booking.id,
  );
  for (const id of [toCorrect, toWithdraw]) {
    await t.client.ok(CONFIRM_VISIT, { bookingId: id, happened: false, reason: 'Nobody came' }, as(holder));
  }
  for (const id of [toInvoice, forPay, forCredit, forPaid]) {
    await t.client.ok(CONFIRM_VISIT, { bookingId: id, happened: true }, as(holder));
  }
  const issue = async (bookingId: string) =>
    (
      await t.client.ok<{ issueInvoice: { id: string } }>(
        ISSUE_INVOICE,
        { input: { bookingIds: [bookingId] } },
        as(provider),
      )
    ).issueInvoice.id;
  const invoicePaid = await issue(forPaid);
  await t.client.ok(
    RECORD_PAYMENT,
    { input: { invoiceId: invoicePaid, paidOn: londonDate(new Date()) } },
    as(holder),
  );
  return {
    visitToConfirm: toConfirm,
    visitToCorrect: toCorrect,
    visitToWithdraw: toWithdraw,
    visitToInvoice: toInvoice,
    invoiceToPay: await issue(forPay),
    invoiceToCredit: await issue(forCredit),
    invoicePaid,
  };
}
