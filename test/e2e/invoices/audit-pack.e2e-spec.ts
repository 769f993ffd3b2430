import { addDays, londonDate } from '@small-places/platform';
import { Entry, fromBuffer, ZipFile } from 'yauzl';
import { RECORD_EXPENSE } from '../budgets/budget-fixture';
import {
  CONFIRM_VISIT,
  confirmAll,
  deliveredBookings,
  InvoiceWorld,
  invoiceWorld,
  ISSUE_INVOICE,
  RECORD_PAYMENT,
  RUN_SCAN,
} from './invoices-fixture';

// The machine these run on is shared and loaded: delivering bookings takes many requests.
jest.setTimeout(120_000);

/** Every file of a zip, by name, read with yauzl (a real unzip, not our own code). */
async function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await new Promise<ZipFile>((resolve, reject) =>
    fromBuffer(bytes, { lazyEntries: true }, (error, file) => (error ? reject(error) : resolve(file))),
  );
  const files = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          files.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        });
      });
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  return files;
}

/** GET /budgets/{id}/audit-pack.zip: what it holds, who may have it, and the audit of delegates' downloads. */
describe('the audit pack', () => {
  let w: InvoiceWorld;
  const today = londonDate(new Date());
  const from = addDays(today, -1);
  const to = addDays(today, 60);
  const rows = <T>(sql: string, params: unknown[] = []) => w.t.dataSource.query(sql, params) as Promise<T[]>;
  const download = (budgetId: string, token?: string, range = `from=${from}&to=${to}`) =>
    fetch(`${w.t.url}/budgets/${budgetId}/audit-pack.zip?${range}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  let invoiceNumbers: number[] = [];

  beforeAll(async () => {
    w = await invoiceWorld();
    const [confirmed, byDefault, disputed, paidVisit] = await deliveredBookings(w, w.holder, w.budgetId, [
      [1, 9],
      [1, 11],
      [1, 13],
      [2, 9],
    ]);
    await confirmAll(w, w.delegate, [confirmed, paidVisit]);
    await w.t.client.ok(
      CONFIRM_VISIT,
      { bookingId: disputed, happened: false, reason: 'Nobody came' },
      { token: w.holder.accessToken },
    );
    const [{ since }] = await rows<{ since: string }>(
      `SELECT ((completed_at AT TIME ZONE 'Europe/London')::date)::text AS since FROM bookings WHERE id = $1`,
      [byDefault],
    );
    await w.t.client.ok(RUN_SCAN, { asOf: addDays(since, 7) }, { token: w.admin.accessToken });
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const [row] = await rows<{ state: string }>(
        `SELECT state FROM visit_confirmations WHERE booking_id = $1`,
        [byDefault],
      );
      if (row?.state === 'CONFIRMED_BY_DEFAULT') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const issue = async (bookingIds: string[]) =>
      (
        await w.t.client.ok<{ issueInvoice: { id: string; number: number } }>(
          ISSUE_INVOICE,
          { input: { bookingIds } },
          { token: w.provider.accessToken },
        )
      ).issueInvoice;
    const first = await issue([confirmed, byDefault]);
    const second = await issue([paidVisit]);
    invoiceNumbers = [first.number, second.number];
    await w.t.client.ok(
      RECORD_PAYMENT,
      { input: { invoiceId: second.id, paidOn: today, reference: 'DP-7' } },
      { token: w.holder.accessToken },
    );
    await w.t.client.ok(
      RECORD_EXPENSE,
      {
        input: {
          budgetId: w.budgetId,
          amountPence: 2500,
          spentOn: today,
          payee: 'Taunton Swimming Club',
          description: 'Ten swims',
          receiptReference: 'TSC-0091',
        },
      },
      { token: w.holder.accessToken },
    );
  }, 180_000);
  afterAll(() => w?.t.close());

  it('holds the statement, each invoice PDF, the visit confirmations, the expenses and a summary', async () => {
    const response = await download(w.budgetId, w.delegate.accessToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const files = await unzip(Buffer.from(await response.arrayBuffer()));
    expect([...files.keys()].sort()).toEqual(
      [
        'expenses.csv',
        'statement.csv',
        'summary.pdf',
        'visit-confirmations.csv',
        ...invoiceNumbers.map((number) => `invoices/Kind-Hands-invoice-${number}.pdf`),
      ].sort(),
    );
    for (const name of [...files.keys()].filter((file) => file.endsWith('.pdf'))) {
      expect(files.get(name)!.subarray(0, 5).toString()).toBe('%PDF-');
    }
    const statement = files.get('statement.csv')!.toString();
    expect(statement.split('\r\n')[0]).toBe(
      'Date,Type,Payee,Description,Amount,Receipt reference,Running balance',
    );
    expect(statement).toContain(`Invoice ${invoiceNumbers[1]} from Kind Hands, paid ${today}`);
    expect(statement).toContain(`Invoice ${invoiceNumbers[0]} from Kind Hands, not paid yet`);
    expect(statement).toContain('TSC-0091');

    const visits = files
      .get('visit-confirmations.csv')!
      .toString()
      .trim()
      .split('\r\n')
      .map((line) => line.split(','));
    expect(visits[0]).toEqual([
      'Date',
      'Time',
      'Service',
      'Amount',
      'Visit',
      'Confirmed by',
      'When',
      'Dispute reason',
      'Invoice',
    ]);
    const byState = (words: string) => visits.filter((cells) => cells[4] === words);
    expect(byState('Confirmed').map((cells) => cells[5])).toEqual(['Dee Delegate', 'Dee Delegate']);
    expect(byState('Confirmed by default (no answer in 7 days)').map((cells) => cells[5])).toEqual([
      'Confirmed by default',
    ]);
    expect(byState('Disputed').map((cells) => cells[7])).toEqual(['Nobody came']);
    expect(visits).toHaveLength(5);

    const expenses = files.get('expenses.csv')!.toString().trim().split('\r\n');
    expect(expenses).toEqual([
      'Date,Payee,Description,Amount,Receipt reference,Council approval reference',
      `${today},Taunton Swimming Club,Ten swims,-25.00,TSC-0091,`,
    ]);
  });

  it('audits each download by a delegate, not the holder’s own', async () => {
    const audited = async () =>
      (
        await rows<{ count: number }>(
          `SELECT count(*)::int AS count FROM audit_events WHERE action = 'AUDIT_PACK_DOWNLOADED' AND record_id = $1`,
          [w.budgetId],
        )
      )[0].count;
    const before = await audited();
    expect((await download(w.budgetId, w.holder.accessToken)).status).toBe(200);
    expect(await audited()).toBe(before);
    expect((await download(w.budgetId, w.delegate.accessToken)).status).toBe(200);
    expect(await audited()).toBe(before + 1);
    const [event] = await rows<{ actor_id: string; subject_user_id: string }>(
      `SELECT actor_id, subject_user_id FROM audit_events WHERE action = 'AUDIT_PACK_DOWNLOADED' ORDER BY seq DESC LIMIT 1`,
    );
    expect(event).toEqual({ actor_id: w.delegate.user.id, subject_user_id: w.holder.user.id });
  });

  it('refuses anyone else, unknown budgets and bad dates', async () => {
    expect((await download(w.budgetId)).status).toBe(401);
    for (const token of [w.otherHolder.accessToken, w.provider.accessToken, w.tauntonCatalyst.accessToken]) {
      expect((await download(w.budgetId, token)).status).toBe(403);
    }
    expect((await download('00000000-0000-4000-8000-000000000000', w.holder.accessToken)).status).toBe(404);
    expect((await download(w.budgetId, w.holder.accessToken, 'from=yesterday&to=today')).status).toBe(400);
    expect((await download(w.budgetId, w.holder.accessToken, `from=${to}&to=${from}`)).status).toBe(400);
  });
});
