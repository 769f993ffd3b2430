import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
// Relative on purpose: Jest's global set-up runs outside its module mapper.
import { MIGRATIONS } from '../../migrations/src';
import { dataSourceOptions } from '../../platform/src/database/data-source-options';

/** The server tests use; every test file gets its own database on it, cloned from a migrated template. */
export const ADMIN_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/postgres';
export const TEMPLATE_DATABASE = process.env.TEST_TEMPLATE_DATABASE ?? 'sp_test_template';

export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ADMIN_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Jest global set-up: a fresh template database with every migration applied, once per run. */
export async function createTemplateDatabase(): Promise<void> {
  await withAdmin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  const dataSource = new DataSource(
    dataSourceOptions({ url: databaseUrl(TEMPLATE_DATABASE), poolSize: 1, migrations: MIGRATIONS }),
  );
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

export async function dropTemplateDatabase(): Promise<void> {
  await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`));
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A database of this test file's own, cloned from the template in a few milliseconds. */
export function cloneTestDatabase(): Promise<TestDatabase> {
  return createDatabase(`sp_test_${randomBytes(6).toString('hex')}`, TEMPLATE_DATABASE);
}

/** An empty database with no migrations, for testing the migrations themselves. */
export function createEmptyDatabase(): Promise<TestDatabase> {
  return createDatabase(`sp_test_empty_${randomBytes(6).toString('hex')}`);
}

async function createDatabase(name: string, template?: string): Promise<TestDatabase> {
  await withAdmin(async (client) => {
    await client.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
    await client.query(`ALTER DATABASE ${name} SET synchronous_commit = off`);
  });
  return {
    name,
    url: databaseUrl(name),
    drop: async () => {
      await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
