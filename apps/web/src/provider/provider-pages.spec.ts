import {
  checklistSummary,
  dateFromFields,
  groupByUrgency,
  parseListingForm,
  withDateLinks,
} from './provider-pages';
import { ChecklistItem } from './provider.operations';

function item(overrides: Partial<ChecklistItem>): ChecklistItem {
  return {
    id: 'i',
    status: 'TODO',
    overdue: false,
    dueOn: null,
    expiresOn: null,
    completedOn: null,
    inProgressSince: null,
    reference: null,
    note: null,
    waivedReason: null,
    checkedAt: null,
    returnedReason: null,
    member: null,
    requirement: {
      code: 'X',
      title: 'X',
      guidance: 'Do it.',
      sourceUrl: null,
      mandatory: true,
      validityMonths: 12,
    },
    ...overrides,
  };
}

describe('checklistSummary', () => {
  it('counts done among the items that apply, and lists the next three dates from today on', () => {
    const today = '2026-12-01';
    const summary = checklistSummary(
      [
        item({ id: 'done', status: 'DONE', expiresOn: '2027-11-01' }),
        item({ id: 'renew', status: 'DONE', expiresOn: '2026-12-20' }),
        item({ id: 'late', dueOn: '2026-11-20', overdue: true }),
        item({ id: 'expired', status: 'EXPIRED', expiresOn: '2026-11-25' }),
        item({ id: 'soon', status: 'IN_PROGRESS', dueOn: '2026-12-10' }),
        item({ id: 'today', dueOn: '2026-12-01' }),
        item({ id: 'undated' }),
        item({ id: 'waived', status: 'WAIVED', dueOn: '2026-12-02' }),
      ],
      today,
    );
    expect(summary.done).toBe(2);
    expect(summary.total).toBe(7);
    expect(summary.nextDeadlines.map((deadline) => [deadline.row.id, deadline.words])).toEqual([
      ['today', 'Due by 1 December 2026'],
      ['soon', 'Due by 10 December 2026'],
      ['renew', 'Runs out on 20 December 2026'],
    ]);
  });
});

describe('groupByUrgency', () => {
  it('puts overdue first, then due within 30 days, then to do, then done; the nearest date first in each', () => {
    const today = '2026-12-01';
    const groups = groupByUrgency(
      [
        item({ id: 'done', status: 'DONE', completedOn: '2026-11-01', expiresOn: '2027-11-01' }),
        item({ id: 'later', dueOn: '2027-06-01' }),
        item({ id: 'renew', status: 'DONE', expiresOn: '2026-12-20' }),
        item({ id: 'late', dueOn: '2026-11-20', overdue: true }),
        item({ id: 'expired', status: 'EXPIRED', expiresOn: '2026-11-25' }),
        item({ id: 'soon-b', dueOn: '2026-12-30' }),
        item({ id: 'soon-a', status: 'IN_PROGRESS', dueOn: '2026-12-10', inProgressSince: '2026-11-01' }),
        item({ id: 'waived', status: 'WAIVED', waivedReason: 'Exempt' }),
      ],
      today,
    );
    expect(groups.map((group) => [group.urgency, group.rows.map((row) => row.id)])).toEqual([
      ['overdue', ['late', 'expired']],
      ['due-soon', ['soon-a', 'renew', 'soon-b']],
      ['later', ['later']],
      ['done', ['done', 'waived']],
    ]);
    const rows = groups.flatMap((group) => group.rows);
    const words = Object.fromEntries(rows.map((row) => [row.id, row.statusText]));
    expect(words).toEqual({
      late: 'Overdue',
      expired: 'Expired',
      'soon-a': 'Started',
      renew: 'Renew soon',
      'soon-b': 'Due soon',
      later: 'To do',
      done: 'Done',
      waived: 'Not needed',
    });
    expect(rows.find((row) => row.id === 'soon-a')?.dateText).toBe(
      'Started on 1 November 2026. Due by 10 December 2026.',
    );
    expect(rows.find((row) => row.id === 'done')?.dateText).toBe(
      'Done on 1 November 2026. Runs out on 1 November 2027.',
    );
  });
});

describe('dateFromFields', () => {
  it('reads three boxes as a date, empty when all are blank, invalid when not a real day', () => {
    const body = (day: string, month: string, year: string) => ({
      'd-day': day,
      'd-month': month,
      'd-year': year,
    });
    expect(dateFromFields(body('7', '3', '2026'), 'd')).toEqual({ kind: 'date', value: '2026-03-07' });
    expect(dateFromFields(body('', '', ''), 'd')).toEqual({ kind: 'empty' });
    expect(dateFromFields(body('31', '2', '2026'), 'd')).toEqual({ kind: 'invalid' });
    expect(dateFromFields(body('1', '', '2026'), 'd')).toEqual({ kind: 'invalid' });
  });

  it('links a date error to its first box', () => {
    const errors = withDateLinks(
      { summary: [{ text: 'Bad', href: '#completedOn' }], fields: { completedOn: { text: 'Bad' } } },
      ['completedOn'],
    );
    expect(errors.summary[0].href).toBe('#completedOn-day');
  });
});

describe('parseListingForm', () => {
  const valid = {
    title: 'Help at home',
    description: 'Cleaning and shopping.',
    category: 'HOME_HELP',
    price: '£18.50',
    priceUnit: 'HOUR',
    postcode: 'TA1 1AA',
    travelMiles: '5',
    'MONDAY-start': '9:00',
    'MONDAY-end': '12.30',
    'THURSDAY-start': '',
    'THURSDAY-end': '',
  };

  it('turns the day rows into slots and the price into pence', () => {
    const parsed = parseListingForm(valid, { postcodeRequired: true });
    expect(parsed).toEqual({
      kind: 'ok',
      input: {
        title: 'Help at home',
        description: 'Cleaning and shopping.',
        category: 'HOME_HELP',
        pricePence: 1850,
        priceUnit: 'HOUR',
        postcode: 'TA1 1AA',
        travelMiles: 5,
        availability: [{ dayOfWeek: 'MONDAY', startTime: '09:00', endTime: '12:30' }],
      },
    });
  });

  it('names each problem by its field, and a blank postcode keeps the old one when editing', () => {
    const parsed = parseListingForm(
      { ...valid, price: 'ten', postcode: '', 'MONDAY-start': '14:00', 'MONDAY-end': '10:00' },
      { postcodeRequired: true },
    );
    expect(parsed.kind === 'invalid' && parsed.errors.summary).toEqual([
      { text: 'Enter a price in pounds, like 18.50, or 0 if it is free', href: '#price' },
      { text: 'Enter the postcode you work from', href: '#postcode' },
      { text: 'Monday ends before it starts: put the earlier time first', href: '#MONDAY-start' },
    ]);
    const editing = parseListingForm({ ...valid, postcode: '' }, { postcodeRequired: false });
    expect(editing.kind === 'ok' && 'postcode' in editing.input).toBe(false);
  });

  it('reads a free price, pay what you can (no price), and capacity; a price with pay what you can is refused', () => {
    const free = parseListingForm({ ...valid, price: '0', priceUnit: 'SESSION' }, { postcodeRequired: true });
    expect(free.kind === 'ok' && free.input).toMatchObject({ pricePence: 0, priceUnit: 'SESSION' });
    const payWhatYouCan = parseListingForm(
      { ...valid, price: '', priceUnit: 'PAY_WHAT_YOU_CAN', capacity: 'WAITING_LIST' },
      { postcodeRequired: true },
    );
    expect(payWhatYouCan.kind === 'ok' && payWhatYouCan.input).toMatchObject({
      pricePence: 0,
      priceUnit: 'PAY_WHAT_YOU_CAN',
      capacity: 'WAITING_LIST',
    });
    const priced = parseListingForm(
      { ...valid, price: '5', priceUnit: 'PAY_WHAT_YOU_CAN' },
      { postcodeRequired: true },
    );
    expect(priced.kind === 'invalid' && priced.errors.fields.price?.text).toBe(
      'Leave the price empty when people pay what they can',
    );
  });

  it('reads times as people type them, and says what it wants for nonsense', () => {
    const typed = parseListingForm(
      {
        ...valid,
        'MONDAY-start': '9am',
        'MONDAY-end': '2pm',
        'THURSDAY-start': '14.00',
        'THURSDAY-end': '24:00',
      },
      { postcodeRequired: true },
    );
    expect(typed.kind === 'ok' && typed.input.availability).toEqual([
      { dayOfWeek: 'MONDAY', startTime: '09:00', endTime: '14:00' },
      { dayOfWeek: 'THURSDAY', startTime: '14:00', endTime: '24:00' },
    ]);
    const nonsense = parseListingForm({ ...valid, 'MONDAY-start': 'morning' }, { postcodeRequired: true });
    expect(nonsense.kind === 'invalid' && nonsense.errors.fields['MONDAY-start']?.text).toBe(
      'Enter both times for Monday like 9am, 9:30 or 14:00, or leave both empty',
    );
  });

  it('needs at least one day', () => {
    const parsed = parseListingForm(
      { ...valid, 'MONDAY-start': '', 'MONDAY-end': '' },
      { postcodeRequired: true },
    );
    expect(parsed.kind === 'invalid' && parsed.errors.fields['MONDAY-start']?.text).toBe(
      'Give the times for at least one day',
    );
  });
});

describe('the Catalyst’s check on a done item', () => {
  const today = '2026-12-01';
  const rowOf = (overrides: Partial<ChecklistItem>) =>
    groupByUrgency(
      [item({ status: 'DONE', completedOn: '2026-11-01', expiresOn: '2027-11-01', ...overrides })],
      today,
    ).flatMap((group) => group.rows)[0];

  it('says it waits for a check, was checked, or was returned with what to fix', () => {
    expect(rowOf({}).checkText).toBe(
      'Waiting for your Catalyst to check it. Until then, listings that need it are not verified.',
    );
    expect(rowOf({ checkedAt: '2026-11-30T10:00:00.000Z' }).checkText).toBe(
      'Checked by your Catalyst on 30 November 2026.',
    );
    const returned = rowOf({ returnedReason: 'The policy is in another name.' });
    expect(returned.statusText).toBe('Returned: fix it');
    expect(returned.checkText).toBe('Your Catalyst asks you to fix this: The policy is in another name.');
    expect(rowOf({ status: 'TODO' }).checkText).toBeUndefined();
  });
});
