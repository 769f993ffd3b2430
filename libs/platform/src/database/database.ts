import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Pool } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

const AFTER_COMMIT = Symbol('afterCommit');
type TxManager = EntityManager & { [AFTER_COMMIT]?: Array<() => unknown> };

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

/** The PostgreSQL error code of a failed statement (`23502`, `22P02`...), or undefined. */
export function databaseErrorCode(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const driverError = (error as { driverError?: { code?: unknown } }).driverError ?? error;
  const code = (driverError as { code?: unknown }).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * Values the client sent that PostgreSQL refused as malformed for the column's type (a crafted cursor's
 * "not-a-date") or as missing where the column requires one (an explicit null for a field that cannot be
 * emptied). Always the input's fault, never ours: BAD_USER_INPUT, and the transaction has rolled back.
 */
export const CLIENT_VALUE_ERROR_CODES = new Set([
  '23502', // not_null_violation
  '22P02', // invalid_text_representation
  '22007', // invalid_datetime_format
  '22008', // datetime_field_overflow
  '22003', // numeric_value_out_of_range
  '22021', // character_not_in_repertoire (a NUL byte)
  '54000', // program_limit_exceeded (an index row too large)
]);

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError =
    (error as { driverError?: { code?: string; constraint?: string } }).driverError ?? error;
  const { code, constraint: name } = driverError as { code?: string; constraint?: string };
  return code === '23505' && (constraint === undefined || name === constraint);
}
