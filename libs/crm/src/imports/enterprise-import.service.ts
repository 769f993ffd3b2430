import { Injectable } from '@nestjs/common';
import { AccessService } from '@small-places/identity';
import {
  badInput,
  conflict,
  Database,
  forbidden,
  isUuid,
  notFound,
  QueueName,
  QueueService,
  RequestContext,
  toCsv,
} from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { Area } from '../entities/area.entity';
import {
  EnterpriseImport,
  EnterpriseImportMatching,
  EnterpriseImportRow,
  EnterpriseImportStatus,
  ImportRowOutcome,
} from '../entities/enterprise-import.entity';
import { IMPORT_ROWS_KEPT_DAYS } from './import-row-retention';
import {
  EnterpriseImportColumnType,
  EnterpriseImportDuplicateType,
  EnterpriseImportErrorType,
  MatchEnterpriseImportColumnsInput,
  RunEnterpriseImportInput,
} from './enterprise-import.dto';
import { ImportField, matchHeaders, normaliseHeader, RememberedMatching } from './import-columns';
import { readSpreadsheet } from './spreadsheet-reader';

/** What a job carries: the import and who asked (their roles, for the access checks the rows go through). */
export interface EnterpriseImportJob {
  importId: string;
  userId: string;
  roles: string[];
}

export interface UploadOptions {
  dryRun: boolean;
  sendInvitations: boolean;
  createPossibleDuplicates: boolean;
  sheet?: string;
}

const ROW_INSERT_BATCH = 1000;

/** An import waiting for its run, with nothing counted yet: when it is made, and when it is run again. */
function queuedAfresh(): Partial<EnterpriseImport> {
  return {
    status: EnterpriseImportStatus.QUEUED,
    rowsDone: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    possibleDuplicates: 0,
    failure: null,
    startedAt: null,
    finishedAt: null,
  };
}

/**
 * Uploads, previews and runs of caseload imports (docs/imports.md). Parsing happens on upload, so a file that
 * is no spreadsheet is refused before anything is saved; rows then wait in the database for the worker.
 */
@Injectable()
export class EnterpriseImportService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
    private readonly queues: QueueService,
  ) {}

  /** Catalyst of the Area or Admin. Checks the caller before reading the file. */
  async upload(
    ctx: RequestContext,
    areaId: string,
    file: { name: string; bytes: Buffer } | undefined,
    options: UploadOptions,
  ): Promise<{ id: string }> {
    await this.requireArea(this.db.manager, ctx, areaId);
    if (!file) throw badInput('Choose a file to upload: a CSV file or an Excel workbook (.xlsx).');
    const sheet = await readSpreadsheet(file.bytes, options.sheet);
    return this.db.transaction(async (tx) => {
      await this.requireArea(tx, ctx, areaId);
      const saved = await tx.getRepository(EnterpriseImport).save(
        tx.getRepository(EnterpriseImport).create({
          areaId,
          createdById: ctx.signedIn.id,
          fileName: file.name.slice(0, 200) || 'upload',
          fileKind: sheet.kind,
          headers: sheet.headers,
          dryRun: options.dryRun,
          sendInvitations: options.sendInvitations,
          createPossibleDuplicates: options.createPossibleDuplicates,
          rowsTotal: sheet.rows.length,
          ...queuedAfresh(),
        }),
      );
      for (let start = 0; start < sheet.rows.length; start += ROW_INSERT_BATCH) {
        const batch = sheet.rows.slice(start, start + ROW_INSERT_BATCH);
        await tx.query(
          `INSERT INTO enterprise_import_rows (import_id, row_number, cells)
           SELECT $1, (r->>'number')::int, ARRAY(SELECT jsonb_array_elements_text(r->'cells'))
             FROM jsonb_array_elements($2::jsonb) AS r`,
          [saved.id, JSON.stringify(batch)],
        );
      }
      this.enqueueAfterCommit(tx, ctx, saved.id);
      return { id: saved.id };
    });
  }

  async get(ctx: RequestContext, id: string): Promise<EnterpriseImport> {
    return this.loadFor(this.db.manager, ctx, id);
  }

  /** The rows' problems in row order, the first `first` of them. */
  async errors(importId: string, first: number): Promise<EnterpriseImportErrorType[]> {
    const rows = await this.db.manager.query(
      `SELECT r.row_number AS row, p->>'column' AS column, p->>'message' AS message
         FROM enterprise_import_rows r CROSS JOIN LATERAL jsonb_array_elements(r.problems) AS p
        WHERE r.import_id = $1 AND r.outcome = 'REJECTED'
        ORDER BY r.row_number LIMIT $2`,
      [importId, Math.max(0, Math.min(first, 1000))],
    );
    return rows as EnterpriseImportErrorType[];
  }

  async duplicates(record: EnterpriseImport, first: number): Promise<EnterpriseImportDuplicateType[]> {
    const rows = await this.db.manager.getRepository(EnterpriseImportRow).find({
      where: { importId: record.id },
      order: { rowNumber: 'ASC' },
      take: 20_000,
    });
    const matched = await this.matched(record);
    const nameAt = matched.indexOf(ImportField.NAME);
    const postcodeAt = matched.indexOf(ImportField.POSTCODE);
    return rows
      .filter((row) => row.duplicateOf?.length)
      .slice(0, Math.max(0, Math.min(first, 1000)))
      .map((row) => ({
        row: row.rowNumber,
        name: row.cells[nameAt] ?? '',
        postcode: row.cells[postcodeAt] ?? '',
        candidates: row.duplicateOf!,
        created: row.outcome === ImportRowOutcome.CREATED,
      }));
  }

  /** Each column of the file, the field it feeds now, and a sample value. */
  async columns(record: EnterpriseImport): Promise<EnterpriseImportColumnType[]> {
    const matched = await this.matched(record);
    const samples: { cells: string[] }[] = await this.db.manager.query(
      `SELECT cells FROM enterprise_import_rows WHERE import_id = $1 ORDER BY row_number LIMIT 20`,
      [record.id],
    );
    return record.headers.map((header, index) => ({
      header,
      field: matched[index],
      sample: samples.map((row) => row.cells[index] ?? '').find((cell) => cell.trim()) ?? '',
    }));
  }

  /** The Area's remembered matching applied to the file's headers. */
  async matched(
    record: EnterpriseImport,
    manager: EntityManager = this.db.manager,
  ): Promise<(ImportField | null)[]> {
    const remembered = await manager
      .getRepository(EnterpriseImportMatching)
      .findOneBy({ areaId: record.areaId });
    return matchHeaders(record.headers, remembered?.matching ?? {});
  }

  /**
   * The Catalyst's matching of this file's headers, remembered for the Area; a preview is worked out again
   * with it. Refused while the import runs or after it was carried out.
   */
  async matchColumns(
    ctx: RequestContext,
    input: MatchEnterpriseImportColumnsInput,
  ): Promise<EnterpriseImport> {
    return this.db.transaction(async (tx) => {
      const record = await this.loadFor(tx, ctx, input.importId, true);
      this.requireRows(record);
      if (!record.dryRun || record.status === EnterpriseImportStatus.RUNNING)
        throw conflict(
          'This import has started; upload the file again to change how its columns are matched.',
        );
      const known = new Set(record.headers.map(normaliseHeader));
      const existing = await tx.getRepository(EnterpriseImportMatching).findOneBy({ areaId: record.areaId });
      const matching: RememberedMatching = { ...(existing?.matching ?? {}) };
      for (const column of input.columns) {
        const key = normaliseHeader(column.header);
        if (!known.has(key)) {
          throw badInput(`This file has no column headed “${column.header}”.`, {
            columns: ['names a header the file does not have'],
          });
        }
        matching[key] = column.field ?? null;
      }
      await tx
        .getRepository(EnterpriseImportMatching)
        .upsert(
          { areaId: record.areaId, matching, updatedById: ctx.signedIn.id, updatedAt: ctx.now },
          { conflictPaths: ['areaId'] },
        );
      return this.requeue(tx, ctx, record, {});
    });
  }

  /** Carries out a finished preview for real, with the Catalyst's choices. */
  async run(ctx: RequestContext, input: RunEnterpriseImportInput): Promise<EnterpriseImport> {
    return this.db.transaction(async (tx) => {
      const record = await this.loadFor(tx, ctx, input.importId, true);
      if (!record.dryRun) throw conflict('This import has already been run.');
      this.requireRows(record);
      if (record.status !== EnterpriseImportStatus.DONE)
        throw conflict('The preview is not finished yet. Wait for it, then run the import.');
      return this.requeue(tx, ctx, record, {
        dryRun: false,
        sendInvitations: input.sendInvitations ?? false,
        createPossibleDuplicates: input.createPossibleDuplicates ?? false,
      });
    });
  }

  /** The rejected rows as the file had them, with a Reason column: fix them and upload this file again. */
  async rejectedCsv(ctx: RequestContext, id: string): Promise<{ fileName: string; csv: string }> {
    const record = await this.loadFor(this.db.manager, ctx, id);
    this.requireRows(record);
    const rows = await this.db.manager.getRepository(EnterpriseImportRow).find({
      where: { importId: id, outcome: ImportRowOutcome.REJECTED },
      order: { rowNumber: 'ASC' },
    });
    const csv = toCsv(
      [...record.headers, 'Reason'],
      rows.map((row) => [
        ...record.headers.map((_, index) => row.cells[index] ?? ''),
        row.problems.map((problem) => `${problem.column}: ${problem.message}`).join(' '),
      ]),
    );
    return { fileName: `rejected-rows-${record.createdAt.toISOString().slice(0, 10)}.csv`, csv };
  }

  /** An import's rows are deleted 30 days after it finished (ImportRowRetention): nothing is left to run or show. */
  private requireRows(record: EnterpriseImport): void {
    if (record.rowsDeletedAt)
      throw conflict(
        `This file’s rows were deleted ${IMPORT_ROWS_KEPT_DAYS} days after the import finished, as they hold people’s names and emails. Upload the file again.`,
      );
  }

  private async requeue(
    tx: EntityManager,
    ctx: RequestContext,
    record: EnterpriseImport,
    changes: Partial<EnterpriseImport>,
  ): Promise<EnterpriseImport> {
    Object.assign(record, changes, queuedAfresh());
    const saved = await tx.getRepository(EnterpriseImport).save(record);
    await tx.query(
      `UPDATE enterprise_import_rows SET outcome = NULL, enterprise_id = NULL, duplicate_of = NULL, problems = '[]'
        WHERE import_id = $1`,
      [record.id],
    );
    this.enqueueAfterCommit(tx, ctx, record.id);
    return saved;
  }

  private enqueueAfterCommit(tx: EntityManager, ctx: RequestContext, importId: string): void {
    const job: EnterpriseImportJob = { importId, userId: ctx.signedIn.id, roles: [...ctx.signedIn.roles] };
    // A fresh job id per queueing: the same import may be previewed again, then run.
    const jobId = `import-${importId}-${ctx.now.getTime()}-${Math.random().toString(36).slice(2, 8)}`;
    Database.afterCommit(tx, () => this.queues.add(QueueName.EnterpriseImports, 'import', job, { jobId }));
  }

  private async requireArea(manager: EntityManager, ctx: RequestContext, areaId: string): Promise<void> {
    if (!isUuid(areaId) || !(await manager.getRepository(Area).existsBy({ id: areaId })))
      throw notFound('That Area');
    if (!(await this.access.isCatalystOf(manager, ctx, areaId)))
      throw forbidden('Only a Catalyst of this Area can import enterprises into it.');
  }

  private async loadFor(
    manager: EntityManager,
    ctx: RequestContext,
    id: string,
    lock = false,
  ): Promise<EnterpriseImport> {
    const record = isUuid(id)
      ? await manager
          .getRepository(EnterpriseImport)
          .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) })
      : null;
    if (!record) throw notFound('That import');
    if (!(await this.access.isCatalystOf(manager, ctx, record.areaId)))
      throw forbidden('Only a Catalyst of the Area can see its imports.');
    return record;
  }
}
