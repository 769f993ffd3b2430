import type { ChecklistItemStatus } from '../generated/graphql';
import { dateInputParts, longDate, readDateInput } from '../platform/dates';
import { fieldErrors } from '../platform/form-errors';
import { textField } from '../platform/forms';
import { FormErrors } from '../platform/web-session';
import { withDateLinks } from './provider-pages';
import { ChecklistItem } from './provider.operations';

/**
 * Recording a checklist item one question at a time (GOV.UK "one thing per page", then check answers):
 * where are you with it → on what date → (done) when does it run out → reference and note → check and save.
 * The answers wait in the session until saved; nothing is preselected.
 */
export type UpdateStep = 'status' | 'date' | 'expiry' | 'details' | 'check';

export interface ItemAnswers extends Record<string, string> {
  status: 'DONE' | 'IN_PROGRESS';
  /** YYYY-MM-DD, or empty for today. The date it was done, or the date the application went. */
  on: string;
  /** YYYY-MM-DD, or empty: the API works it out from the requirement's validity. */
  expiresOn: string;
  reference: string;
  note: string;
}

export type Answers = Partial<ItemAnswers>;

export const STEPS: UpdateStep[] = ['status', 'date', 'expiry', 'details', 'check'];

export function isStep(value: string): value is UpdateStep {
  return (STEPS as string[]).includes(value);
}

/** A step's address: the first is the item's own page. */
export function stepPath(itemPath: string, step: UpdateStep, change = false): string {
  const path = step === 'status' ? itemPath : `${itemPath}/${step}`;
  return change && step !== 'check' ? `${path}?change=yes` : path;
}

/** The question to show for the one asked for: none makes sense before "where are you with it". */
export function stepToShow(requested: UpdateStep, answers: Answers): UpdateStep {
  if (!answers.status) return 'status';
  if (requested === 'expiry' && answers.status !== 'DONE') return 'details';
  return requested;
}

/** Where an answer leads: on through the questions, or back to the check page when changing one. */
export function nextStep(step: UpdateStep, answers: Answers, changing: boolean): UpdateStep {
  if (changing && step !== 'status') return 'check';
  if (step === 'status') return 'date';
  if (step === 'date') return answers.status === 'DONE' ? 'expiry' : 'details';
  return step === 'expiry' ? 'details' : 'check';
}

export function previousStep(step: UpdateStep, answers: Answers): UpdateStep | null {
  if (step === 'status') return null;
  if (step === 'date') return 'status';
  if (step === 'expiry') return 'date';
  if (step === 'details') return answers.status === 'DONE' ? 'expiry' : 'date';
  return 'details';
}

/** Reads one question's answer; a changed status forgets the dates, which meant something else. */
export function readStep(
  step: UpdateStep,
  body: unknown,
  before: Answers,
): { kind: 'invalid'; errors: FormErrors } | { kind: 'ok'; answers: Answers } {
  if (step === 'status') {
    const status = textField(body, 'status');
    if (status !== 'DONE' && status !== 'IN_PROGRESS')
      return invalid({ status: 'Choose whether it is done or you have started it' });
    return {
      kind: 'ok',
      answers: status === before.status ? { status } : { status, on: '', expiresOn: '' },
    };
  }
  if (step === 'date' || step === 'expiry') {
    const id = step === 'date' ? 'on' : 'expiresOn';
    const date = readDateInput(body, id);
    if (date.kind === 'invalid')
      return invalid({ [id]: `Enter a real date, like 27 3 ${step === 'date' ? 2026 : 2027}` });
    return { kind: 'ok', answers: { [id]: date.kind === 'date' ? date.value : '' } };
  }
  return { kind: 'ok', answers: { reference: textField(body, 'reference'), note: textField(body, 'note') } };
}

/** The form's values for a question, from the answers so far (the date boxes from a date). */
export function stepValues(answers: Answers): Record<string, string> {
  const values: Record<string, string> = { ...answers } as Record<string, string>;
  for (const id of ['on', 'expiresOn'] as const) {
    const date = answers[id];
    if (!date) continue;
    const { day, month, year } = dateInputParts(date);
    Object.assign(values, { [`${id}-day`]: day, [`${id}-month`]: month, [`${id}-year`]: year });
  }
  return values;
}

/** What the check page lists, each with the step that changes it. */
export function checkRows(answers: Answers, item: ChecklistItem) {
  const done = answers.status === 'DONE';
  const rows: { key: string; value: string; step: UpdateStep }[] = [
    { key: 'Where you are with it', value: done ? 'It is done' : 'I have started it', step: 'status' },
    {
      key: done ? 'Date done' : 'Date you applied',
      value: answers.on ? longDate(answers.on) : 'Today',
      step: 'date',
    },
  ];
  if (done)
    rows.push({
      key: 'Runs out',
      value: answers.expiresOn
        ? longDate(answers.expiresOn)
        : item.requirement.validityMonths
          ? `Worked out for you: it lasts ${item.requirement.validityMonths} months`
          : 'Does not run out',
      step: 'expiry',
    });
  rows.push(
    { key: 'Reference', value: answers.reference || 'None', step: 'details' },
    { key: 'Note', value: answers.note || 'None', step: 'details' },
  );
  return rows;
}

/** The API's UpdateChecklistItemInput for the answers (status is known: the check page needs it). */
export function updateInput(itemId: string, answers: Answers) {
  const done = answers.status === 'DONE';
  return {
    itemId,
    status: answers.status as ChecklistItemStatus,
    ...(answers.on ? { [done ? 'completedOn' : 'startedOn']: answers.on } : {}),
    ...(done && answers.expiresOn ? { expiresOn: answers.expiresOn } : {}),
    ...(answers.reference ? { reference: answers.reference } : {}),
    ...(answers.note ? { note: answers.note } : {}),
  };
}

/** The question the API's refusal is about, so the person is sent back to it with the error beside it. */
export function stepOfField(fieldId: string): UpdateStep {
  if (fieldId === 'on') return 'date';
  if (fieldId === 'expiresOn') return 'expiry';
  if (fieldId === 'reference' || fieldId === 'note') return 'details';
  return 'status';
}

function invalid(messages: Record<string, string>) {
  return { kind: 'invalid' as const, errors: withDateLinks(fieldErrors(messages), ['on', 'expiresOn']) };
}
