import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { APP_CONFIG, AppConfig, assertNoPendingMigrations, requestIdOf } from '@small-places/platform';
import { Logger } from 'nestjs-pino';
import helmet from 'helmet';
import { DataSource } from 'typeorm';
import { ApiModule } from './api.module';

/** JSON bodies (GraphQL operations): 2 MB. Uploads are multipart and streamed, with their own limits. */
export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;
/** What a browser script may read of an open-data answer. */
const OPEN_DATA_HEADERS = ['ETag', 'Last-Modified', 'Retry-After'];

/** Builds the API exactly as production runs it; tests and benchmarks use the same function. */
export async function createApi(): Promise<INestApplication> {
  // Fastify, not Express: a third less of the API's CPU per request (docs/performance.md, fifth pass).
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: 'loopback, linklocal, uniquelocal',
    // `/openreferral/` is `/openreferral`, as it was on Express.
    routerOptions: { ignoreTrailingSlash: true },
    genReqId: requestIdOf,
  });
  // Uploads are read as streams by the routes that take them (receiveOneFile), never parsed into a body.
  adapter.getInstance().addContentTypeParser('multipart/form-data', (_request, _payload, done) => done(null));
  // The request id nestjs-pino logs and the AuthGuard records: the caller's X-Request-Id or a new one, echoed.
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    void reply.header('X-Request-Id', request.id);
    done();
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule, adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  const config = app.get<AppConfig>(APP_CONFIG);
  try {
    await assertNoPendingMigrations(app.get(DataSource));
  } catch (error) {
    await app.close();
    throw error;
  }

  // helmet's headers, worked out once: its Fastify plugin builds the whole of helmet again on every request
  // (2 % of the API's CPU a search, docs/performance.md), for the same headers.
  const securityHeaders = helmet({
    // Apollo's development landing page loads its own scripts; production has no landing page.
    contentSecurityPolicy: config.isProduction ? undefined : false,
    crossOriginEmbedderPolicy: false,
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => securityHeaders(request.raw, reply.raw, () => done()));
  // The open-data feed is for anyone's directory: any origin may GET it, without credentials.
  const openData = {
    origin: '*',
    methods: ['GET', 'HEAD'],
    credentials: false,
    maxAge: 600,
    exposedHeaders: OPEN_DATA_HEADERS,
  };
  const api = { origin: config.corsOrigins, credentials: true, maxAge: 600 };
  app.enableCors({
    delegator: (request, answer) => answer(null, request.url?.startsWith('/openreferral') ? openData : api),
  });
  app.enableShutdownHooks();
  return app;
}
