/**
 * What a reminder is about. CHECKLIST, SIGN_UP, INVITATION and COACHING_ACTION are found and worded here
 * (SQL in ReminderRepository); the others are registered by the context that owns them (ReminderSource).
 */
export type ReminderSubject =
  | 'CHECKLIST'
  | 'SIGN_UP'
  | 'INVITATION'
  | 'COACHING_ACTION'
  | 'BOOKING_REQUEST'
  | 'BOOKING_TOMORROW'
  | 'BUDGET_PERIOD'
  | 'DRAFT_LISTING'
  | 'VISIT_CONFIRMATION'
  | 'INVOICE_OVERDUE'
  | 'INVOICE_MONTHLY';

/**
 * One reminder: the data of one BullMQ job and, as `(itemId, on, offsetDays)`, the unique key it is recorded
 * under. For checklist items it is compliance's ReminderHit.
 */
export interface ReminderJob {
  subject: ReminderSubject;
  /** The checklist item, user, invitation, coaching action, booking, budget or listing. */
  itemId: string;
  /** DUE / EXPIRY / CHASE for checklist items; AFTER (days since) or BEFORE (days to) for the others. */
  kind: 'DUE' | 'EXPIRY' | 'CHASE' | 'AFTER' | 'BEFORE';
  /** The date it is about: due or expiry date, the day an application was sent, a sign-up's day... */
  on: string;
  /** Days from the reminder's day to `on`; negative once `on` is past. */
  offsetDays: number;
}

/** Deterministic, and free of ':' (BullMQ 6 refuses it in ids). Also the notifications' dedupe key. */
export function reminderKey(job: Pick<ReminderJob, 'itemId' | 'on' | 'offsetDays'>): string {
  return `reminder-${job.itemId}-${job.on}-${job.offsetDays}`;
}
