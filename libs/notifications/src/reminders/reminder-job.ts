/**
 * What a reminder is about: the subject of the ReminderSource that found it (CHECKLIST, SIGN_UP, INVITATION,
 * COACHING_ACTION, BOOKING_REQUEST, BOOKING_TOMORROW, BUDGET_PERIOD, DRAFT_LISTING), owned by its context.
 */
export type ReminderSubject = string;

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

/** A source's query rows (the item's id, the date, and the offset when it varies) as reminders of one kind. */
export function remindersOf(
  subject: ReminderSubject,
  kind: ReminderJob['kind'],
  rows: ReadonlyArray<{ id: string; on: string; offset?: number }>,
  offsetDays?: number,
): ReminderJob[] {
  return rows.map((row) => ({
    subject,
    itemId: row.id,
    kind,
    on: row.on,
    offsetDays: offsetDays ?? row.offset!,
  }));
}
