import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { APP_CONFIG, AppConfig } from '@small-places/platform';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

/** The worker: BullMQ processors and schedulers, plus a small HTTP server for its health check. */
async function main() {
  const app = await NestFactory.create(WorkerModule, { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen(config.workerPort, '0.0.0.0');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
