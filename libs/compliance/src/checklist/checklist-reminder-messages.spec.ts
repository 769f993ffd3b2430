import { longDate, NotificationKind, reminderKey } from '@small-places/notifications';
import {
  catalystOverdueMessage,
  checklistMessage,
  ChecklistReminderContext,
} from './checklist-reminder-messages';

const insurance: ChecklistReminderContext = {
  status: 'DONE',
  applicable: true,
  dueOn: null,
  expiresOn: '2026-12-08',
  inProgressSince: null,
  memberName: null,
  title: 'Public liability insurance',
  guidance: 'Buy public liability insurance.',
  sourceUrl: 'https://www.gov.uk/business-insurance',
  mandatory: true,
  enterpriseId: 'e',
  enterpriseName: 'Village Care',
  catalystId: 'c',
};
const job = (kind: 'DUE' | 'EXPIRY' | 'CHASE', offsetDays: number, on = '2026-12-08') => ({
  subject: 'CHECKLIST' as const,
  itemId: '0b0c6d7e-0000-4000-8000-000000000001',
  kind,
  on,
  offsetDays,
});

describe('reminder messages', () => {
  it('writes dates in full, without a comma', () => {
    expect(longDate('2026-12-08')).toBe('Tuesday 8 December 2026');
  });

  it.each([
    ['EXPIRY', 30, 'Public liability insurance expires in 30 days', 'runs out on Tuesday 8 December 2026'],
    ['EXPIRY', 1, 'Public liability insurance expires tomorrow', 'Renew it before then'],
    ['EXPIRY', 0, 'Public liability insurance expires today', 'runs out today'],
    ['EXPIRY', -7, 'Public liability insurance has expired', 'ran out on Tuesday 8 December 2026'],
    ['DUE', 7, 'Public liability insurance is due in 7 days', 'Get it done by then'],
    ['DUE', -14, 'Public liability insurance is overdue', 'Your Catalyst can help'],
  ] as const)('%s at %i days: "%s"', (kind, offset, title, phrase) => {
    const message = checklistMessage(job(kind, offset), insurance);
    expect(message.title).toBe(title);
    expect(message.body).toContain(phrase);
    expect(message.body).toContain('Guidance: Buy public liability insurance. More at https://www.gov.uk/');
    expect(message.kind).toBe(NotificationKind.COMPLIANCE_DEADLINE);
  });

  it('chases applications in progress and marks recommendations as mutable', () => {
    const chase = checklistMessage(job('CHASE', -28, '2026-11-03'), {
      ...insurance,
      title: 'CQC registration',
    });
    expect(chase.kind).toBe(NotificationKind.APPLICATION_CHASE);
    expect(chase.title).toBe('Chase your CQC registration application');
    expect(chase.body).toContain('on Tuesday 3 November 2026, 28 days ago');
    expect(checklistMessage(job('DUE', 7), { ...insurance, mandatory: false }).kind).toBe(
      NotificationKind.RECOMMENDATION_DUE,
    );
  });

  it('tells the Catalyst which enterprise, what and since when', () => {
    const message = catalystOverdueMessage(job('DUE', -7, '2026-11-24'), { ...insurance, memberName: 'Sam' });
    expect(message.title).toBe('Village Care: Public liability insurance is overdue');
    expect(message.body).toContain(
      'Village Care (Sam): public liability insurance was due on Tuesday 24 November 2026',
    );
  });

  it('keys reminders without ":" so BullMQ accepts them as job ids', () => {
    expect(reminderKey(job('DUE', -7))).toBe('reminder-0b0c6d7e-0000-4000-8000-000000000001-2026-12-08--7');
    expect(reminderKey(job('DUE', -7))).not.toContain(':');
  });
});
