import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { MarketplaceCoreModule } from '@small-places/marketplace';
import { NotificationsCoreModule } from '@small-places/notifications';
import { HealthModule, MailTransport, PlatformModule, RedisPostureCheck } from '@small-places/platform';
import { MailProcessor } from './mail/mail.processor';
import { QUEUE_PROCESSORS } from './queue-processor';
import { ReminderScanProcessor } from './reminders/reminder-scan.processor';
import { ReminderProcessor } from './reminders/reminder.processor';
import { WorkerHealthController } from './worker-health.controller';
import { WorkerRunner } from './worker-runner';

const PROCESSORS = [MailProcessor, ReminderProcessor, ReminderScanProcessor];

@Module({
  // MarketplaceCoreModule: the daily scan expires items, and listings must be hidden in this same process.
  imports: [PlatformModule, HealthModule, TerminusModule, NotificationsCoreModule, MarketplaceCoreModule],
  controllers: [WorkerHealthController],
  providers: [
    RedisPostureCheck,
    MailTransport,
    ...PROCESSORS,
    { provide: QUEUE_PROCESSORS, useFactory: (...processors) => processors, inject: PROCESSORS },
    WorkerRunner,
  ],
  exports: [WorkerRunner],
})
export class WorkerModule {}
