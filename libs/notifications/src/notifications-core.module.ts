import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Notification } from './entities/notification.entity';
import { NotificationMailer } from './notification-mailer';
import { NotificationRepository } from './notification.repository';
import { NotificationService } from './notification.service';
import { ReminderDeliveryService } from './reminders/reminder-delivery.service';
import { ReminderQueue } from './reminders/reminder-queue';
import { ReminderScanService } from './reminders/reminder-scan.service';
import { ReminderSources } from './reminders/reminder-sources';
import { ReminderRepository } from './reminders/reminder.repository';

const SERVICES = [
  NotificationRepository,
  NotificationMailer,
  NotificationService,
  ReminderRepository,
  ReminderQueue,
  ReminderScanService,
  ReminderDeliveryService,
  ReminderSources,
];

/** Notifications and reminders without GraphQL or HTTP: what the worker needs. */
@Module({
  imports: [TypeOrmModule.forFeature([Notification])],
  providers: SERVICES,
  exports: SERVICES,
})
export class NotificationsCoreModule {}
