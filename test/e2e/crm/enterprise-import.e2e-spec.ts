import { graphql } from '@small-places/testing';
import { addDays, londonDate } from '@small-places/platform';
import { parse } from 'csv-parse/sync';
import { createEnterprise, CrmWorld, crmWorld, ENTERPRISE, rowCount } from './crm-fixture';
import {
  csvOf,
  download,
  finished,
  IMPORT,
  importFile,
  MATCH_COLUMNS,
  RUN_IMPORT,
  upload,
  xlsxOf,
} from './import-fixture';

const MESSY_HEADERS = [
  'Business name',
  'Post code',
  'Type of business',
  'Services',
  'Contact name',
  'E-mail',
  'Trading from',
  'Employs staff',
  'Insurance renewal date',
  'DBS date',
  'ICO fee paid',
];

describe('caseload import', () => {
  let w: CrmWorld;
  let token: string;
  const today = londonDate(new Date());
  const inAYear = addDays(today, 200);
  const count = (sql: string, params: unknown[] = []) =>
    w.t.dataSource.query(sql, params).then((rows: { n: number }[]) => rows[0].n);

  beforeAll(async () => {
    w = await crmWorld();
    token = w.tauntonCatalyst.accessToken;
  });
  afterAll(() => w?.t.close());

  it('serves a template with every column the import understands', async () => {
    const response = await fetch(`${w.t.url}/enterprise-import-template.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect((await response.text()).trim()).toBe(
      'Name,Postcode,Legal structure,Activities,Stage,Founder name,Founder email,Trading start,Employs staff,' +
        'Public liability insurance expiry,Employers liability insurance expiry,Founder DBS issue date,ICO fee paid',
    );
  });

  it('previews a messy CSV without saving anything, then runs it: checklists get the dates, audit and timeline', async () => {
    const file = {
      name: 'caseload.csv',
      bytes: csvOf([
        MESSY_HEADERS,
        [
          'Hilltop Helpers',
          'ta11ab',
          'sole trader',
          'personal care, meals',
          'Hana Hill',
          'Hana@Example.org',
          '01/03/2026',
          'no',
          inAYear,
          '1 March 2026',
          '2026-02-01',
        ],
        ['Brook Lifts', 'TA2  7XY', 'Ltd', 'Transport', 'Ben Brook', '', '1 April 2026', 'YES', '', '', ''],
        [
          'Meadow Meals',
          'TA1 2CD',
          'CIC',
          'lunch club',
          'Mo Meadow',
          'mo@example.org',
          '2026-05-01',
          'n',
          '',
          '',
          '',
        ],
      ]),
    };
    const before = await rowCount(w.t, 'enterprises');
    const preview = await importFile(w.t, token, w.taunton.id, file, { dryRun: 'true' });
    expect(preview).toMatchObject({
      status: 'DONE',
      dryRun: true,
      rowsTotal: 3,
      rowsDone: 3,
      created: 3,
      rejected: 0,
    });
    expect(preview.columns.map((column) => column.field)).toEqual([
      'NAME',
      'POSTCODE',
      'LEGAL_STRUCTURE',
      'ACTIVITIES',
      'FOUNDER_NAME',
      'FOUNDER_EMAIL',
      'TRADING_START',
      'EMPLOYS_STAFF',
      'PUBLIC_LIABILITY_EXPIRES',
      'FOUNDER_DBS_ISSUED',
      'ICO_FEE_PAID',
    ]);
    expect(await rowCount(w.t, 'enterprises')).toBe(before);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'ENTERPRISE_CREATED' OR detail ? 'imported'`,
      ),
    ).toBe(0);

    await w.t.client.ok(RUN_IMPORT, { input: { importId: preview.id } }, { token });
    const run = await finished(w.t, token, preview.id);
    expect(run).toMatchObject({
      status: 'DONE',
      dryRun: false,
      created: 3,
      updated: 0,
      unchanged: 0,
      rejected: 0,
    });
    expect(await rowCount(w.t, 'enterprises')).toBe(before + 3);

    const [hilltop] = await w.t.dataSource.query(
      `SELECT id, legal_structure, activities, postcode, planned_trading_on::text AS planned FROM enterprises WHERE name = 'Hilltop Helpers'`,
    );
    expect(hilltop).toMatchObject({
      legal_structure: 'SOLE_TRADER',
      activities: ['PERSONAL_CARE', 'MEALS'],
      postcode: 'TA1 1AB',
      planned: '2026-03-01',
    });
    const { enterprise } = await w.t.client.ok<{
      enterprise: {
        checklist: { items: { status: string; expiresOn: string | null; requirement: { code: string } }[] };
        timeline: { edges: { node: { kind: string; summary: string } }[] };
      };
    }>(ENTERPRISE, { id: hilltop.id }, { token });
    const item = (code: string) =>
      enterprise.checklist.items.find((entry) => entry.requirement.code === code)!;
    expect(item('PUBLIC_LIABILITY_INSURANCE')).toMatchObject({ status: 'DONE', expiresOn: inAYear });
    expect(item('DBS_ENHANCED')).toMatchObject({ status: 'DONE', expiresOn: '2029-03-01' });
    expect(item('ICO_DATA_PROTECTION_FEE')).toMatchObject({ status: 'DONE', expiresOn: '2027-02-01' });
    const kinds = enterprise.timeline.edges.map((edge) => edge.node.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['ENTERPRISE_CREATED', 'ENTERPRISE_IMPORTED', 'CHECKLIST_CHANGED']),
    );
    // Recorded evidence, never checked: the note says so and the audit trail has each change.
    expect(
      await count(
        `SELECT count(*)::int AS n FROM checklist_items WHERE enterprise_id = $1 AND note LIKE 'Recorded from an imported spreadsheet%'`,
        [hilltop.id],
      ),
    ).toBe(3);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'CHECKLIST_ITEM_CHANGED' AND detail->>'enterpriseId' = $1`,
        [hilltop.id],
      ),
    ).toBe(3);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'MEMBER_ADDED' AND detail->>'enterpriseId' = $1 AND detail->>'invited' = 'false'`,
        [hilltop.id],
      ),
    ).toBe(1);
    // "Send invitations" was not ticked: nobody was invited.
    expect(
      await count(
        `SELECT count(*)::int AS n FROM invitations WHERE lower(email) IN ('hana@example.org', 'mo@example.org')`,
      ),
    ).toBe(0);

    // The same file again changes nothing.
    const audits = await rowCount(w.t, 'audit_events');
    const timeline = await rowCount(w.t, 'timeline_events');
    const again = await importFile(w.t, token, w.taunton.id, file);
    expect(again).toMatchObject({ status: 'DONE', created: 0, updated: 0, unchanged: 3, rejected: 0 });
    expect(await rowCount(w.t, 'enterprises')).toBe(before + 3);
    expect(await rowCount(w.t, 'audit_events')).toBe(audits);
    expect(await rowCount(w.t, 'timeline_events')).toBe(timeline);
  });

  it('updates what changed, with its audit event and timeline entry', async () => {
    const file = csvOf([
      ['Name', 'Postcode', 'Founder name', 'Legal structure', 'Employs staff'],
      ['Brook Lifts', 'TA2 7XY', 'Ben Brook', 'Ltd', 'no'],
    ]);
    const report = await importFile(w.t, token, w.taunton.id, { name: 'changes.csv', bytes: file });
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    const [brook] = await w.t.dataSource.query(
      `SELECT id, employs_staff FROM enterprises WHERE name = 'Brook Lifts'`,
    );
    expect(brook.employs_staff).toBe(false);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'ENTERPRISE_CHANGED' AND record_id = $1`,
        [brook.id],
      ),
    ).toBe(1);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM timeline_events WHERE enterprise_id = $1 AND summary LIKE 'Updated from an imported spreadsheet: employs staff%'`,
        [brook.id],
      ),
    ).toBe(1);
  });

  it('rejects bad rows naming row, column and what to write; the rejected-rows CSV, fixed, adds only those', async () => {
    const file = csvOf([
      ['Organisation', 'Postcode', 'Structure', 'Founder', 'Activities', 'Insurance expiry'],
      ['Oak Companions', 'TA1 3EF', 'partnership', 'Olive Oak', 'befriending', ''],
      ['=HYPERLINK("http://evil")', 'Taunton', 'charity', 'Eve', 'juggling', '31/02/2027'],
      ['Pine Help', 'TA1 4GH', 'sole trader', '', 'cleaning', ''],
    ]);
    const report = await importFile(w.t, token, w.taunton.id, { name: 'mixed.csv', bytes: file });
    expect(report).toMatchObject({ created: 1, rejected: 2 });
    expect(report.errors).toEqual([
      {
        row: 3,
        column: 'Postcode',
        message: '“Taunton” is not right. Write a full UK postcode, such as TA1 1AA.',
      },
      {
        row: 3,
        column: 'Structure',
        message: expect.stringContaining('Write one of: sole trader, partnership, Ltd, CIC'),
      },
      {
        row: 3,
        column: 'Activities',
        message: expect.stringContaining('“juggling” is not an activity we know'),
      },
      { row: 3, column: 'Insurance expiry', message: expect.stringContaining('That day does not exist') },
      { row: 4, column: 'Founder', message: 'This is empty. The person who runs it.' },
    ]);

    const rejected = await download(w.t, token, `/enterprise-imports/${report.id}/rejected-rows.csv`);
    expect(rejected.status).toBe(200);
    const text = rejected.bytes.toString('utf8');
    // A cell a spreadsheet would run as a formula is written back escaped.
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const rows = parse(text) as string[][];
    expect(rows[0]).toEqual([
      'Organisation',
      'Postcode',
      'Structure',
      'Founder',
      'Activities',
      'Insurance expiry',
      'Reason',
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[2][6]).toContain('Founder: This is empty.');

    // The Catalyst fixes the two rows in the file they downloaded and uploads it again.
    rows[1] = [
      'Ash Visits',
      'TA1 5JK',
      'charity'.replace('charity', 'CIC'),
      'Eve Ash',
      'companionship',
      '28/02/2027',
      rows[1][6],
    ];
    rows[2][3] = 'Pat Pine';
    const before = await rowCount(w.t, 'enterprises');
    const fixed = await importFile(w.t, token, w.taunton.id, { name: 'fixed.csv', bytes: csvOf(rows) });
    expect(fixed).toMatchObject({ created: 2, updated: 0, unchanged: 0, rejected: 0 });
    expect(await rowCount(w.t, 'enterprises')).toBe(before + 2);
  });

  it('flags possible duplicates (same postcode, similar name) for the Catalyst to decide', async () => {
    await createEnterprise(w, { name: 'Village Care', postcode: 'TA1 9ZZ' });
    const file = {
      name: 'dupes.csv',
      bytes: csvOf([
        ['Name', 'Postcode', 'Founder name'],
        ['Village Care Ltd', 'ta1 9zz', 'Vi'],
        ['Village Care', 'TA1 9ZZ', 'Fran Founder'],
      ]),
    };
    const preview = await importFile(w.t, token, w.taunton.id, file, { dryRun: 'true' });
    expect(preview).toMatchObject({ created: 0, unchanged: 1, rejected: 1, possibleDuplicates: 1 });
    expect(preview.duplicates).toEqual([
      {
        row: 2,
        name: 'Village Care Ltd',
        postcode: 'ta1 9zz',
        created: false,
        candidates: [
          { enterpriseId: expect.any(String), name: 'Village Care', similarity: expect.any(Number) },
        ],
      },
    ]);
    expect(preview.errors[0].message).toContain('This may be “Village Care”');
    await w.t.client.ok(
      RUN_IMPORT,
      { input: { importId: preview.id, createPossibleDuplicates: true } },
      { token },
    );
    const run = await finished(w.t, token, preview.id);
    expect(run).toMatchObject({ created: 1, unchanged: 1, rejected: 0, possibleDuplicates: 1 });
    expect(run.duplicates[0].created).toBe(true);
  });

  it('reads an .xlsx: a chosen sheet, Excel date cells, formulas by their cached value (never evaluated)', async () => {
    const bytes = await xlsxOf({
      Notes: [['nothing here']],
      Caseload: [
        ['Enterprise name', 'Postcode', 'Founder name', 'Trading start', 'Employs staff', 'Activities'],
        [
          'Willow Walks',
          'TA1 6LM',
          'Wil',
          new Date(Date.UTC(2026, 5, 1)),
          true,
          { formula: 'LOWER("MEALS")', result: 'meals' },
        ],
        [
          { formula: 'A1&"x"', result: 'Elm Errands' },
          'TA1 7NP',
          'Elle',
          '46447',
          'no',
          { richText: [{ text: 'home ' }, { text: 'help' }] },
        ],
      ],
    });
    const report = await importFile(
      w.t,
      token,
      w.taunton.id,
      { name: 'book.xlsx', bytes },
      { sheet: 'Caseload' },
    );
    expect(report).toMatchObject({ status: 'DONE', created: 2, rejected: 0 });
    const rows = await w.t.dataSource.query(
      `SELECT name, planned_trading_on::text AS planned, employs_staff, activities FROM enterprises WHERE name IN ('Willow Walks', 'Elm Errands') ORDER BY name`,
    );
    expect(rows).toEqual([
      { name: 'Elm Errands', planned: '2027-03-01', employs_staff: false, activities: ['HOME_HELP'] },
      { name: 'Willow Walks', planned: '2026-06-01', employs_staff: true, activities: ['MEALS'] },
    ]);
  });

  it('lets the Catalyst match an unknown header, remembers it for the Area, and previews again', async () => {
    const file = {
      name: 'clients.csv',
      bytes: csvOf([
        ['Client', 'Postcode', 'Founder'],
        ['Rowan Rides', 'TA1 8QR', 'Ro'],
      ]),
    };
    const preview = await importFile(w.t, token, w.taunton.id, file, { dryRun: 'true' });
    expect(preview).toMatchObject({ created: 0, rejected: 1 });
    expect(preview.errors[0]).toEqual({
      row: 2,
      column: 'Name',
      message: expect.stringContaining('No column is matched to Name'),
    });
    expect(preview.columns[0]).toEqual({ header: 'Client', field: null, sample: 'Rowan Rides' });

    await w.t.client.ok(
      MATCH_COLUMNS,
      { input: { importId: preview.id, columns: [{ header: 'Client', field: 'NAME' }] } },
      { token },
    );
    const again = await finished(w.t, token, preview.id);
    expect(again).toMatchObject({ dryRun: true, created: 1, rejected: 0 });
    // The next file with that header is matched the same way, in this Area only.
    const next = await importFile(w.t, token, w.taunton.id, file, { dryRun: 'true' });
    expect(next.columns[0].field).toBe('NAME');
    const bristol = await importFile(w.t, w.bristolCatalyst.accessToken, w.bristol.id, file, {
      dryRun: 'true',
    });
    expect(bristol.columns[0].field).toBeNull();
    // Another Area's Catalyst cannot change it or run it.
    expect(
      await w.t.client.errorCode(
        MATCH_COLUMNS,
        { input: { importId: preview.id, columns: [] } },
        { token: w.bristolCatalyst.accessToken },
      ),
    ).toBe('FORBIDDEN');
    expect(
      await w.t.client.errorCode(
        RUN_IMPORT,
        { input: { importId: preview.id } },
        { token: w.bristolCatalyst.accessToken },
      ),
    ).toBe('FORBIDDEN');
    expect(
      await w.t.client.errorCode(IMPORT, { id: preview.id }, { token: w.bristolCatalyst.accessToken }),
    ).toBe('FORBIDDEN');
    expect(await w.t.client.errorCode(IMPORT, { id: preview.id }, { token: w.holder.accessToken })).toBe(
      'FORBIDDEN',
    );
    expect(
      await w.t.client.errorCode(IMPORT, { id: '7f1c0c52-0000-4000-8000-000000000000' }, { token }),
    ).toBe('NOT_FOUND');
  });

  it('invites founders only when "send invitations" is ticked', async () => {
    const email = `inv-${Date.now()}@example.org`;
    const file = {
      name: 'invite.csv',
      bytes: csvOf([
        ['Name', 'Postcode', 'Founder name', 'Founder email'],
        ['Holly Homes', 'TA1 1HH', 'Holly', email],
      ]),
    };
    const preview = await importFile(w.t, token, w.taunton.id, file, { dryRun: 'true' });
    await w.t.client.ok(RUN_IMPORT, { input: { importId: preview.id, sendInvitations: true } }, { token });
    expect(await finished(w.t, token, preview.id)).toMatchObject({ created: 1 });
    const mail = await w.t.mailbox.waitFor(email);
    expect(mail.text).toContain('Holly Homes');
  });

  it('a trading enterprise with outstanding mandatory items is refused at the stage gate, and nothing of the row is saved', async () => {
    const file = {
      name: 'stages.csv',
      bytes: csvOf([
        ['Name', 'Postcode', 'Founder name', 'Stage'],
        ['Gate Crashers', 'TA1 1GC', 'Gil', 'Trading'],
        ['Slow Starters', 'TA1 1SS', 'Sal', 'setting up'],
      ]),
    };
    const report = await importFile(w.t, token, w.taunton.id, file);
    expect(report).toMatchObject({ created: 1, rejected: 1 });
    expect(report.errors[0]).toMatchObject({ row: 2, column: 'Stage' });
    expect(await count(`SELECT count(*)::int AS n FROM enterprises WHERE name = 'Gate Crashers'`)).toBe(0);
    const [slow] = await w.t.dataSource.query(`SELECT stage FROM enterprises WHERE name = 'Slow Starters'`);
    expect(slow.stage).toBe('SETTING_UP');
  });

  it('the reminders scan finds an imported insurance expiry the same day', async () => {
    const expiry = addDays(today, 30);
    const file = {
      name: 'insured.csv',
      bytes: csvOf([
        ['Name', 'Postcode', 'Founder name', 'Public liability insurance expiry'],
        ['Cover Care', 'TA1 1CC', 'Cora', expiry],
      ]),
    };
    const report = await importFile(w.t, token, w.taunton.id, file);
    expect(report.created).toBe(1);
    const [item] = await w.t.dataSource.query(
      `SELECT i.id FROM checklist_items i JOIN enterprises e ON e.id = i.enterprise_id
        WHERE e.name = 'Cover Care' AND i.requirement_code = 'PUBLIC_LIABILITY_INSURANCE'`,
    );
    const scanned = await w.t.client.ok<{ runReminderScan: number }>(
      graphql(`
        mutation EnterpriseImportRunReminderScan($asOf: Date) {
          runReminderScan(asOf: $asOf)
        }
      `),
      { asOf: today },
      { token: w.admin.accessToken },
    );
    expect(scanned.runReminderScan).toBeGreaterThan(0);
    const deadline = Date.now() + 20_000;
    let found: { offset_days: number }[] = [];
    while (found.length === 0 && Date.now() < deadline) {
      found = await w.t.dataSource.query(`SELECT offset_days FROM reminders WHERE item_id = $1`, [item.id]);
      if (!found.length) await new Promise((resolve) => setTimeout(resolve, 150));
    }
    expect(found).toEqual([{ offset_days: 30 }]);
  });

  it('exports the caseload as CSV and .xlsx in the same columns; importing either back changes nothing', async () => {
    const csv = await download(w.t, token, `/areas/${w.taunton.id}/enterprises.csv`);
    expect(csv.status).toBe(200);
    const rows = parse(csv.bytes.toString('utf8')) as string[][];
    const total = await count(`SELECT count(*)::int AS n FROM enterprises WHERE area_id = $1`, [
      w.taunton.id,
    ]);
    expect(rows).toHaveLength(total + 1);
    expect(rows[0][0]).toBe('Name');
    const hilltop = rows.find((row) => row[0] === 'Hilltop Helpers')!;
    expect(hilltop).toEqual([
      'Hilltop Helpers',
      'TA1 1AB',
      'Sole trader',
      'Personal care, Meals',
      'Enquiry',
      'Hana Hill',
      'hana@example.org',
      '2026-03-01',
      'No',
      inAYear,
      '',
      '2026-03-01',
      '2026-02-01',
    ]);

    const audits = await rowCount(w.t, 'audit_events');
    const back = await importFile(w.t, token, w.taunton.id, { name: 'export.csv', bytes: csv.bytes });
    expect(back).toMatchObject({ created: 0, updated: 0, unchanged: total, rejected: 0 });

    const xlsx = await download(w.t, token, `/areas/${w.taunton.id}/enterprises.xlsx`);
    expect(xlsx.type).toContain('spreadsheetml');
    const backAgain = await importFile(w.t, token, w.taunton.id, { name: 'export.xlsx', bytes: xlsx.bytes });
    expect(backAgain).toMatchObject({ created: 0, updated: 0, unchanged: total, rejected: 0 });
    expect(await rowCount(w.t, 'audit_events')).toBe(audits);

    // Filters apply, and only the Area's Catalysts (and Admins) may export.
    const setUp = parse(
      (await download(w.t, token, `/areas/${w.taunton.id}/enterprises.csv?stage=SETTING_UP`)).bytes.toString(
        'utf8',
      ),
    ) as string[][];
    expect(setUp.slice(1).map((row) => row[0])).toEqual(['Slow Starters']);
    expect(
      (await download(w.t, w.bristolCatalyst.accessToken, `/areas/${w.taunton.id}/enterprises.csv`)).status,
    ).toBe(403);
    expect((await download(w.t, token, `/areas/${w.taunton.id}/enterprises.csv?stage=NOPE`)).status).toBe(
      400,
    );
    expect((await download(w.t, w.admin.accessToken, `/areas/${w.taunton.id}/enterprises.xlsx`)).status).toBe(
      200,
    );
  });

  describe('bad input: a clear message and nothing saved', () => {
    const minimal = csvOf([
      ['Name', 'Postcode', 'Founder name'],
      ['Nope Ltd', 'TA1 1NN', 'No One'],
    ]);
    let imports: number;
    let enterprises: number;
    beforeEach(async () => {
      imports = await rowCount(w.t, 'enterprise_imports');
      enterprises = await rowCount(w.t, 'enterprises');
    });
    afterEach(async () => {
      expect(await rowCount(w.t, 'enterprise_imports')).toBe(imports);
      expect(await rowCount(w.t, 'enterprises')).toBe(enterprises);
    });

    it.each([
      [
        'a renamed PDF',
        'caseload.csv',
        Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n'),
        'That file is a PDF, not a spreadsheet',
      ],
      [
        'a renamed image',
        'caseload.xlsx',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        'That file is an image',
      ],
      ['an empty file', 'empty.csv', Buffer.alloc(0), 'The file is empty'],
      [
        'headers only',
        'headers.csv',
        csvOf([['Name', 'Postcode', 'Founder name']]),
        'The file has headers but no rows',
      ],
      [
        'a broken zip',
        'broken.xlsx',
        Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]),
        'The workbook could not be read',
      ],
    ])('refuses %s', async (_what, name, bytes, message) => {
      const response = await upload(w.t, token, w.taunton.id, { name, bytes });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: expect.stringContaining(message),
      });
    });

    it('refuses a workbook sheet that does not exist, naming the sheets it has', async () => {
      const bytes = await xlsxOf({
        Caseload: [
          ['Name', 'Postcode', 'Founder name'],
          ['A', 'TA1 1AA', 'B'],
        ],
      });
      const response = await upload(
        w.t,
        token,
        w.taunton.id,
        { name: 'book.xlsx', bytes },
        { sheet: 'Clients' },
      );
      expect(response).toMatchObject({
        status: 400,
        body: { message: expect.stringContaining('Its sheets are: Caseload') },
      });
    });

    it('refuses more than 20,000 rows and more than 20 MB', async () => {
      const many = csvOf([
        ['Name', 'Postcode', 'Founder name'],
        ...Array.from({ length: 20_001 }, (_, i) => [`E${i}`, 'TA1 1AA', 'F']),
      ]);
      const rows = await upload(w.t, token, w.taunton.id, { name: 'many.csv', bytes: many });
      expect(rows).toMatchObject({
        status: 400,
        body: { message: expect.stringContaining('more than 20,000 rows') },
      });
      const big = Buffer.concat([minimal, Buffer.alloc(20 * 1024 * 1024, 0x20)]);
      const large = await upload(w.t, token, w.taunton.id, { name: 'big.csv', bytes: big });
      expect(large.status).toBe(413);
      expect(large.body.message).toContain('20 MB');
    });

    it('refuses no file, an unknown Area, another Area’s Catalyst, a provider and anonymous callers', async () => {
      const file = { name: 'ok.csv', bytes: minimal };
      expect((await upload(w.t, token, w.taunton.id, null)).status).toBe(400);
      expect((await upload(w.t, token, '7f1c0c52-0000-4000-8000-000000000000', file)).status).toBe(404);
      expect((await upload(w.t, token, 'not-an-id', file)).status).toBe(404);
      expect((await upload(w.t, w.bristolCatalyst.accessToken, w.taunton.id, file)).status).toBe(403);
      expect((await upload(w.t, w.strangerProvider.accessToken, w.taunton.id, file)).status).toBe(403);
      expect((await upload(w.t, undefined, w.taunton.id, file)).status).toBe(401);
    });
  });
});
