import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { APP_CONFIG, AppConfig, assertNoPendingMigrations } from '@small-places/platform';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { ApiModule } from './api.module';

export const BODY_LIMIT = '2mb';
/** What a browser script may read of an open-data answer. */
const OPEN_DATA_HEADERS = ['ETag', 'Last-Modified', 'Retry-After'];

/** Builds the API exactly as production runs it; tests and benchmarks use the same function. */
export async function createApi(): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, {
    bufferLogs: true,
    abortOnError: false,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  const config = app.get<AppConfig>(APP_CONFIG);
  try {
    await assertNoPendingMigrations(app.get(DataSource));
  } catch (error) {
    await app.close();
    throw error;
  }

  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  // GraphQL answers POSTs, which are never revalidated: hashing every response body for an ETag is wasted work.
  app.set('etag', false);
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.use(
    helmet({
      // Apollo's development landing page loads its own scripts; production has no landing page.
      contentSecurityPolicy: config.isProduction ? undefined : false,
      crossOriginEmbedderPolicy: false,
    }),
  );
  // The open-data feed is for anyone's directory: any origin may GET it, without credentials.
  const openData = {
    origin: '*',
    methods: ['GET', 'HEAD'],
    credentials: false,
    maxAge: 600,
    exposedHeaders: OPEN_DATA_HEADERS,
  };
  const api = { origin: config.corsOrigins, credentials: true, maxAge: 600 };
  app.enableCors((request: { url?: string }, answer: (error: Error | null, options: object) => void) =>
    answer(null, request.url?.startsWith('/openreferral') ? openData : api),
  );
  app.enableShutdownHooks();
  return app;
}
