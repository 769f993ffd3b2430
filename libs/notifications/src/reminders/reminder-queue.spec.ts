import { notificationsJobId } from '../notification-mailer';
import { ReminderJob } from './reminder-job';
import { reminderBatchId } from './reminder-queue';

const reminder = (itemId: string, offsetDays = 7): ReminderJob => ({
  subject: 'CHECKLIST',
  itemId,
  kind: 'EXPIRY',
  on: '2026-12-08',
  offsetDays,
});
const a = reminder('0b0c6d7e-0000-4000-8000-000000000001');
const b = reminder('0b0c6d7e-0000-4000-8000-000000000002');
const c = reminder('0b0c6d7e-0000-4000-8000-000000000002', -7);

describe('batch job ids', () => {
  it('name a batch of reminders by its keys, whatever their order, without ":"', () => {
    expect(reminderBatchId([a, b])).toBe(reminderBatchId([b, a]));
    expect(reminderBatchId([a, b])).toMatch(/^reminders-[0-9a-f]{40}$/);
    expect(reminderBatchId([a, b])).not.toBe(reminderBatchId([a, c]));
    expect(reminderBatchId([a])).not.toBe(reminderBatchId([a, b]));
  });

  it('name a notification mail job by its notifications, one alone by its id', () => {
    expect(notificationsJobId(['n1'])).toBe('notification-n1');
    expect(notificationsJobId(['n1', 'n2'])).toBe(notificationsJobId(['n2', 'n1']));
    expect(notificationsJobId(['n1', 'n2'])).toMatch(/^notifications-[0-9a-f]{40}$/);
    expect(notificationsJobId(['n1', 'n2'])).not.toBe(notificationsJobId(['n1', 'n3']));
  });
});
