import { Job } from 'bullmq';
import { QueueName } from '@small-places/platform';

/** What a job handler says happened; failures are thrown so BullMQ retries them. */
export enum JobOutcome {
  Success = 'success',
  Skipped = 'skipped',
}

export interface QueueProcessor<T = unknown> {
  readonly queue: QueueName;
  readonly concurrency: number;
  process(job: Job<T>): Promise<JobOutcome>;
  /** Called once a job has failed for the last time: drop what the dashboard does not need (personal data). */
  forget?(job: Job<T>): Promise<void>;
}

export const QUEUE_PROCESSORS = Symbol('QUEUE_PROCESSORS');
