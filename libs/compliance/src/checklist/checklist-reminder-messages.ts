import { longDate, NotificationKind, ReminderJob } from '@small-places/notifications';

/** What a checklist reminder says, read in one statement per batch (ChecklistReminders). */
export interface ChecklistReminderContext {
  status: string;
  applicable: boolean;
  dueOn: string | null;
  expiresOn: string | null;
  inProgressSince: string | null;
  memberName: string | null;
  title: string;
  guidance: string;
  sourceUrl: string | null;
  mandatory: boolean;
  enterpriseId: string;
  enterpriseName: string;
  catalystId: string | null;
}

export interface ReminderMessage {
  kind: NotificationKind;
  title: string;
  body: string;
}

function inDays(days: number): string {
  return days === 1 ? 'tomorrow' : `in ${days} days`;
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

/** A checklist reminder in plain English: what is due, by when, what to do next, where the guidance is. */
export function checklistMessage(job: ReminderJob, item: ChecklistReminderContext): ReminderMessage {
  const what = item.title;
  const who = item.memberName ? `${item.enterpriseName} (${item.memberName})` : item.enterpriseName;
  const date = longDate(job.on);
  const days = job.offsetDays;
  let title: string;
  let sentence: string;
  let next: string;
  if (job.kind === 'CHASE') {
    title = `Chase your ${lowerFirst(what)} application`;
    sentence = `you sent the ${lowerFirst(what)} application on ${date}, ${-days} days ago, and it is still in progress.`;
    next = 'Ask the regulator how it is going, and note any news on your checklist.';
  } else if (job.kind === 'EXPIRY') {
    title =
      days > 0
        ? `${what} expires ${inDays(days)}`
        : days === 0
          ? `${what} expires today`
          : `${what} has expired`;
    sentence =
      days >= 0
        ? `${lowerFirst(what)} runs out ${days === 0 ? 'today' : `on ${date}`}.`
        : `${lowerFirst(what)} ran out on ${date}.`;
    next =
      days >= 0
        ? 'Renew it before then and record the new expiry date on your checklist.'
        : 'Renew it now and record the new expiry date on your checklist; until then it counts against you.';
  } else {
    title =
      days > 0
        ? `${what} is due ${inDays(days)}`
        : days === 0
          ? `${what} is due today`
          : `${what} is overdue`;
    sentence =
      days >= 0
        ? `${lowerFirst(what)} is due ${days === 0 ? 'today' : `on ${date}`}.`
        : `${lowerFirst(what)} was due on ${date}.`;
    next =
      days >= 0
        ? 'Get it done by then and record it on your checklist.'
        : 'Please do it as soon as you can and record it on your checklist. Your Catalyst can help.';
  }
  const kind =
    job.kind === 'CHASE'
      ? NotificationKind.APPLICATION_CHASE
      : item.mandatory
        ? NotificationKind.COMPLIANCE_DEADLINE
        : NotificationKind.RECOMMENDATION_DUE;
  const source = item.sourceUrl ? ` More at ${item.sourceUrl}` : '';
  return { kind, title, body: `${who}: ${sentence} ${next}\n\nGuidance: ${item.guidance}${source}` };
}

/** To the Catalyst, at the first overdue reminder of a mandatory item. */
export function catalystOverdueMessage(job: ReminderJob, item: ChecklistReminderContext): ReminderMessage {
  const who = item.memberName ? `${item.enterpriseName} (${item.memberName})` : item.enterpriseName;
  const past = job.kind === 'EXPIRY' ? `expired on ${longDate(job.on)}` : `was due on ${longDate(job.on)}`;
  return {
    kind: NotificationKind.OVERDUE_ALERT,
    title: `${item.enterpriseName}: ${item.title} is overdue`,
    body:
      `${who}: ${lowerFirst(item.title)} ${past} and is required. ` +
      'Please get in touch with them and help them record it on their checklist; until then they cannot be verified.',
  };
}
