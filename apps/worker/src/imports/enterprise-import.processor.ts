import { Injectable } from '@nestjs/common';
import { EnterpriseImportJob, EnterpriseImportRunner } from '@small-places/crm';
import { QueueName } from '@small-places/platform';
import { Job } from 'bullmq';
import { JobOutcome, QueueProcessor } from '../queue-processor';

/**
 * Runs a caseload import (preview or real). A retry carries on where the last attempt stopped; after the last
 * attempt the import is marked FAILED so its page stops waiting.
 */
@Injectable()
export class EnterpriseImportProcessor implements QueueProcessor<EnterpriseImportJob> {
  readonly queue = QueueName.EnterpriseImports;
  readonly concurrency = 1;

  constructor(private readonly runner: EnterpriseImportRunner) {}

  async process(job: Job<EnterpriseImportJob>): Promise<JobOutcome> {
    try {
      return (await this.runner.process(job.data)) ? JobOutcome.Success : JobOutcome.Skipped;
    } catch (error) {
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) await this.runner.fail(job.data.importId);
      throw error;
    }
  }
}
