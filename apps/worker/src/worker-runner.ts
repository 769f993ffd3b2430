import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig, createRedis } from '@small-places/platform';
import { Worker } from 'bullmq';
import Redis from 'ioredis';
import { hostname } from 'node:os';
import { QUEUE_PROCESSORS, QueueProcessor } from './queue-processor';

/**
 * Starts one BullMQ Worker per processor. Stalled jobs (a worker killed mid-job) are retried after 30 s, up to
 * twice, then failed and kept for inspection. On SIGTERM each worker finishes its active jobs before closing.
 */
@Injectable()
export class WorkerRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Worker');
  private readonly workers: Worker[] = [];
  private connection?: Redis;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(QUEUE_PROCESSORS) private readonly processors: QueueProcessor[],
  ) {}

  onApplicationBootstrap(): void {
    this.connection = createRedis(this.config, 'bullmq', 'worker');
    for (const processor of this.processors) {
      const worker = new Worker(processor.queue, (job) => processor.process(job), {
        // Kept on each job (processedBy), so the dashboard shows which of several workers ran it.
        name: `${hostname()}-${process.pid}`,
        connection: this.connection,
        prefix: this.config.queuePrefix,
        concurrency: processor.concurrency,
        stalledInterval: 30_000,
        maxStalledCount: 2,
      });
      worker.on('failed', (job, error) => {
        this.logger.warn(
          { queue: processor.queue, jobId: job?.id, attempts: job?.attemptsMade, err: error },
          'job failed',
        );
        if (job && processor.forget && job.attemptsMade >= (job.opts.attempts ?? 1)) {
          processor.forget(job).catch(() => undefined);
        }
      });
      worker.on('error', (error) =>
        this.logger.error({ queue: processor.queue, err: error }, 'worker error'),
      );
      this.workers.push(worker);
    }
    this.logger.log({ queues: this.processors.map((p) => p.queue) }, 'worker started');
  }

  get running(): boolean {
    return this.workers.length > 0 && this.workers.every((worker) => worker.isRunning());
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    this.connection?.disconnect();
  }
}
