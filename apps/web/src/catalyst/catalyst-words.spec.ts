import { dateField, endOfWeek, nextStage, parseSessionForm, plainStages } from './catalyst-words';

describe('the Catalyst pages’ words and forms', () => {
  it('reads a GOV.UK date input, telling blank from not a real date', () => {
    expect(dateField({ 'd-day': '3', 'd-month': '11', 'd-year': '2026' }, 'd')).toBe('2026-11-03');
    expect(dateField({}, 'd')).toBeNull();
    expect(dateField({ 'd-day': '31', 'd-month': '2', 'd-year': '2026' }, 'd')).toBe('invalid');
    expect(dateField({ 'd-day': 'x', 'd-month': '2', 'd-year': '2026' }, 'd')).toBe('invalid');
  });

  it('ends the week on Sunday', () => {
    expect(endOfWeek('2026-11-25')).toBe('2026-11-29'); // a Wednesday
    expect(endOfWeek('2026-11-29')).toBe('2026-11-29'); // a Sunday
    expect(endOfWeek('2026-11-30')).toBe('2026-12-06'); // a Monday
  });

  it('names the next stage on the forward path only', () => {
    expect(nextStage('ENQUIRY')).toBe('EXPLORING');
    expect(nextStage('ESTABLISHED')).toBeUndefined();
    expect(nextStage('PAUSED')).toBeUndefined();
  });

  it('puts stages into words', () => {
    expect(plainStages('Moved from SETTING_UP to READY')).toBe('Moved from “Setting up” to “Ready to trade”');
  });

  const session = {
    'heldOn-day': '3',
    'heldOn-month': '11',
    'heldOn-year': '2026',
    minutes: '45',
    mode: 'PHONE',
    topic: 'Insurance',
    notes: 'Compared quotes',
  };

  it('reads a coaching session with its filled action rows and skips the empty ones', () => {
    const parsed = parseSessionForm({
      ...session,
      action2Title: 'Send the quote',
      action2Owner: 'CATALYST',
      'action2DueOn-day': '10',
      'action2DueOn-month': '11',
      'action2DueOn-year': '2026',
      action1Owner: 'ENTREPRENEUR',
    });
    expect(parsed).toEqual({
      ok: true,
      form: {
        heldOn: '2026-11-03',
        minutes: 45,
        mode: 'PHONE',
        topic: 'Insurance',
        notes: 'Compared quotes',
        actions: [{ title: 'Send the quote', owner: 'CATALYST', dueOn: '2026-11-10' }],
      },
    });
  });

  it('names every missing field, linked to its id, including a half-filled action', () => {
    const parsed = parseSessionForm({ action1Title: 'Call the council', action1Owner: 'ENTREPRENEUR' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.summary.map((item) => item.href)).toEqual([
      '#heldOn-day',
      '#minutes',
      '#mode',
      '#topic',
      '#notes',
      '#action1DueOn-day',
    ]);
  });
});
