import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { createApi } from '../../../apps/api/src/bootstrap';
import { MIGRATIONS } from '@small-places/migrations';
import { dataSourceOptions } from '@small-places/platform';
import { createEmptyDatabase, createTestApp, TestApp } from '@small-places/testing';

const run = promisify(execFile);

describe('health checks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ worker: false });
  });
  afterAll(() => t?.close());

  it('/health/live answers while the process is up', async () => {
    const response = await fetch(`${t.url}/health/live`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  it('/health/ready checks the database, Redis and migrations', async () => {
    const response = await fetch(`${t.url}/health/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' }, redis: { status: 'up' }, migrations: { status: 'up' } },
    });
  });
});

describe('migrations', () => {
  it('run forward on an empty database, then find nothing left to do', async () => {
    const database = await createEmptyDatabase();
    const dataSource = new DataSource(
      dataSourceOptions({ url: database.url, poolSize: 1, migrations: MIGRATIONS }),
    );
    try {
      await dataSource.initialize();
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      expect(applied.map((migration) => migration.name)).toEqual(MIGRATIONS.map((m) => m.name));
      expect(await dataSource.showMigrations()).toBe(false);
      expect(await dataSource.runMigrations({ transaction: 'each' })).toEqual([]);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });

  it('the API refuses to start on a database with pending migrations', async () => {
    const database = await createEmptyDatabase();
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = database.url;
    try {
      await expect(createApi()).rejects.toThrow(/npm run migrate/);
    } finally {
      process.env.DATABASE_URL = previous;
      await database.drop();
    }
  });

  it('`migrate` fails loudly, with a non-zero exit, when it cannot migrate', async () => {
    const cli = require.resolve('../../../dist/apps/cli/src/main.js');
    const failure = await run('node', [cli, 'migrate'], {
      env: { ...process.env, DATABASE_URL: 'postgres://root@127.0.0.1:5432/sp_database_that_does_not_exist' },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(/Failed: .*does not exist/);
  });
});
