import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Pool } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

const AFTER_COMMIT = Symbol('afterCommit');
type TxManager = EntityManager & { [AFTER_COMMIT]?: Array<() => unknown> };
let savepoints = 0;

/**
 * Transactions with work that waits for the commit (events, queue jobs): nothing is announced for a change
 * that was rolled back.
 */
@Injectable()
export class Database {
  private readonly logger = new Logger(Database.name);

  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /**
   * A read outside any transaction through a named prepared statement: `pg` prepares it once per pooled
   * connection, and PostgreSQL can then keep its plan instead of planning every call (docs/performance.md).
   * TypeORM cannot name a statement, so this goes to its `pg` pool directly; it still tells the DataSource's
   * logger, as TypeORM does for every query, so statement counts and query logs see it.
   */
  async prepared<T>(statement: { name: string; text: string; values: unknown[] }): Promise<T[]> {
    this.dataSource.logger.logQuery(statement.text, statement.values);
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    const result = await pool.query(statement);
    return result.rows as T[];
  }

  /**
   * A large read a page at a time through a server-side cursor: the query is planned and run once however many
   * pages it has, and the process holds one page. It reads one snapshot, in a read-only transaction of its own
   * on a connection of its own, for as long as the caller is paging; leaving the loop early closes it.
   */
  async *pages<T>(text: string, values: unknown[], pageSize: number): AsyncGenerator<T[]> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      // Every row is wanted: plan for the whole result, not for the first page.
      await runner.query('SET LOCAL cursor_tuple_fraction = 1');
      await runner.query(`DECLARE pages NO SCROLL CURSOR FOR ${text}`, values);
      for (;;) {
        const rows: T[] = await runner.query(`FETCH FORWARD ${Math.max(1, Math.floor(pageSize))} FROM pages`);
        if (rows.length > 0) yield rows;
        if (rows.length < pageSize) return;
      }
    } finally {
      await runner.query('ROLLBACK').catch(() => undefined);
      await runner.release();
    }
  }

  async transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    const hooks: Array<() => unknown> = [];
    const result = await this.dataSource.transaction(async (manager) => {
      (manager as TxManager)[AFTER_COMMIT] = hooks;
      return work(manager);
    });
    for (const hook of hooks) {
      try {
        await hook();
      } catch (error) {
        this.logger.error({ err: error }, 'after-commit work failed');
      }
    }
    return result;
  }

  /**
   * Runs `work` inside `tx` behind a SAVEPOINT, so a failure undoes only this part (and the after-commit work it
   * asked for) and the transaction goes on: many items in one transaction, each its own all-or-nothing unit
   * (the caseload import's rows). `keep: false` always undoes the part after working it out (a dry run).
   */
  static async savepoint<T>(
    tx: EntityManager,
    work: () => Promise<T>,
    options: { keep: boolean } = { keep: true },
  ): Promise<T> {
    const hooks = (tx as TxManager)[AFTER_COMMIT];
    const hooksBefore = hooks?.length ?? 0;
    const name = `sp_${++savepoints}`;
    await tx.query(`SAVEPOINT ${name}`);
    let result: T;
    try {
      result = await work();
    } catch (error) {
      await tx.query(`ROLLBACK TO SAVEPOINT ${name}`);
      hooks?.splice(hooksBefore);
      throw error;
    }
    if (options.keep) {
      await tx.query(`RELEASE SAVEPOINT ${name}`);
    } else {
      await tx.query(`ROLLBACK TO SAVEPOINT ${name}`);
      hooks?.splice(hooksBefore);
    }
    return result;
  }

  /** Runs `hook` once the transaction that `tx` belongs to has committed, or at once outside one. */
  static afterCommit(tx: EntityManager, hook: () => unknown): void {
    const hooks = (tx as TxManager)[AFTER_COMMIT];
    if (hooks) hooks.push(hook);
    else void Promise.resolve().then(hook);
  }
}

/** Thrown at start-up so the API never serves a schema its database does not have. */
export async function assertNoPendingMigrations(dataSource: DataSource): Promise<void> {
  if (await dataSource.showMigrations()) {
    throw new Error('The database has migrations that have not been run. Run `npm run migrate` first.');
  }
}
