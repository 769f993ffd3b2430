/** The website's one set of date helpers: dates are YYYY-MM-DD in Europe/London, instants are ISO 8601. */

/** An instant as a London wall clock: "Tuesday 1 December 2026, 10:00". */
export function londonTime(instant: string): string {
  return new Date(instant).toLocaleString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Europe/London',
  });
}

/** Today's date in Europe/London, YYYY-MM-DD. */
export function londonToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** YYYY-MM-DD plus (or minus) a number of days. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** "2026-12-01" → "1 December 2026"; an instant → its London date in those words; nothing → "". */
export function longDate(dateOrInstant: string | null | undefined): string {
  if (!dateOrInstant) return '';
  const date = new Date(dateOrInstant.length === 10 ? `${dateOrInstant}T12:00:00Z` : dateOrInstant);
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
}

/** What a GOV.UK date input held: nothing, something that is not a real date, or a date (YYYY-MM-DD). */
export type DateInput = { kind: 'empty' } | { kind: 'invalid' } | { kind: 'date'; value: string };

/** Reads a GOV.UK date input's three boxes (`<id>-day`, `<id>-month`, `<id>-year`) from a form body. */
export function readDateInput(body: unknown, id: string): DateInput {
  const read = (part: string) => {
    const value = (body as Record<string, unknown> | undefined)?.[`${id}-${part}`];
    return typeof value === 'string' ? value.trim() : '';
  };
  const [day, month, year] = [read('day'), read('month'), read('year')];
  if (!day && !month && !year) return { kind: 'empty' };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return { kind: 'invalid' };
  const value = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${value}T12:00:00Z`);
  // A day that does not exist (31 February) either fails to parse or rolls over into another date.
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value)
    return { kind: 'invalid' };
  return { kind: 'date', value };
}

/** YYYY-MM-DD → the three boxes of a GOV.UK date input, to fill the form again. */
export function dateInputParts(date: string): { day: string; month: string; year: string } {
  const [year, month, day] = date.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}
