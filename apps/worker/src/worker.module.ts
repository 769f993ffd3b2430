import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthModule, MailTransport, PlatformModule } from '@small-places/platform';
import { MailProcessor } from './mail/mail.processor';
import { QUEUE_PROCESSORS } from './queue-processor';
import { WorkerHealthController } from './worker-health.controller';
import { WorkerRunner } from './worker-runner';

const PROCESSORS = [MailProcessor];

@Module({
  imports: [PlatformModule, HealthModule, TerminusModule],
  controllers: [WorkerHealthController],
  providers: [
    MailTransport,
    ...PROCESSORS,
    { provide: QUEUE_PROCESSORS, useFactory: (...processors) => processors, inject: PROCESSORS },
    WorkerRunner,
  ],
  exports: [WorkerRunner],
})
export class WorkerModule {}
