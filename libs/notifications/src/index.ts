export { NotificationsModule } from './notifications.module';
export { NotificationsCoreModule } from './notifications-core.module';
export { NotificationService, Notify } from './notification.service';
export { NotificationKind, isEssential } from './notification-kind';
export {
  NotificationMailer,
  NotificationMailJob,
  EmailOutcome,
  notificationsJobId,
} from './notification-mailer';
export { ReminderBatch, REMINDER_BATCH_SIZE, reminderBatchId } from './reminders/reminder-queue';
export { ReminderScanService, ScanResult } from './reminders/reminder-scan.service';
export { ReminderDeliveryService, DeliveryOutcome } from './reminders/reminder-delivery.service';
export { ReminderRepository } from './reminders/reminder.repository';
export { ReminderJob, ReminderSubject, reminderKey, remindersOf } from './reminders/reminder-job';
export {
  DueReminders,
  eachStillDue,
  ReminderSource,
  ReminderSourcePlugIn,
  ReminderSources,
} from './reminders/reminder-sources';
export { longDate } from './reminders/long-date';
export { CalendarEntry, CalendarSource, CalendarSourcePlugIn } from './calendar/calendar-sources';
