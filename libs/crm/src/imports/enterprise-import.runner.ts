import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import {
  AppError,
  Clock,
  Database,
  ErrorCode,
  londonDate,
  RequestContext,
  Role,
} from '@small-places/platform';
import { AccessService } from '@small-places/identity';
import {
  EnterpriseImport,
  EnterpriseImportStatus,
  ImportRowOutcome,
} from '../entities/enterprise-import.entity';
import { EnterpriseImportJob, EnterpriseImportService } from './enterprise-import.service';
import { columnOf, ImportField, missingRequiredFields } from './import-columns';
import { readRow, RowProblem } from './import-row';
import { EnterpriseRowImporter, RowResult } from './enterprise-row-importer';

const BATCH = 200;

/** Thrown to roll back a dry run's row after working it out: the preview counts exactly what a run would do. */
class DryRunRollback extends Error {
  constructor(readonly result: RowResult) {
    super('dry run');
  }
}

type Outcome = RowResult & { problems: RowProblem[] };

/**
 * The worker's side of an import: every waiting row, each in its own transaction (a dry run's rolled back),
 * progress written after each batch so the page can show it. Safe to run again: rows that already have an
 * outcome in this run are not repeated, and a second worker finds the import taken.
 */
@Injectable()
export class EnterpriseImportRunner implements BeforeApplicationShutdown {
  private readonly logger = new Logger('EnterpriseImport');
  private stopping = false;

  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
    private readonly clock: Clock,
    private readonly imports: EnterpriseImportService,
    private readonly importer: EnterpriseRowImporter,
  ) {}

  /**
   * A worker told to stop (SIGTERM) should not wait for a 20,000-row import: the runner stops after the batch
   * in hand and the job is retried, carrying on from the first row without an outcome.
   */
  beforeApplicationShutdown(): void {
    this.stopping = true;
  }

  /** False when there was nothing to do (already finished, or unknown). */
  async process(job: EnterpriseImportJob): Promise<boolean> {
    const [taken] = (
      await this.db.manager.query(
        `UPDATE enterprise_imports SET status = 'RUNNING', started_at = coalesce(started_at, now())
          WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING id`,
        [job.importId],
      )
    )[0] as { id: string }[];
    if (!taken) return false;
    const record = await this.db.manager
      .getRepository(EnterpriseImport)
      .findOneByOrFail({ id: job.importId });
    const ctx = new RequestContext(this.clock.now(), '127.0.0.1', `import-${record.id}`, {
      id: job.userId,
      roles: job.roles as Role[],
    });
    if (!(await this.access.isCatalystOf(this.db.manager, ctx, record.areaId))) {
      await this.finish(record.id, 'The person who started this import is no longer a Catalyst of the Area.');
      return true;
    }
    const matched = await this.imports.matched(record);
    const missing = missingRequiredFields(matched);
    const seen = new Map<string, number>();
    // Rows already done in an earlier attempt of this run still count as seen, for the same-file check.
    const earlier: { row_number: number; cells: string[] }[] = await this.db.manager.query(
      `SELECT row_number, cells FROM enterprise_import_rows WHERE import_id = $1 AND outcome IS NOT NULL AND outcome <> 'REJECTED'`,
      [record.id],
    );
    for (const row of earlier) seen.set(this.keyOf(row.cells, matched), row.row_number);

    let after = 0;
    for (;;) {
      if (this.stopping)
        throw new Error('The worker is stopping; the import carries on when the job is retried.');
      const rows: { row_number: number; cells: string[] }[] = await this.db.manager.query(
        `SELECT row_number, cells FROM enterprise_import_rows
          WHERE import_id = $1 AND outcome IS NULL AND row_number > $2 ORDER BY row_number LIMIT $3`,
        [record.id, after, BATCH],
      );
      if (rows.length === 0) break;
      const outcomes: (Outcome & { rowNumber: number })[] = [];
      for (const row of rows) {
        const today = londonDate(ctx.now);
        const read = readRow(record.headers, matched, row.cells, today);
        let outcome: Outcome;
        if (missing.length) {
          outcome = rejected(
            missing.map((column) => ({
              column: column.header,
              message: `No column is matched to ${column.header}. Match one on the matching page, or add the column.`,
            })),
          );
        } else if ('problems' in read) {
          outcome = rejected(read.problems);
        } else {
          const key = this.keyOf(row.cells, matched);
          const earlierRow = seen.get(key);
          if (earlierRow !== undefined) {
            outcome = rejected([
              {
                column: columnOf(ImportField.NAME).header,
                message: `Row ${earlierRow} already has this enterprise (same name and postcode). Keep one of the two rows.`,
              },
            ]);
          } else {
            outcome = await this.importOne(
              ctx,
              record,
              read.enterprise,
              record.headers[matched.indexOf(ImportField.STAGE)],
            );
            if (outcome.outcome !== ImportRowOutcome.REJECTED) seen.set(key, row.row_number);
          }
        }
        outcomes.push({ ...outcome, rowNumber: row.row_number });
      }
      await this.db.manager.query(
        `UPDATE enterprise_import_rows r
            SET outcome = o.outcome, enterprise_id = o.enterprise_id, duplicate_of = o.duplicate_of,
                problems = o.problems
           FROM jsonb_to_recordset($2::jsonb)
                AS o(row_number int, outcome text, enterprise_id uuid, duplicate_of jsonb, problems jsonb)
          WHERE r.import_id = $1 AND r.row_number = o.row_number`,
        [
          record.id,
          JSON.stringify(
            outcomes.map((o) => ({
              row_number: o.rowNumber,
              outcome: o.outcome,
              enterprise_id: o.enterpriseId,
              duplicate_of: o.duplicateOf,
              problems: o.problems,
            })),
          ),
        ],
      );
      await this.tally(record.id);
      after = rows[rows.length - 1].row_number;
    }
    await this.finish(record.id, null);
    return true;
  }

  /** Marks an import failed after its last attempt, so the page stops waiting. */
  async fail(importId: string): Promise<void> {
    await this.finish(
      importId,
      'Something went wrong while importing. Upload the file again; rows already imported will show as unchanged.',
    );
  }

  private async importOne(
    ctx: RequestContext,
    record: EnterpriseImport,
    row: Parameters<EnterpriseRowImporter['importRow']>[3],
    stageHeader: string | undefined,
  ): Promise<Outcome> {
    const options = {
      sendInvitations: record.sendInvitations,
      createPossibleDuplicates: record.createPossibleDuplicates,
    };
    try {
      const result = record.dryRun
        ? await this.db
            .transaction(async (tx) => {
              throw new DryRunRollback(await this.importer.importRow(tx, ctx, record.areaId, row, options));
            })
            .catch((error: unknown) => {
              if (error instanceof DryRunRollback) return error.result;
              throw error;
            })
        : await this.db.transaction((tx) => this.importer.importRow(tx, ctx, record.areaId, row, options));
      return {
        ...result,
        problems: result.problem
          ? [{ column: columnOf(ImportField.NAME).header, message: result.problem }]
          : [],
      };
    } catch (error) {
      // A rule the row breaks (the stage gate, a refused move): the row is refused, its transaction undone.
      if (!(error instanceof AppError) || error.code === ErrorCode.Internal) throw error;
      const column = error.code === ErrorCode.Conflict && row.stage ? (stageHeader ?? 'Stage') : 'Row';
      return rejected([{ column, message: error.message }]);
    }
  }

  private keyOf(cells: string[], matched: (ImportField | null)[]): string {
    const at = (field: ImportField) =>
      (cells[matched.indexOf(field)] ?? '').toLowerCase().replace(/\s+/g, '');
    return `${at(ImportField.NAME)}|${at(ImportField.POSTCODE)}`;
  }

  private async tally(importId: string): Promise<void> {
    await this.db.manager.query(
      `UPDATE enterprise_imports i SET
          rows_done = c.done, created = c.created, updated = c.updated, unchanged = c.unchanged,
          rejected = c.rejected, possible_duplicates = c.duplicates
         FROM (SELECT count(outcome)::int AS done,
                      count(*) FILTER (WHERE outcome = 'CREATED')::int AS created,
                      count(*) FILTER (WHERE outcome = 'UPDATED')::int AS updated,
                      count(*) FILTER (WHERE outcome = 'UNCHANGED')::int AS unchanged,
                      count(*) FILTER (WHERE outcome = 'REJECTED')::int AS rejected,
                      count(*) FILTER (WHERE jsonb_array_length(coalesce(duplicate_of, '[]')) > 0)::int AS duplicates
                 FROM enterprise_import_rows WHERE import_id = $1) c
        WHERE i.id = $1`,
      [importId],
    );
  }

  private async finish(importId: string, failure: string | null): Promise<void> {
    await this.tally(importId);
    await this.db.manager.query(
      `UPDATE enterprise_imports SET status = $2, failure = $3, finished_at = now() WHERE id = $1`,
      [importId, failure ? EnterpriseImportStatus.FAILED : EnterpriseImportStatus.DONE, failure],
    );
    if (failure) this.logger.warn({ importId, failure }, 'import failed');
  }
}

function rejected(problems: RowProblem[]): Outcome {
  return { outcome: ImportRowOutcome.REJECTED, enterpriseId: null, duplicateOf: null, problems };
}
