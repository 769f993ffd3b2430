import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createApi } from '@small-places/app-api';
import { WorkerModule } from '@small-places/app-worker';
import { GraphQLClient } from './graphql-client';
import { Mailbox } from './mailbox';
import { forgetQueuePrefix } from './redis-prefix';
import { cloneTestDatabase, TestDatabase } from './test-database';

export interface TestAppOptions {
  /** Extra environment for this app (NODE_ENV=production, say). */
  env?: Record<string, string>;
  /** Start the worker in-process too, so queued mail is delivered to the mailbox. Default true. */
  worker?: boolean;
}

export interface TestApp {
  app: INestApplication;
  worker?: INestApplicationContext;
  url: string;
  client: GraphQLClient;
  mailbox: Mailbox;
  /** This app's file storage folder (STORAGE_URL=file:…), unless options.env chose another storage. */
  storageDir: string;
  database: TestDatabase;
  dataSource: DataSource;
  queuePrefix: string;
  close(): Promise<void>;
}

/**
 * Boots the real API (and worker) on a database of this file's own, with a queue prefix of its own,
 * listening on a free port. Talks to the machine's real PostgreSQL and Redis.
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await cloneTestDatabase();
  const mailDir = await mkdtemp(join(tmpdir(), 'sp-mail-'));
  const storageDir = await mkdtemp(join(tmpdir(), 'sp-files-'));
  const queuePrefix = `t${randomBytes(5).toString('hex')}`;
  delete process.env.SMTP_URL;
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '5',
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: queuePrefix,
    MAIL_DIR: mailDir,
    STORAGE_URL: `file:${storageDir}`,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    PUBLIC_URL: 'http://localhost:3000',
    WEB_URL: 'http://localhost:3002',
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    CORS_ORIGINS: 'http://localhost:3000',
    ...options.env,
  });
  // The test suite's cheap password hashing (PasswordHasher), unless this app asked for another NODE_ENV (which
  // would refuse it: production-posture tests boot with production's hashing) or chose PASSWORD_HASHING itself.
  if (process.env.NODE_ENV !== 'test') delete process.env.PASSWORD_HASHING;
  else if (!options.env || !('PASSWORD_HASHING' in options.env))
    process.env.PASSWORD_HASHING = 'cheap-for-tests';
  const redisUrl = process.env.REDIS_URL as string;
  const app = await createApi();
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const worker =
    options.worker === false
      ? undefined
      : await NestFactory.createApplicationContext(WorkerModule, { logger: false }).then(async (context) => {
          await context.init();
          return context;
        });
  return {
    app,
    worker,
    url,
    client: new GraphQLClient(url),
    mailbox: new Mailbox(mailDir),
    storageDir,
    database,
    dataSource: app.get(DataSource),
    queuePrefix,
    async close() {
      await worker?.close();
      await app.close();
      await forgetQueuePrefix(redisUrl, queuePrefix);
      await database.drop();
      await rm(mailDir, { recursive: true, force: true });
      await rm(storageDir, { recursive: true, force: true });
    },
  };
}
