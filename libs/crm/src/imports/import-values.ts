import { Activity, LegalStructure } from '@small-places/compliance';
import { normalisePostcode } from '@small-places/platform';
import { PipelineStage } from '../pipeline/pipeline-stage';

/**
 * What people type into a caseload spreadsheet, read as the values the CRM keeps. Each parser returns the
 * value, or `{ problem }`: what to write instead, in words a Catalyst can act on.
 */
export type Parsed<T> = { value: T } | { problem: string };

export const isProblem = <T>(parsed: Parsed<T>): parsed is { problem: string } => 'problem' in parsed;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const DATE_HELP = 'Write a date such as 01/03/2027, 1 March 2027 or 2027-03-01.';

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

const fullYear = (year: string) => (year.length === 2 ? 2000 + Number(year) : Number(year));

/**
 * UK day-first dates: `01/03/2027`, `1-3-27`, `1.3.2027`, `1 March 2027`, `1st Mar 2027`, ISO `2027-03-01`
 * (also with a time, as an Excel date cell arrives), and Excel's serial day numbers.
 */
export function parseUkDate(text: string): Parsed<string> {
  const input = text.trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(input);
  if (match) return orProblem(isoDate(Number(match[1]), Number(match[2]), Number(match[3])));
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(input);
  if (match) return orProblem(isoDate(fullYear(match[3]), Number(match[2]), Number(match[1])));
  match = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{4}|\d{2})$/i.exec(input);
  if (match) {
    const month = MONTHS.findIndex((name) => name.startsWith(match![2].toLowerCase()));
    if (month >= 0) return orProblem(isoDate(fullYear(match[3]), month + 1, Number(match[1])));
  }
  // Excel counts days from 1899-12-30 (its 1900 leap-year bug included); 20000 to 80000 is 1954 to 2119.
  match = /^(\d{5})(?:\.0+)?$/.exec(input);
  if (match && Number(match[1]) >= 20000 && Number(match[1]) <= 80000) {
    return {
      value: new Date(Date.UTC(1899, 11, 30) + Number(match[1]) * 86_400_000).toISOString().slice(0, 10),
    };
  }
  return { problem: DATE_HELP };
}

function orProblem(date: string | null): Parsed<string> {
  return date ? { value: date } : { problem: `That day does not exist. ${DATE_HELP}` };
}

/** Lower case, punctuation and spacing folded: `Co-op.` → `co op`. */
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const STRUCTURES: Record<string, LegalStructure> = {
  'sole trader': LegalStructure.SOLE_TRADER,
  'sole trader self employed': LegalStructure.SOLE_TRADER,
  'self employed': LegalStructure.SOLE_TRADER,
  'sole proprietor': LegalStructure.SOLE_TRADER,
  'sole trade': LegalStructure.SOLE_TRADER,
  partnership: LegalStructure.PARTNERSHIP,
  partners: LegalStructure.PARTNERSHIP,
  llp: LegalStructure.PARTNERSHIP,
  ltd: LegalStructure.LIMITED_COMPANY,
  limited: LegalStructure.LIMITED_COMPANY,
  'limited company': LegalStructure.LIMITED_COMPANY,
  'ltd company': LegalStructure.LIMITED_COMPANY,
  'private limited company': LegalStructure.LIMITED_COMPANY,
  'company limited by guarantee': LegalStructure.LIMITED_COMPANY,
  cic: LegalStructure.CIC,
  'community interest company': LegalStructure.CIC,
  coop: LegalStructure.COOPERATIVE,
  'co op': LegalStructure.COOPERATIVE,
  cooperative: LegalStructure.COOPERATIVE,
  'co operative': LegalStructure.COOPERATIVE,
  'community benefit society': LegalStructure.COOPERATIVE,
  unincorporated: LegalStructure.UNINCORPORATED,
  'unincorporated association': LegalStructure.UNINCORPORATED,
  'community group': LegalStructure.UNINCORPORATED,
  'voluntary group': LegalStructure.UNINCORPORATED,
};
for (const structure of Object.values(LegalStructure)) STRUCTURES[words(structure)] = structure;

export function parseLegalStructure(text: string): Parsed<LegalStructure> {
  const structure = STRUCTURES[words(text)];
  return structure
    ? { value: structure }
    : { problem: 'Write one of: sole trader, partnership, Ltd, CIC, co-operative, unincorporated.' };
}

const ACTIVITIES: Record<string, Activity> = {
  'personal care': Activity.PERSONAL_CARE,
  care: Activity.PERSONAL_CARE,
  'home care': Activity.PERSONAL_CARE,
  'domiciliary care': Activity.PERSONAL_CARE,
  'home help': Activity.HOME_HELP,
  cleaning: Activity.HOME_HELP,
  'domestic help': Activity.HOME_HELP,
  housework: Activity.HOME_HELP,
  shopping: Activity.HOME_HELP,
  companionship: Activity.COMPANIONSHIP,
  befriending: Activity.COMPANIONSHIP,
  'sitting service': Activity.COMPANIONSHIP,
  'day activities': Activity.DAY_ACTIVITIES,
  'day activity': Activity.DAY_ACTIVITIES,
  'day services': Activity.DAY_ACTIVITIES,
  'day service': Activity.DAY_ACTIVITIES,
  'day opportunities': Activity.DAY_ACTIVITIES,
  meals: Activity.MEALS,
  meal: Activity.MEALS,
  'lunch club': Activity.MEALS,
  food: Activity.MEALS,
  cooking: Activity.MEALS,
  transport: Activity.TRANSPORT,
  lifts: Activity.TRANSPORT,
  driving: Activity.TRANSPORT,
  'shared lives': Activity.SHARED_LIVES,
  other: Activity.OTHER,
};
for (const activity of Object.values(Activity)) ACTIVITIES[words(activity)] = activity;
const ACTIVITY_ORDER = Object.values(Activity);

/** `Personal care, meals`, `MEALS; Transport` and `personal care and lunch club` all read; empty is none. */
export function parseActivities(text: string): Parsed<Activity[]> {
  const found = new Set<Activity>();
  for (const part of text.split(/[,;/+&\n]|\band\b/i)) {
    if (!part.trim()) continue;
    const activity = ACTIVITIES[words(part)];
    if (!activity) {
      return {
        problem: `“${part.trim()}” is not an activity we know. Use: personal care, home help, companionship, day activities, meals, transport, shared lives or other, separated by commas.`,
      };
    }
    found.add(activity);
  }
  return { value: ACTIVITY_ORDER.filter((activity) => found.has(activity)) };
}

export function parsePostcode(text: string): Parsed<string> {
  const postcode = normalisePostcode(text);
  return postcode ? { value: postcode } : { problem: 'Write a full UK postcode, such as TA1 1AA.' };
}

const YES = new Set(['yes', 'y', 'true', '1', 'x', 'ticked']);
const NO = new Set(['no', 'n', 'false', '0', 'none']);

export function parseYesNo(text: string): Parsed<boolean> {
  const word = words(text);
  if (YES.has(word) || text.trim() === '✓') return { value: true };
  if (NO.has(word)) return { value: false };
  return { problem: 'Write yes or no.' };
}

const STAGES: Record<string, PipelineStage> = {};
for (const stage of Object.values(PipelineStage)) STAGES[words(stage)] = stage;
STAGES['setup'] = PipelineStage.SETTING_UP;
STAGES['set up'] = PipelineStage.SETTING_UP;
STAGES['enquiring'] = PipelineStage.ENQUIRY;

export function parseStage(text: string): Parsed<PipelineStage> {
  const stage = STAGES[words(text)];
  return stage
    ? { value: stage }
    : {
        problem: 'Write one of: enquiry, exploring, setting up, ready, trading, established, paused, closed.',
      };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function parseEmail(text: string): Parsed<string> {
  const email = text.trim().toLowerCase();
  return EMAIL.test(email) && email.length <= 254
    ? { value: email }
    : { problem: 'Write an email address such as name@example.org, or leave it empty.' };
}

export function parseText(text: string, maxLength: number): Parsed<string> {
  const value = text.trim().replace(/\s+/g, ' ');
  return value.length <= maxLength
    ? { value }
    : { problem: `Shorten it to at most ${maxLength} characters.` };
}

/**
 * A cell the rejected-rows CSV (or our export) protected with a leading apostrophe, because it started with
 * `=`, `+`, `-` or `@`, reads back as what was typed.
 */
export function unprotectCell(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
