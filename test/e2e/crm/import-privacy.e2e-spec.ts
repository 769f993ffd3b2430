import { acceptInvitation, TEST_PASSWORD, graphql } from '@small-places/testing';
import { CrmWorld, crmWorld } from './crm-fixture';
import { csvOf, download, IMPORT, importFile, RUN_IMPORT } from './import-fixture';

const EXPORT = graphql(`
  query ImportPrivacyExport {
    exportMyData
  }
`);
const RUN_SCAN = graphql(`
  mutation ImportPrivacyRunReminderScan {
    runReminderScan
  }
`);
const CLOSE = graphql(`
  mutation ImportPrivacyClose($password: String!) {
    closeMyAccount(password: $password)
  }
`);

/**
 * An import's rows hold founders' names and emails as uploaded (docs/privacy.md): the founder finds the row about
 * them in their export, closing their account removes them from it, and every import's rows are deleted 30 days
 * after it finished.
 */
describe('caseload import: personal data in its rows', () => {
  let w: CrmWorld;
  let token: string;
  const cellsOf = async (importId: string) =>
    (
      (await w.t.dataSource.query(
        `SELECT cells, problems FROM enterprise_import_rows WHERE import_id = $1 ORDER BY row_number`,
        [importId],
      )) as { cells: string[]; problems: { message: string }[] }[]
    ).map((row) => ({ cells: row.cells, problems: row.problems.map((problem) => problem.message) }));

  beforeAll(async () => {
    w = await crmWorld();
    token = w.tauntonCatalyst.accessToken;
  });
  afterAll(() => w?.t.close());

  it('exports the rows about the asker, and closing their account removes their name and email from every row', async () => {
    const email = `priv-${Date.now()}@example.org`;
    const file = {
      name: 'Petra Privet caseload.csv',
      bytes: csvOf([
        ['Name', 'Postcode', 'Founder name', 'Founder email', 'Trading start'],
        ['Privet Care', 'TA1 1PV', 'Petra Privet', email, ''],
        // Her email mistyped in a second row: rejected, quoting what was typed.
        ['Privet Lunches', 'TA1 1PW', 'Petra Privet', `${email}@`, ''],
        ['Other People', 'TA1 1OP', 'Olga Other', 'olga@example.org', ''],
      ]),
    };
    const preview = await importFile(w.t, token, w.taunton.id, file, { dryRun: 'true' });
    await w.t.client.ok(RUN_IMPORT, { input: { importId: preview.id, sendInvitations: true } }, { token });
    const deadline = Date.now() + 60_000;
    let report: { status: string; created: number; rejected: number } | undefined;
    while (Date.now() < deadline) {
      report = (
        await w.t.client.ok<{ enterpriseImport: { status: string; created: number; rejected: number } }>(
          IMPORT,
          { id: preview.id },
          { token },
        )
      ).enterpriseImport;
      if (report.status === 'DONE' || report.status === 'FAILED') break;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    expect(report).toMatchObject({ status: 'DONE', created: 2, rejected: 1 });
    const founder = await acceptInvitation(w.t.client, w.t.mailbox, email, 'Petra Privet');

    const exported = await w.t.client.ok<{
      exportMyData: { enterpriseImports: { rowsAboutMe: { cells: string[]; outcome: string }[] } };
    }>(EXPORT, {}, { token: founder.accessToken });
    expect(exported.exportMyData.enterpriseImports.rowsAboutMe).toEqual([
      expect.objectContaining({
        cells: ['Privet Care', 'TA1 1PV', 'Petra Privet', email, ''],
        outcome: 'CREATED',
      }),
    ]);
    // Another person's export holds none of her rows; the Catalyst's holds the import they started.
    const catalysts = await w.t.client.ok<{
      exportMyData: { enterpriseImports: { rowsAboutMe: unknown[]; importsStarted: { id: string }[] } };
    }>(EXPORT, {}, { token });
    expect(catalysts.exportMyData.enterpriseImports.rowsAboutMe).toEqual([]);
    expect(catalysts.exportMyData.enterpriseImports.importsStarted.map((row) => row.id)).toContain(
      preview.id,
    );

    const before = JSON.stringify(await cellsOf(preview.id));
    expect(before).toContain(email);
    expect(before).toContain('Petra Privet');
    await w.t.client.ok(CLOSE, { password: TEST_PASSWORD }, { token: founder.accessToken });
    const after = await cellsOf(preview.id);
    expect(JSON.stringify(after).toLowerCase()).not.toContain(email);
    expect(JSON.stringify(after)).not.toContain('Petra Privet');
    expect(after[0].cells).toEqual(['Privet Care', 'TA1 1PV', '[removed]', '[removed]', '']);
    expect(after[1].problems.join(' ')).toContain('[removed]');
    // Other people's cells are untouched; so is the file name's other text.
    expect(after[2].cells).toEqual(['Other People', 'TA1 1OP', 'Olga Other', 'olga@example.org', '']);
    const [{ file_name }] = await w.t.dataSource.query(
      `SELECT file_name FROM enterprise_imports WHERE id = $1`,
      [preview.id],
    );
    expect(file_name).toBe('[removed] caseload.csv');
  });

  it('deletes an import’s rows 30 days after it finished, in the daily scan; the import and its counts stay', async () => {
    const file = (name: string, postcode: string) => ({
      name: `${name}.csv`,
      bytes: csvOf([
        ['Name', 'Postcode', 'Founder name', 'Founder email'],
        [`${name} Homes`, postcode, 'Rita Retained', 'rita@example.org'],
        [`${name} Broken`, postcode, '', ''],
      ]),
    });
    const old = await importFile(w.t, token, w.taunton.id, file('Old', 'TA1 1RA'));
    const recent = await importFile(w.t, token, w.taunton.id, file('Recent', 'TA1 1RB'));
    const preview = await importFile(w.t, token, w.taunton.id, file('Preview', 'TA1 1RC'), {
      dryRun: 'true',
    });
    await w.t.dataSource.query(
      `UPDATE enterprise_imports SET finished_at = now() - interval '31 days' WHERE id = ANY($1::uuid[])`,
      [[old.id, preview.id]],
    );
    await w.t.dataSource.query(
      `UPDATE enterprise_imports SET finished_at = now() - interval '29 days' WHERE id = $1`,
      [recent.id],
    );
    await w.t.client.ok(RUN_SCAN, {}, { token: w.admin.accessToken });

    const rowsOf = async (id: string) =>
      (
        await w.t.dataSource.query(
          `SELECT count(*)::int AS n FROM enterprise_import_rows WHERE import_id = $1`,
          [id],
        )
      )[0].n as number;
    expect(await rowsOf(old.id)).toBe(0);
    expect(await rowsOf(preview.id)).toBe(0);
    expect(await rowsOf(recent.id)).toBe(2);
    const [kept] = await w.t.dataSource.query(
      `SELECT created, rejected, rows_deleted_at FROM enterprise_imports WHERE id = $1`,
      [old.id],
    );
    expect(kept).toMatchObject({ created: 1, rejected: 1 });
    expect(kept.rows_deleted_at).not.toBeNull();

    // Nothing is left to run or to download: a clear CONFLICT.
    expect(await w.t.client.errorCode(RUN_IMPORT, { input: { importId: preview.id } }, { token })).toBe(
      'CONFLICT',
    );
    const csv = await download(w.t, token, `/enterprise-imports/${old.id}/rejected-rows.csv`);
    expect(csv.status).toBe(409);
    expect(csv.bytes.toString()).toContain('Upload the file again');
    expect((await download(w.t, token, `/enterprise-imports/${recent.id}/rejected-rows.csv`)).status).toBe(
      200,
    );

    // A second scan finds nothing more to delete.
    await w.t.client.ok(RUN_SCAN, {}, { token: w.admin.accessToken });
    expect(await rowsOf(recent.id)).toBe(2);
  });
});
