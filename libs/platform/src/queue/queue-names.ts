/** Every BullMQ queue. Names carry no `:` (BullMQ rejects it in ids, and we keep names and ids alike). */
export enum QueueName {
  Mail = 'mail',
  /** The daily reminder scan (a job scheduler at 06:00 Europe/London) and on-demand scans. */
  ReminderScan = 'reminder-scan',
  /** One job per reminder, id `reminder-<itemId>-<dueOn>-<offsetDays>`. */
  Reminders = 'reminders',
  /** One job per caseload import run (a preview or the real thing), id `import-<importId>-<time>-<nonce>`. */
  EnterpriseImports = 'enterprise-imports',
}
