import { graphql } from '@small-places/testing';
import { addDays, londonDate } from '@small-places/platform';
import { STATEMENT } from '../budgets/budget-fixture';
import {
  CONFIRM_VISIT,
  confirmAll,
  deliveredBookings,
  INVOICES,
  InvoiceWorld,
  invoiceWorld,
  ISSUE_INVOICE,
  RECORD_PAYMENT,
} from './invoices-fixture';

interface IssuedInvoice {
  id: string;
  number: number;
  totalPence: number;
  issuedOn: string;
  dueOn: string;
  status: string;
  lines: Array<{ bookingId: string; amountPence: number }>;
}
const CONFIRM_RECEIPT = graphql(`
  mutation InvoicesConfirmReceipt($input: ConfirmInvoiceReceiptInput!) {
    confirmInvoiceReceipt(input: $input) {
      id
      receipt
    }
  }
`);
const CREDIT = graphql(`
  mutation InvoicesCredit($input: IssueCreditNoteInput!) {
    issueCreditNote(input: $input) {
      id
      number
      amountPence
    }
  }
`);
const INVOICE = graphql(`
  query InvoicesInvoice($id: ID!) {
    invoice(id: $id) {
      id
      status
      overdue
      totalPence
      creditNotes {
        number
        amountPence
      }
      lines {
        deliveredOn
        timeText
        service
        quantityText
        unitPricePence
        amountPence
      }
      enterprise {
        name
      }
    }
  }
`);

// The machine these run on is shared and loaded: delivering bookings takes many requests.
jest.setTimeout(120_000);

/** issueInvoice, the invoices lists, payments, receipts, credit notes and the PDF (PRODUCT.md §3.10). */
describe('invoices: issuing, numbering, paying, crediting, the PDF', () => {
  let w: InvoiceWorld;
  const today = londonDate(new Date());
  const rows = <T>(sql: string, params: unknown[] = []) => w.t.dataSource.query(sql, params) as Promise<T[]>;
  const issue = (bookingIds: string[], token = w.provider.accessToken) =>
    w.t.client.ok<{ issueInvoice: IssuedInvoice }>(ISSUE_INVOICE, { input: { bookingIds } }, { token });
  const issueCode = (bookingIds: string[], token = w.provider.accessToken) =>
    w.t.client.errorCode(ISSUE_INVOICE, { input: { bookingIds } }, { token });
  const invoiceRows = async () =>
    (await rows<{ count: number }>(`SELECT count(*)::int AS count FROM invoices`))[0].count;
  const counter = async () =>
    (
      await rows<{ last_invoice: number }>(
        `SELECT last_invoice FROM invoice_counters WHERE enterprise_id = $1`,
        [w.enterpriseId],
      )
    )[0]?.last_invoice ?? 0;
  const pdf = (id: string, token?: string) =>
    fetch(`${w.t.url}/invoices/${id}.pdf`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    w = await invoiceWorld();
  }, 180_000);
  afterAll(() => w?.t.close());

  it('issues one invoice for confirmed visits: number 1, lines, total, 14 days to pay; both sides list it', async () => {
    const ids = await deliveredBookings(w, w.holder, w.budgetId, [
      [1, 9],
      [1, 14],
    ]);
    await confirmAll(w, w.holder, ids);
    const { issueInvoice: invoice } = await issue(ids);
    expect(invoice).toMatchObject({ number: 1, totalPence: 3600, issuedOn: today, status: 'ISSUED' });
    expect(invoice.dueOn).toBe(addDays(today, 14));
    expect(invoice.lines.map((line) => line.amountPence)).toEqual([1800, 1800]);
    expect(invoice.lines.map((line) => line.bookingId).sort()).toEqual([...ids].sort());
    const detail = await w.t.client.ok<{
      invoice: {
        lines: Array<{ quantityText: string; unitPricePence: number; service: string }>;
        enterprise: { name: string };
      };
    }>(INVOICE, { id: invoice.id }, { token: w.delegate.accessToken });
    expect(detail.invoice.enterprise.name).toBe('Kind Hands');
    expect(detail.invoice.lines[0]).toMatchObject({
      quantityText: '1 hour',
      unitPricePence: 1800,
      service: 'Companionship visits',
    });
    for (const [token, side] of [
      [w.provider.accessToken, 'PROVIDER'],
      [w.holder.accessToken, 'HOLDER'],
      [w.delegate.accessToken, 'HOLDER'],
    ]) {
      const listed = await w.t.client.ok<{
        invoices: { edges: Array<{ node: { id: string; enterprise: { name: string } } }> };
      }>(INVOICES, { side }, { token });
      expect(listed.invoices.edges.map((edge) => edge.node.id)).toContain(invoice.id);
    }
    const stranger = await w.t.client.ok<{ invoices: { edges: unknown[] } }>(
      INVOICES,
      { side: 'HOLDER' },
      { token: w.otherHolder.accessToken },
    );
    expect(stranger.invoices.edges).toEqual([]);
    // Invoiced: the visit can no longer be disputed, only corrected with a credit note.
    expect(
      await w.t.client.errorCode(
        CONFIRM_VISIT,
        { bookingId: ids[0], happened: false, reason: 'Nobody came' },
        { token: w.holder.accessToken },
      ),
    ).toBe('CONFLICT');
  });

  it('refuses bad invoices with a clear code and changes nothing', async () => {
    const [awaiting, confirmed] = await deliveredBookings(w, w.holder, w.budgetId, [
      [2, 9],
      [2, 12],
    ]);
    await confirmAll(w, w.holder, [confirmed]);
    const [theirs] = await deliveredBookings(w, w.otherHolder, w.otherBudgetId, [[2, 15]]);
    await confirmAll(w, w.otherHolder, [theirs]);
    const [invoicedAlready] = (
      await rows<{ booking_id: string }>(`SELECT booking_id FROM invoice_lines LIMIT 1`)
    ).map((row) => row.booking_id);
    const before = [await invoiceRows(), await counter()];
    expect(await issueCode([])).toBe('BAD_USER_INPUT');
    expect(await issueCode([awaiting])).toBe('BAD_USER_INPUT');
    expect(await issueCode([confirmed, theirs])).toBe('BAD_USER_INPUT');
    expect(await issueCode([confirmed, invoicedAlready])).toBe('CONFLICT');
    expect(await issueCode([confirmed], w.holder.accessToken)).toBe('FORBIDDEN');
    expect(await issueCode([confirmed], w.strangerProvider.accessToken)).toBe('FORBIDDEN');
    expect(await issueCode([confirmed], w.tauntonCatalyst.accessToken)).toBe('FORBIDDEN');
    expect(await issueCode(['00000000-0000-4000-8000-000000000000'])).toBe('NOT_FOUND');
    expect(await issueCode(['nonsense'])).toBe('NOT_FOUND');
    expect([await invoiceRows(), await counter()]).toEqual(before);
  });

  it('gives 20 concurrent issueInvoice calls 20 distinct consecutive numbers', async () => {
    const times: Array<[number, number]> = [];
    for (let index = 0; index < 20; index += 1) times.push([3 + Math.floor(index / 10), 8 + (index % 10)]);
    const ids = await deliveredBookings(w, w.holder, w.budgetId, times);
    await confirmAll(w, w.delegate, ids);
    const start = await counter();
    const issued = await Promise.all(ids.map((id) => issue([id])));
    const numbers = issued.map((result) => result.issueInvoice.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, index) => start + 1 + index));
    expect(await counter()).toBe(start + 20);
    const stored = await rows<{ number: number }>(
      `SELECT number FROM invoices WHERE enterprise_id = $1 ORDER BY number`,
      [w.enterpriseId],
    );
    expect(stored.map((row) => row.number)).toEqual(
      Array.from({ length: start + 20 }, (_, index) => index + 1),
    );
  }, 180_000);

  it('records a payment once, within dates, by the holder side only; the provider confirms receipt', async () => {
    const ids = await deliveredBookings(w, w.holder, w.budgetId, [[5, 9]]);
    await confirmAll(w, w.holder, ids);
    const { issueInvoice: invoice } = await issue(ids);
    const [other] = await deliveredBookings(w, w.otherHolder, w.otherBudgetId, [[5, 12]]);
    await confirmAll(w, w.otherHolder, [other]);
    const { issueInvoice: othersInvoice } = await issue([other]);
    const pay = (invoiceId: string, paidOn: string, token: string) =>
      w.t.client.errorCode(RECORD_PAYMENT, { input: { invoiceId, paidOn } }, { token });

    expect(await pay(invoice.id, addDays(today, -1), w.holder.accessToken)).toBe('BAD_USER_INPUT');
    expect(await pay(invoice.id, addDays(today, 1), w.holder.accessToken)).toBe('BAD_USER_INPUT');
    expect(await pay(invoice.id, today, w.provider.accessToken)).toBe('FORBIDDEN');
    expect(await pay(invoice.id, today, w.otherHolder.accessToken)).toBe('FORBIDDEN');
    // The delegate acts for the holder's budget, not the other holder's.
    expect(await pay(othersInvoice.id, today, w.delegate.accessToken)).toBe('FORBIDDEN');
    expect(await pay('00000000-0000-4000-8000-000000000000', today, w.holder.accessToken)).toBe('NOT_FOUND');
    expect(
      await rows(`SELECT 1 FROM invoices WHERE id = ANY($1::uuid[]) AND paid_on IS NOT NULL`, [
        [invoice.id, othersInvoice.id],
      ]),
    ).toHaveLength(0);
    expect(
      await w.t.client.errorCode(
        CONFIRM_RECEIPT,
        { input: { invoiceId: invoice.id, received: true } },
        { token: w.provider.accessToken },
      ),
    ).toBe('CONFLICT');

    const paid = await w.t.client.ok<{ recordInvoicePayment: { status: string; paidOn: string } }>(
      RECORD_PAYMENT,
      { input: { invoiceId: invoice.id, paidOn: today, method: 'Bank transfer', reference: 'DP-0042' } },
      { token: w.delegate.accessToken },
    );
    expect(paid.recordInvoicePayment).toMatchObject({ status: 'PAID', paidOn: today });
    expect(await pay(invoice.id, today, w.holder.accessToken)).toBe('CONFLICT');
    expect(
      await rows(`SELECT 1 FROM notifications WHERE user_id = $1 AND ref_id = $2 AND title = $3`, [
        w.provider.user.id,
        invoice.id,
        `Invoice ${invoice.number} paid`,
      ]),
    ).toHaveLength(1);

    expect(
      await w.t.client.errorCode(
        CONFIRM_RECEIPT,
        { input: { invoiceId: invoice.id, received: true } },
        { token: w.holder.accessToken },
      ),
    ).toBe('FORBIDDEN');
    const notArrived = await w.t.client.ok<{ confirmInvoiceReceipt: { receipt: string } }>(
      CONFIRM_RECEIPT,
      { input: { invoiceId: invoice.id, received: false } },
      { token: w.provider.accessToken },
    );
    expect(notArrived.confirmInvoiceReceipt.receipt).toBe('NOT_ARRIVED');
    expect(
      await rows(
        `SELECT 1 FROM notifications WHERE user_id = $1 AND ref_id = $2 AND title LIKE '%has not arrived'`,
        [w.holder.user.id, invoice.id],
      ),
    ).toHaveLength(1);
    const received = await w.t.client.ok<{ confirmInvoiceReceipt: { receipt: string } }>(
      CONFIRM_RECEIPT,
      { input: { invoiceId: invoice.id, received: true } },
      { token: w.provider.accessToken },
    );
    expect(received.confirmInvoiceReceipt.receipt).toBe('RECEIVED');

    // The statement's PAYMENT entry for the booking carries the invoice number and paid date.
    const statement = await w.t.client.ok<{
      budgetStatement: {
        entries: Array<{ kind: string; receiptReference: string | null; amountPence: number }>;
      };
    }>(
      STATEMENT,
      { budgetId: w.budgetId, from: addDays(today, -1), to: addDays(today, 40) },
      { token: w.holder.accessToken },
    );
    const references = statement.budgetStatement.entries
      .filter((entry) => entry.kind === 'PAYMENT')
      .map((entry) => entry.receiptReference);
    expect(references).toContain(`Invoice ${invoice.number} from Kind Hands, paid ${today}`);
    // The ledger itself was not touched by the payment: one PAYMENT per booking, as before.
    expect(
      await rows(`SELECT 1 FROM ledger_entries WHERE booking_id = $1 AND kind = 'PAYMENT'`, [ids[0]]),
    ).toHaveLength(1);
  });

  it('corrects an invoice with credit notes, never an edit; wholly credited is CREDITED', async () => {
    const ids = await deliveredBookings(w, w.holder, w.budgetId, [[6, 9]]);
    await confirmAll(w, w.holder, ids);
    const { issueInvoice: invoice } = await issue(ids);
    const credit = (amountPence: number, token = w.provider.accessToken) =>
      w.t.client.errorCode(
        CREDIT,
        { input: { invoiceId: invoice.id, amountPence, reason: 'Arrived late' } },
        { token },
      );
    expect(await credit(1801)).toBe('BAD_USER_INPUT');
    expect(await credit(500, w.holder.accessToken)).toBe('FORBIDDEN');
    const first = await w.t.client.ok<{ issueCreditNote: { number: number } }>(
      CREDIT,
      { input: { invoiceId: invoice.id, amountPence: 500, reason: 'Arrived 20 minutes late' } },
      { token: w.provider.accessToken },
    );
    const second = await w.t.client.ok<{ issueCreditNote: { number: number } }>(
      CREDIT,
      { input: { invoiceId: invoice.id, amountPence: 1300, reason: 'Visit cut short' } },
      { token: w.provider.accessToken },
    );
    expect([first.issueCreditNote.number, second.issueCreditNote.number]).toEqual([1, 2]);
    const seen = await w.t.client.ok<{ invoice: { status: string; totalPence: number } }>(
      INVOICE,
      { id: invoice.id },
      { token: w.holder.accessToken },
    );
    expect(seen.invoice).toMatchObject({ status: 'CREDITED', totalPence: 1800 });
    await expect(
      w.t.dataSource.query(`UPDATE invoices SET total_pence = 1 WHERE id = $1`, [invoice.id]),
    ).rejects.toThrow(/never edited/);
  });

  it('serves the PDF to the provider, the holder and delegates, and 404 to anyone else', async () => {
    const [{ id }] = await rows<{ id: string }>(
      `SELECT id FROM invoices WHERE number = 1 AND enterprise_id = $1`,
      [w.enterpriseId],
    );
    for (const token of [w.provider.accessToken, w.holder.accessToken, w.delegate.accessToken]) {
      const response = await pdf(id, token);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(bytes.length).toBeGreaterThan(1000);
    }
    for (const token of [
      w.otherHolder.accessToken,
      w.strangerProvider.accessToken,
      w.tauntonCatalyst.accessToken,
    ]) {
      expect((await pdf(id, token)).status).toBe(404);
    }
    expect((await pdf('00000000-0000-4000-8000-000000000000', w.holder.accessToken)).status).toBe(404);
    expect((await pdf(id)).status).toBe(401);
  });
});
