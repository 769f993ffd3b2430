import { Injectable, Logger } from '@nestjs/common';
import { DueReminders, ReminderJob, ReminderSource, ReminderSourcePlugIn } from '@small-places/notifications';
import { Database } from '@small-places/platform';

/** How long an import keeps its rows (the spreadsheet as uploaded, founders' names and emails) once finished. */
export const IMPORT_ROWS_KEPT_DAYS = 30;

/**
 * Retention of the caseload import's rows (docs/privacy.md): the daily scan's `prepare` deletes the rows of every
 * import that finished more than 30 days ago and marks the import, whose counts stay. It reminds nobody.
 */
@Injectable()
@ReminderSourcePlugIn()
export class ImportRowRetention implements ReminderSource {
  readonly subject = 'IMPORT_ROWS';
  readonly cadence = 'DAILY';

  private readonly logger = new Logger('ImportRowRetention');

  constructor(private readonly db: Database) {}

  /**
   * Deletes the rows of imports finished before `now` less 30 days. Returns 0: the scan's count is of checklist
   * items expired, and this expires none (the number of imports is logged instead).
   */
  async prepare(_day: string, now: Date): Promise<number> {
    const deleted = await this.db.transaction(async (tx) => {
      // TypeORM answers an UPDATE with [rows, count].
      const [imports]: [{ id: string }[], number] = await tx.query(
        `UPDATE enterprise_imports SET rows_deleted_at = $1
          WHERE rows_deleted_at IS NULL AND finished_at IS NOT NULL
            AND finished_at < $1::timestamptz - make_interval(days => $2)
          RETURNING id`,
        [now, IMPORT_ROWS_KEPT_DAYS],
      );
      if (imports.length === 0) return 0;
      await tx.query(`DELETE FROM enterprise_import_rows WHERE import_id = ANY($1::uuid[])`, [
        imports.map((row) => row.id),
      ]);
      return imports.length;
    });
    if (deleted) this.logger.log({ imports: deleted }, 'import rows deleted after 30 days');
    return 0;
  }

  due(): Promise<ReminderJob[]> {
    return Promise.resolve([]);
  }

  stillDue(): Promise<DueReminders> {
    return Promise.resolve({ jobs: [], send: () => Promise.resolve() });
  }
}
