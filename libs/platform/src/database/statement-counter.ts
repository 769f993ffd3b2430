import { DataSource, Logger, QueryRunner } from 'typeorm';

/**
 * Counts the SQL statements a piece of work sends through TypeORM (every query, raw or built, passes the
 * DataSource's logger), to prove list queries do not grow with the page size.
 */
export async function countStatements(dataSource: DataSource, work: () => Promise<unknown>): Promise<number> {
  const original = dataSource.logger;
  let count = 0;
  const counting: Logger = {
    logQuery: (query: string, parameters?: unknown[], runner?: QueryRunner) => {
      if (!/^(START TRANSACTION|COMMIT|ROLLBACK)/i.test(query)) count += 1;
      original.logQuery(query, parameters, runner);
    },
    logQueryError: (...args) => original.logQueryError(...args),
    logQuerySlow: (...args) => original.logQuerySlow(...args),
    logSchemaBuild: (...args) => original.logSchemaBuild(...args),
    logMigration: (...args) => original.logMigration(...args),
    log: (...args) => original.log(...args),
  };
  Object.defineProperty(dataSource, 'logger', { value: counting, configurable: true, writable: true });
  try {
    await work();
    return count;
  } finally {
    Object.defineProperty(dataSource, 'logger', { value: original, configurable: true, writable: true });
  }
}
