import {
  checkRows,
  nextStep,
  previousStep,
  readStep,
  stepPath,
  stepToShow,
  stepValues,
  updateInput,
} from './checklist-update';
import { ChecklistItem } from './provider.operations';

const ITEM: ChecklistItem = {
  id: 'item-1',
  status: 'TODO',
  overdue: false,
  dueOn: null,
  expiresOn: null,
  completedOn: null,
  inProgressSince: null,
  reference: null,
  note: null,
  checkedAt: null,
  returnedReason: null,
  waivedReason: null,
  member: null,
  requirement: {
    code: 'PUBLIC_LIABILITY_INSURANCE',
    title: 'Public liability insurance',
    guidance: 'Get cover.',
    sourceUrl: null,
    mandatory: true,
    validityMonths: 12,
  },
};

describe('recording a checklist item one question at a time', () => {
  it('asks, for done: status, date, expiry, details, then check; for started it skips the expiry', () => {
    const done = { status: 'DONE' as const };
    expect(
      ['status', 'date', 'expiry', 'details'].map((step) => nextStep(step as never, done, false)),
    ).toEqual(['date', 'expiry', 'details', 'check']);
    const started = { status: 'IN_PROGRESS' as const };
    expect(nextStep('date', started, false)).toBe('details');
    expect(previousStep('details', started)).toBe('date');
    expect(previousStep('details', done)).toBe('expiry');
    expect(previousStep('status', done)).toBeNull();
  });

  it('goes back to the check page after a change, except a changed status, which asks its date again', () => {
    expect(nextStep('expiry', { status: 'DONE' }, true)).toBe('check');
    expect(nextStep('status', { status: 'IN_PROGRESS' }, true)).toBe('date');
  });

  it('shows the first question until it is answered, and no expiry for something only started', () => {
    expect(stepToShow('check', {})).toBe('status');
    expect(stepToShow('date', {})).toBe('status');
    expect(stepToShow('expiry', { status: 'IN_PROGRESS' })).toBe('details');
    expect(stepToShow('expiry', { status: 'DONE' })).toBe('expiry');
  });

  it('refuses no answer to the first question: nothing is preselected', () => {
    const read = readStep('status', {}, {});
    expect(read.kind === 'invalid' && read.errors.summary).toEqual([
      { text: 'Choose whether it is done or you have started it', href: '#status' },
    ]);
  });

  it('forgets the dates when the status changes, and keeps them when it does not', () => {
    expect(readStep('status', { status: 'IN_PROGRESS' }, { status: 'DONE', on: '2026-11-02' })).toEqual({
      kind: 'ok',
      answers: { status: 'IN_PROGRESS', on: '', expiresOn: '' },
    });
    expect(readStep('status', { status: 'DONE' }, { status: 'DONE', on: '2026-11-02' })).toEqual({
      kind: 'ok',
      answers: { status: 'DONE' },
    });
  });

  it('reads a date (empty means today), and refuses one that does not exist, linked to its first box', () => {
    expect(readStep('date', { 'on-day': '2', 'on-month': '11', 'on-year': '2026' }, {})).toEqual({
      kind: 'ok',
      answers: { on: '2026-11-02' },
    });
    expect(readStep('expiry', {}, {})).toEqual({ kind: 'ok', answers: { expiresOn: '' } });
    const invalid = readStep('date', { 'on-day': '31', 'on-month': '2', 'on-year': '2026' }, {});
    expect(invalid.kind === 'invalid' && invalid.errors.summary).toEqual([
      { text: 'Enter a real date, like 27 3 2026', href: '#on-day' },
    ]);
  });

  it('fills the date boxes again from an answer', () => {
    expect(stepValues({ on: '2026-11-02' })).toMatchObject({
      'on-day': '2',
      'on-month': '11',
      'on-year': '2026',
    });
  });

  it('lists the answers in words with the step that changes each, and sends only what was given', () => {
    const answers = { status: 'DONE' as const, on: '2026-11-02', expiresOn: '', reference: 'PL-1', note: '' };
    expect(checkRows(answers, ITEM)).toEqual([
      { key: 'Where you are with it', value: 'It is done', step: 'status' },
      { key: 'Date done', value: '2 November 2026', step: 'date' },
      { key: 'Runs out', value: 'Worked out for you: it lasts 12 months', step: 'expiry' },
      { key: 'Reference', value: 'PL-1', step: 'details' },
      { key: 'Note', value: 'None', step: 'details' },
    ]);
    expect(updateInput('item-1', answers)).toEqual({
      itemId: 'item-1',
      status: 'DONE',
      completedOn: '2026-11-02',
      reference: 'PL-1',
    });
    expect(
      updateInput('item-1', { status: 'IN_PROGRESS', on: '2026-11-03', expiresOn: '2027-01-01' }),
    ).toEqual({
      itemId: 'item-1',
      status: 'IN_PROGRESS',
      startedOn: '2026-11-03',
    });
  });

  it('puts each question at its own address, the first at the item’s', () => {
    expect(stepPath('/your-business/e/to-do/i', 'status')).toBe('/your-business/e/to-do/i');
    expect(stepPath('/your-business/e/to-do/i', 'expiry', true)).toBe(
      '/your-business/e/to-do/i/expiry?change=yes',
    );
    expect(stepPath('/your-business/e/to-do/i', 'check', true)).toBe('/your-business/e/to-do/i/check');
  });
});
