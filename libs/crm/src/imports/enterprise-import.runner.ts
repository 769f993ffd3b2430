import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import {
  AppError,
  AuditService,
  Clock,
  Database,
  DomainEvents,
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
import { ImportedEnterprise, readRow, RowProblem } from './import-row';
import { EnterpriseRowImporter, KnownMatch, RowResult } from './enterprise-row-importer';
import { EntityManager } from 'typeorm';

const BATCH = 200;

type Outcome = RowResult & { problems: RowProblem[] };
type Readable = Exclude<ReturnType<typeof readRow>, { problems: RowProblem[] }>;

/**
 * The worker's side of an import: every waiting row, a batch of them in one transaction with each row behind its
 * own savepoint (a dry run's undone), outcomes and progress written in the batch's transaction so the page can
 * show it. Safe to run again: rows that already have an
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
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
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
      const today = londonDate(ctx.now);
      // Read and check the whole batch in memory first; only rows that may change the caseload reach the database.
      const read = rows.map((row) => readRow(record.headers, matched, row.cells, today));
      const stageHeader = record.headers[matched.indexOf(ImportField.STAGE)];
      // One transaction for the batch, each row behind its own savepoint (all or nothing per row), the outcomes
      // and the counts written in it too: a batch is either wholly done with its outcomes or not at all, so a
      // retried job carries on exactly where the last committed batch ended. That is also why the batch may
      // commit without waiting for the disk (synchronous_commit off): a batch lost in a database crash is lost
      // with its outcomes and done again.
      await this.db.transaction(async (tx) => {
        await tx.query(`SET LOCAL synchronous_commit = off`);
        const valid = missing.length ? [] : read.filter((r): r is Readable => !('problems' in r));
        const known = await this.importer.lookUp(
          tx,
          record.areaId,
          valid.map((r) => r.enterprise),
        );
        const knownOf = new Map(valid.map((r, i) => [r, known[i]]));
        // A row at a postcode this batch has already created at looks itself up again, to see those enterprises.
        const createdAt = new Set<string>();
        const outcomes: (Outcome & { rowNumber: number })[] = [];
        await this.togetherUnlessDryRun(tx, record.dryRun, async () => {
          for (const [index, row] of rows.entries()) {
            const readRowResult = read[index];
            let outcome: Outcome;
            if (missing.length) {
              outcome = rejected(
                missing.map((column) => ({
                  column: column.header,
                  message: `No column is matched to ${column.header}. Match one on the matching page, or add the column.`,
                })),
              );
            } else if ('problems' in readRowResult) {
              outcome = rejected(readRowResult.problems);
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
                const enterprise = readRowResult.enterprise;
                outcome = await this.importOne(
                  tx,
                  ctx,
                  record,
                  enterprise,
                  stageHeader,
                  createdAt.has(enterprise.postcode) ? undefined : knownOf.get(readRowResult),
                );
                if (outcome.outcome !== ImportRowOutcome.REJECTED) seen.set(key, row.row_number);
                if (outcome.outcome === ImportRowOutcome.CREATED && !record.dryRun)
                  createdAt.add(enterprise.postcode);
              }
            }
            outcomes.push({ ...outcome, rowNumber: row.row_number });
          }
        });
        await tx.query(
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
        await this.tally(tx, record.id);
      });
      after = rows[rows.length - 1].row_number;
    }
    await this.finish(record.id, null);
    return true;
  }

  /**
   * A run's rows write their audit lines and timeline entries (and listings recompute) together at the end of
   * the batch, a statement each instead of a statement each a row; nothing in a row reads them back. A dry
   * run's rows are each undone once worked out, so what each writes must be written, and undone, with it.
   */
  private togetherUnlessDryRun(tx: EntityManager, dryRun: boolean, work: () => Promise<void>): Promise<void> {
    if (dryRun) return work();
    return this.audit.gathered(tx, () => this.events.gathered(tx, work));
  }

  /** Marks an import failed after its last attempt, so the page stops waiting. */
  async fail(importId: string): Promise<void> {
    await this.finish(
      importId,
      'Something went wrong while importing. Upload the file again; rows already imported will show as unchanged.',
    );
  }

  /** One row behind a savepoint of the batch's transaction; a dry run's row is undone after working it out. */
  private async importOne(
    tx: EntityManager,
    ctx: RequestContext,
    record: EnterpriseImport,
    row: ImportedEnterprise,
    stageHeader: string | undefined,
    known: KnownMatch | undefined,
  ): Promise<Outcome> {
    const options = {
      sendInvitations: record.sendInvitations,
      createPossibleDuplicates: record.createPossibleDuplicates,
    };
    try {
      const result = await Database.savepoint(
        tx,
        () => this.importer.importRow(tx, ctx, record.areaId, row, options, known),
        { keep: !record.dryRun },
      );
      return {
        ...result,
        problems: result.problem
          ? [{ column: columnOf(ImportField.NAME).header, message: result.problem }]
          : [],
      };
    } catch (error) {
      // A rule the row breaks (the stage gate, a refused move): the row is refused, its savepoint undone.
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

  private async tally(tx: EntityManager, importId: string): Promise<void> {
    await tx.query(
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
    await this.tally(this.db.manager, importId);
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
