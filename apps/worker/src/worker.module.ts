import { MIGRATIONS } from '@small-places/migrations';
import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { BookingsCoreModule } from '@small-places/bookings';
import { CrmCoreModule } from '@small-places/crm';
import { InvoicesCoreModule } from '@small-places/invoices';
import { MarketplaceCoreModule } from '@small-places/marketplace';
import { NotificationsCoreModule } from '@small-places/notifications';
import { HealthModule, MailTransport, PlatformModule, RedisPostureCheck } from '@small-places/platform';
import { EnterpriseImportProcessor } from './imports/enterprise-import.processor';
import { MailProcessor } from './mail/mail.processor';
import { QUEUE_PROCESSORS } from './queue-processor';
import { ReminderScanProcessor } from './reminders/reminder-scan.processor';
import { ReminderProcessor } from './reminders/reminder.processor';
import { WorkerHealthController } from './worker-health.controller';
import { WorkerRunner } from './worker-runner';

const PROCESSORS = [MailProcessor, ReminderProcessor, ReminderScanProcessor, EnterpriseImportProcessor];

@Module({
  // The core modules (no GraphQL, no controllers): every context's @ReminderSourcePlugIn() provider lives
  // there, and the @SubscribesTo() subscribers (listings hidden when an item lapses, the CRM timeline) must
  // live in this process because its scans publish the events.
  imports: [
    PlatformModule.forRoot({ migrations: MIGRATIONS }),
    HealthModule,
    TerminusModule,
    NotificationsCoreModule,
    MarketplaceCoreModule,
    BookingsCoreModule,
    CrmCoreModule,
    InvoicesCoreModule,
  ],
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
