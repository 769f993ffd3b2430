export { NotificationsModule } from './notifications.module';
export { NotificationsCoreModule } from './notifications-core.module';
export { NotificationService, Notify } from './notification.service';
export { NotificationKind, isEssential } from './notification-kind';
export { NotificationMailer, NotificationMailJob, EmailOutcome } from './notification-mailer';
export { ReminderScanService, ScanResult } from './reminders/reminder-scan.service';
export { ReminderDeliveryService, DeliveryOutcome } from './reminders/reminder-delivery.service';
export { ReminderRepository } from './reminders/reminder.repository';
export { ReminderJob, reminderKey } from './reminders/reminder-job';
