import { Injectable } from '@nestjs/common';
import {
  ClosingAccount,
  PersonalData,
  PersonalDataSection,
  personalStringMatch,
  REMOVED_TEXT,
  scrubFreeText,
} from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { RowProblem } from './import-row';

/**
 * The caseload import in an export and at account closure (docs/privacy.md). Its rows hold spreadsheets as a
 * Catalyst uploaded them, founders' names and emails among them (kept 30 days, `ImportRowRetention`). A person's
 * rows are those with a cell holding an email they are a member under; the imports a Catalyst started are
 * theirs too (without the rows, which are about other people).
 */
@Injectable()
@PersonalData()
export class ImportPersonalData implements PersonalDataSection {
  readonly name = 'enterpriseImports';

  async export(tx: EntityManager, userId: string): Promise<unknown> {
    const rowsAboutMe: Record<string, unknown>[] = await tx.query(
      `SELECT i.id AS import_id, i.file_name, i.created_at AS uploaded_at, r.row_number, i.headers, r.cells,
              r.outcome, r.enterprise_id, r.problems
         FROM enterprise_import_rows r JOIN enterprise_imports i ON i.id = r.import_id
        WHERE EXISTS (SELECT 1 FROM unnest(r.cells) AS cell
                       WHERE lower(trim(cell)) IN (SELECT lower(email) FROM enterprise_members
                                                    WHERE user_id = $1 AND email IS NOT NULL))
        ORDER BY i.created_at, r.row_number`,
      [userId],
    );
    const importsStarted: Record<string, unknown>[] = await tx.query(
      `SELECT id, area_id, file_name, status, dry_run, rows_total, created, updated, unchanged, rejected,
              created_at, finished_at, rows_deleted_at
         FROM enterprise_imports WHERE created_by_id = $1 ORDER BY created_at`,
      [userId],
    );
    return { rowsAboutMe, importsStarted };
  }

  /**
   * Every cell holding one of the person's strings (their email, name, member names…) becomes `[removed]`, and
   * the strings are scrubbed from the rows' problems (which quote what was typed) and from file names.
   */
  async erase(tx: EntityManager, account: ClosingAccount): Promise<void> {
    const match = personalStringMatch([account.email, ...account.personalStrings]);
    if (!match) return;
    await tx.query(
      `UPDATE enterprise_import_rows r
          SET cells = ARRAY(SELECT CASE WHEN u.cell ILIKE ANY($1::text[]) THEN $2 ELSE u.cell END
                              FROM unnest(r.cells) WITH ORDINALITY AS u(cell, n) ORDER BY u.n)
        WHERE EXISTS (SELECT 1 FROM unnest(r.cells) AS cell WHERE cell ILIKE ANY($1::text[]))`,
      [match.patterns, REMOVED_TEXT],
    );
    const quoted: { import_id: string; row_number: number; problems: RowProblem[] }[] = await tx.query(
      `SELECT import_id, row_number, problems FROM enterprise_import_rows
        WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(problems) AS p
                       WHERE p ->> 'message' ILIKE ANY($1::text[]))`,
      [match.patterns],
    );
    for (const row of quoted) {
      const problems = row.problems.map((problem) => ({
        ...problem,
        message: problem.message.replace(match.regex, REMOVED_TEXT),
      }));
      await tx.query(
        `UPDATE enterprise_import_rows SET problems = $3::jsonb WHERE import_id = $1 AND row_number = $2`,
        [row.import_id, row.row_number, JSON.stringify(problems)],
      );
    }
    await scrubFreeText(tx, 'enterprise_imports', ['file_name'], [account.email, ...account.personalStrings]);
  }
}
