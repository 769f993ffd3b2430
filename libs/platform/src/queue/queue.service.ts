import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { QueueName } from './queue-names';
import { createRedis } from './redis';

export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 10000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

/** Producers' side of the queues; the only place outside the worker that touches BullMQ. */
@Injectable()
export class QueueService implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();
  private connection?: Redis;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      this.connection ??= createRedis(this.config, 'bullmq', 'producer');
      queue = new Queue(name, {
        connection: this.connection,
        prefix: this.config.queuePrefix,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      });
      this.queues.set(name, queue);
    }
    return queue;
  }

  async add<T>(name: QueueName, jobName: string, data: T, options: JobsOptions = {}): Promise<void> {
    await this.queue(name).add(jobName, data, options);
  }

  /**
   * Takes a short-lived claim on `name` (SET NX PX under QUEUE_PREFIX): true when this caller has it now,
   * false when someone else does. Lets two jobs that hold the same piece of work keep out of each other's way.
   */
  async claim(name: string, ttlMs: number): Promise<boolean> {
    this.connection ??= createRedis(this.config, 'bullmq', 'producer');
    return (
      (await this.connection.set(`${this.config.queuePrefix}:claim:${name}`, '1', 'PX', ttlMs, 'NX')) === 'OK'
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.connection?.disconnect();
  }
}
