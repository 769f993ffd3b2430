import { Request } from 'express';
import { NO_ERRORS } from './form-errors';
import { FormErrors, SavedForm } from './web-session';

/** A Nest handler's answer to a POST: 303 See Other, so the browser follows it with a GET (PRG). */
export interface RedirectTo {
  url: string;
  statusCode: 303;
}

export function redirectTo(url: string): RedirectTo {
  return { url, statusCode: 303 };
}

/** Fields never kept in the session to refill a form. */
const NOT_KEPT = /password|^_csrf$/i;

/**
 * A form with problems: keeps what was typed (never passwords) and the errors in the session, then sends
 * the browser back to the form's page, whose GET shows them with `formState`.
 */
export function rejectForm(
  req: Request,
  formName: string,
  body: unknown,
  errors: FormErrors,
  backTo: string,
): RedirectTo {
  const values: SavedForm['values'] = {};
  for (const [name, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (NOT_KEPT.test(name)) continue;
    if (typeof value === 'string') values[name] = value;
    else if (Array.isArray(value))
      values[name] = value.filter((item): item is string => typeof item === 'string');
  }
  req.webSession?.saveForm(formName, { values, errors });
  return redirectTo(backTo);
}

/** What a form's page shows: the values and errors from a rejected post, or nothing (once only). */
export function formState(req: Request, formName: string): SavedForm {
  return req.webSession?.takeForm(formName) ?? { values: {}, errors: NO_ERRORS };
}

/** A posted text field, trimmed; anything else (absent, repeated) reads as empty. */
export function textField(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The answers of a question-per-page flow so far, kept in the session under the flow's name until it is sent
 * (or the session ends). Reading keeps them; `dropDraft` forgets them once sent.
 */
export function readDraft<T extends Record<string, string>>(req: Request, name: string): Partial<T> {
  const saved = req.webSession?.takeForm(`draft:${name}`);
  if (saved) req.webSession?.saveForm(`draft:${name}`, saved);
  return (saved?.values ?? {}) as Partial<T>;
}

export function writeDraft<T extends Record<string, string>>(
  req: Request,
  name: string,
  answers: Partial<T>,
): void {
  const values = { ...readDraft<T>(req, name), ...answers } as Record<string, string>;
  req.webSession?.saveForm(`draft:${name}`, { values, errors: NO_ERRORS });
}

export function dropDraft(req: Request, name: string): void {
  req.webSession?.takeForm(`draft:${name}`);
}
