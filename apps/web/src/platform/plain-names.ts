/**
 * The one place where the API's codes become the words people read. A page never prints a code such as
 * `DBS_ENHANCED` or `CATALYST`: it looks it up here (views: the `plain` filter), and a code with no entry
 * still reads as words ("Some new thing"), never in capitals with underscores.
 */
export const PLAIN_NAMES = {
  role: {
    ADMIN: 'Admin',
    CATALYST: 'Catalyst',
    PROVIDER: 'Provider',
    BUDGET_HOLDER: 'Budget holder',
    DELEGATE: 'Someone who helps with a budget',
  },
  priceUnit: { HOUR: 'an hour', SESSION: 'a session', DAY: 'a day' },
  capacity: {
    TAKING_NEW_PEOPLE: 'Taking new people',
    WAITING_LIST: 'Waiting list',
    FULL: 'Full at the moment',
  },
} satisfies Record<string, Record<string, string>>;

export type PlainNameList = keyof typeof PLAIN_NAMES;

export function plainName(list: PlainNameList, code: string): string {
  return (PLAIN_NAMES[list] as Record<string, string>)[code] ?? wordsOf(code);
}

/** A catalogue requirement's title by its code (the titles come from the API's `requirements`). */
export function requirementTitle(
  requirements: ReadonlyArray<{ code: string; title: string }>,
  code: string,
): string {
  return requirements.find((requirement) => requirement.code === code)?.title ?? wordsOf(code);
}

/** `SOME_NEW_THING` → "Some new thing": the last resort, so a code never shows as it is. */
export function wordsOf(code: string): string {
  const words = code.toLowerCase().replace(/_+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
