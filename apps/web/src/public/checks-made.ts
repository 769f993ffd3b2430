/**
 * "Checks made" as the public sees them (issue 15): each mandatory check by its plain name, when a Catalyst
 * last checked it and when it runs out; never a file, reference or member name. Shown on an enterprise's
 * public page and on each of its listings' pages (views/_checks-made.njk; the listing page's query is LISTING_CHECKS_MADE).
 */
import { longDate } from '../platform/dates';

export interface CheckMade {
  title: string;
  checkedOn: string;
  runsOutOn?: string | null;
}

export function checksMadeWords(checks: readonly CheckMade[]) {
  return checks.map((check) => ({
    title: check.title,
    checkedOnWords: longDate(check.checkedOn),
    runsOutOnWords: check.runsOutOn ? longDate(check.runsOutOn) : 'Does not run out',
  }));
}
