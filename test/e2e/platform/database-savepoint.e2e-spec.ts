import { Database, dataSourceOptions } from '@small-places/platform';
import { cloneTestDatabase, TestDatabase } from '@small-places/testing';
import { DataSource } from 'typeorm';

/** Many all-or-nothing parts in one transaction (the caseload import's rows), on the real PostgreSQL. */
describe('Database.savepoint', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let db: Database;

  beforeAll(async () => {
    database = await cloneTestDatabase();
    dataSource = new DataSource(dataSourceOptions({ url: database.url, poolSize: 2, migrations: [] }));
    await dataSource.initialize();
    db = new Database(dataSource);
    await dataSource.query(`CREATE TABLE savepoint_probe (value text NOT NULL)`);
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('undoes a failed part and the after-commit work it asked for, keeps the others, and a kept-false part is undone after it ran', async () => {
    const ran: string[] = [];
    const part = (tx: Parameters<Parameters<Database['transaction']>[0]>[0], value: string, fail: boolean) =>
      Database.savepoint(tx, async () => {
        await tx.query(`INSERT INTO savepoint_probe (value) VALUES ($1)`, [value]);
        Database.afterCommit(tx, () => ran.push(value));
        if (fail) throw new Error(`part ${value} fails`);
        return value;
      });

    const results = await db.transaction(async (tx) => {
      const outcomes: string[] = [];
      outcomes.push(await part(tx, 'first', false));
      outcomes.push(await part(tx, 'second', true).catch((error: Error) => error.message));
      outcomes.push(await part(tx, 'third', false));
      outcomes.push(
        await Database.savepoint(
          tx,
          async () => {
            await tx.query(`INSERT INTO savepoint_probe (value) VALUES ('dry')`);
            Database.afterCommit(tx, () => ran.push('dry'));
            return (await tx.query(`SELECT count(*)::int AS n FROM savepoint_probe`))[0].n as number;
          },
          { keep: false },
        ).then((seen) => `dry saw ${seen}`),
      );
      return outcomes;
    });

    expect(results).toEqual(['first', 'part second fails', 'third', 'dry saw 3']);
    const rows: { value: string }[] = await dataSource.query(
      `SELECT value FROM savepoint_probe ORDER BY value`,
    );
    expect(rows.map((row) => row.value)).toEqual(['first', 'third']);
    expect(ran).toEqual(['first', 'third']);
  });

  it('a kept part is released with the next one; parts inside a part that is undone go with it, and the next part still opens', async () => {
    await dataSource.query(`DELETE FROM savepoint_probe`);
    const insert = (tx: Parameters<Parameters<Database['transaction']>[0]>[0], value: string) =>
      tx.query(`INSERT INTO savepoint_probe (value) VALUES ($1)`, [value]);
    await db.transaction(async (tx) => {
      await Database.savepoint(tx, () => insert(tx, 'a'));
      await Database.savepoint(tx, async () => {
        await Database.savepoint(tx, () => insert(tx, 'inner kept'));
        await Database.savepoint(tx, () => insert(tx, 'inner kept too'));
        throw new Error('the outer part fails');
      }).catch(() => undefined);
      await Database.savepoint(tx, async () => {
        await Database.savepoint(tx, () => insert(tx, 'inner of a kept part'));
      });
      await Database.savepoint(tx, () => insert(tx, 'b'));
      await Database.savepoint(tx, () => insert(tx, 'dry'), { keep: false });
      await Database.savepoint(tx, () => insert(tx, 'c'));
    });
    const rows: { value: string }[] = await dataSource.query(
      `SELECT value FROM savepoint_probe ORDER BY value`,
    );
    expect(rows.map((row) => row.value)).toEqual(['a', 'b', 'c', 'inner of a kept part']);
  });
});
