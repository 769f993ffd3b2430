import { addDays, readDateInput } from '../platform/dates';
import { fieldErrors } from '../platform/form-errors';
import { FormErrors } from '../platform/web-session';
import type { ActionFilterInput, ActionOwner, EnterpriseSort } from '../generated/graphql';

/** The pipeline's stages in board order, with the words people see. */
export const STAGES: Record<string, string> = {
  ENQUIRY: 'Enquiry',
  EXPLORING: 'Exploring',
  SETTING_UP: 'Setting up',
  READY: 'Ready to trade',
  TRADING: 'Trading',
  ESTABLISHED: 'Established',
  PAUSED: 'Paused',
  CLOSED: 'Closed',
};

/** The API names stages as constants (READY); people read them as words (“Ready to trade”). */
export function plainStages(message: string): string {
  return message.replace(
    /\b(ENQUIRY|EXPLORING|SETTING_UP|READY|TRADING|ESTABLISHED|PAUSED|CLOSED)\b/g,
    (stage) => `“${STAGES[stage]}”`,
  );
}

/** The stage after this one on the forward path, if there is one. */
export function nextStage(stage: string): string | undefined {
  const forward = ['ENQUIRY', 'EXPLORING', 'SETTING_UP', 'READY', 'TRADING', 'ESTABLISHED'];
  const index = forward.indexOf(stage);
  return index >= 0 && index < forward.length - 1 ? forward[index + 1] : undefined;
}

/** Compliance status in words, with a tag colour that only repeats what the words say. */
export const COMPLIANCE: Record<string, { text: string; classes: string }> = {
  COMPLIANT: { text: 'Up to date', classes: 'govuk-tag--green' },
  DUE_SOON: { text: 'Due soon', classes: 'govuk-tag--yellow' },
  INCOMPLETE: { text: 'Not ready to trade', classes: 'govuk-tag--blue' },
  OVERDUE: { text: 'Overdue', classes: 'govuk-tag--red' },
};

export const ITEM_STATUS: Record<string, { text: string; classes: string }> = {
  TODO: { text: 'To do', classes: 'govuk-tag--grey' },
  IN_PROGRESS: { text: 'Applied for', classes: 'govuk-tag--blue' },
  DONE: { text: 'Done', classes: 'govuk-tag--green' },
  WAIVED: { text: 'Waived', classes: 'govuk-tag--purple' },
  EXPIRED: { text: 'Expired', classes: 'govuk-tag--red' },
};

export const SESSION_MODES: Record<string, string> = {
  IN_PERSON: 'In person',
  PHONE: 'By phone',
  VIDEO: 'By video call',
};

export const ACTION_OWNERS: Record<string, string> = {
  ENTREPRENEUR: 'The enterprise',
  CATALYST: 'Me (the Catalyst)',
};

/** How many action rows the coaching session form always has: it works without JavaScript. */
export const ACTION_ROWS = 3;

/** The Sunday that ends the week (Monday to Sunday) holding this day. */
export function endOfWeek(isoDate: string): string {
  const weekday = new Date(`${isoDate}T12:00:00Z`).getUTCDay(); // 0 is Sunday
  return addDays(isoDate, weekday === 0 ? 0 : 7 - weekday);
}

/** A GOV.UK date input as this area's forms read it: YYYY-MM-DD, `null` when blank, or `'invalid'`. */
export function dateField(body: unknown, id: string): string | null | 'invalid' {
  const input = readDateInput(body, id);
  return input.kind === 'date' ? input.value : input.kind === 'empty' ? null : 'invalid';
}

export interface SessionForm {
  heldOn: string;
  minutes: number;
  mode: string;
  topic: string;
  notes: string;
  actions: { title: string; owner: string; dueOn: string }[];
}

/** The coaching session form, checked before it goes to the API; errors are keyed by field id. */
export function parseSessionForm(
  body: unknown,
): { ok: true; form: SessionForm } | { ok: false; errors: FormErrors } {
  const text = (name: string) => {
    const value = (body as Record<string, unknown> | undefined)?.[name];
    return typeof value === 'string' ? value.trim() : '';
  };
  const problems: Record<string, string> = {};
  const heldOn = dateField(body, 'heldOn');
  if (heldOn === null) problems['heldOn-day'] = 'Enter the date of the session';
  else if (heldOn === 'invalid')
    problems['heldOn-day'] = 'The date of the session must be a real date, like 3 11 2026';
  const minutesText = text('minutes');
  const minutes = Number(minutesText);
  if (!/^\d+$/.test(minutesText) || minutes < 1 || minutes > 600)
    problems.minutes = 'Enter how long the session was, in minutes, like 60';
  const mode = text('mode');
  if (!SESSION_MODES[mode]) problems.mode = 'Choose how you met';
  const topic = text('topic');
  if (!topic) problems.topic = 'Enter what you talked about';
  const notes = text('notes');
  if (!notes) problems.notes = 'Enter your notes from the session';
  const actions: SessionForm['actions'] = [];
  for (let row = 1; row <= ACTION_ROWS; row += 1) {
    const title = text(`action${row}Title`);
    const owner = text(`action${row}Owner`);
    const dueOn = dateField(body, `action${row}DueOn`);
    if (!title && dueOn === null) continue;
    if (!title) problems[`action${row}Title`] = `Enter what needs doing for action ${row}`;
    if (!ACTION_OWNERS[owner]) problems[`action${row}Owner`] = `Choose who does action ${row}`;
    if (dueOn === null) problems[`action${row}DueOn-day`] = `Enter when action ${row} is due`;
    else if (dueOn === 'invalid')
      problems[`action${row}DueOn-day`] = `The due date of action ${row} must be a real date`;
    if (title && ACTION_OWNERS[owner] && dueOn && dueOn !== 'invalid') actions.push({ title, owner, dueOn });
  }
  if (Object.keys(problems).length > 0) return { ok: false, errors: fieldErrors(problems) };
  return { ok: true, form: { heldOn: heldOn as string, minutes, mode, topic, notes, actions } };
}

/** The caseload's orders, by their address word; the first is the default. */
export const CASELOAD_SORTS: Record<string, { text: string; sort: EnterpriseSort }> = {
  name: { text: 'Name, A to Z', sort: 'NAME' },
  stage: { text: 'Stage, in board order', sort: 'STAGE' },
  waiting: { text: 'Longest in their stage first', sort: 'LONGEST_IN_STAGE' },
};

/** Whose actions the actions page shows, by address word. */
export const ACTION_WHOSE: Record<string, { text: string; filter: { mine?: boolean; owner?: ActionOwner } }> =
  {
    mine: { text: 'Mine (the enterprises I coach)', filter: { mine: true } },
    enterprise: { text: 'The enterprises’', filter: { owner: 'ENTREPRENEUR' } },
    any: { text: 'Anyone’s', filter: {} },
  };

/** When the actions shown are due, by address word, as the last day they may be due (none: any time). */
export const ACTION_DUE: Record<string, { text: string; lastDay: (today: string) => string | undefined }> = {
  week: { text: 'By the end of this week (and late ones)', lastDay: endOfWeek },
  late: { text: 'Late only', lastDay: (today) => addDays(today, -1) },
  month: { text: 'In the next 30 days (and late ones)', lastDay: (today) => addDays(today, 30) },
  any: { text: 'Any time', lastDay: () => undefined },
};

/** The actions page's filter from its address; unknown words fall back to the defaults. */
export function actionsFilter(
  query: { whose: string; due: string; enterprise: string },
  today: string,
): { whose: string; due: string; filter: ActionFilterInput } {
  const whose = ACTION_WHOSE[query.whose] ? query.whose : 'any';
  const due = ACTION_DUE[query.due] ? query.due : 'week';
  const lastDay = ACTION_DUE[due].lastDay(today);
  return {
    whose,
    due,
    filter: {
      ...ACTION_WHOSE[whose].filter,
      ...(lastDay ? { dueOnOrBefore: lastDay } : {}),
      ...(query.enterprise ? { enterpriseId: query.enterprise } : {}),
    },
  };
}
