import { ApiProblem } from './api-errors';
import { FormErrors } from './web-session';

/** How an API field path (`radiusMiles`, `input.email`) maps to the id of the form field showing it. */
export type FieldIds = Record<string, string>;

/** Plain-English messages for a form's fields, used in place of the API's when given. */
export type FieldMessages = Record<string, string>;

export interface ErrorSummaryOptions {
  fieldIds?: FieldIds;
  messages?: FieldMessages;
}

export const NO_ERRORS: FormErrors = { summary: [], fields: {} };

/**
 * Turns the API's refusal into the GOV.UK error pattern: one summary item per field, linked to the
 * field's id so that following it puts focus on the field, and the same words beside the field. A
 * refusal not tied to a field (CONFLICT, or BAD_USER_INPUT without fields) links to `fallbackId`.
 */
export function errorsFromProblem(
  problem: ApiProblem,
  fallbackId: string,
  options: ErrorSummaryOptions = {},
): FormErrors {
  const entries = Object.entries(problem.fields ?? {});
  if (entries.length === 0) return fieldErrors({ [fallbackId]: problem.message });
  const byField: Record<string, string> = {};
  for (const [path, messages] of entries) {
    const id = idFor(path, options.fieldIds);
    byField[id] ??= options.messages?.[id] ?? sentence(messages[0] ?? problem.message);
  }
  return fieldErrors(byField);
}

/** Errors the web app finds itself (a required field left empty), keyed by field id, in form order. */
export function fieldErrors(messagesById: Record<string, string>): FormErrors {
  const summary = Object.entries(messagesById).map(([id, text]) => ({ text, href: `#${id}` }));
  const fields = Object.fromEntries(Object.entries(messagesById).map(([id, text]) => [id, { text }]));
  return { summary, fields };
}

export function hasErrors(errors: FormErrors): boolean {
  return errors.summary.length > 0;
}

function idFor(path: string, fieldIds: FieldIds = {}): string {
  const withoutInput = path.replace(/^input\./, '');
  return fieldIds[path] ?? fieldIds[withoutInput] ?? withoutInput.replace(/\./g, '-');
}

/** class-validator's messages start lower-case ("email must be an email"); a summary item is a sentence. */
function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
