/**
 * The budget page's picture of a period: a bar of spent / set aside / left, drawn server-side as SVG with every
 * figure also in words, and which bookings fall in the next period. Pure, tested beside.
 */
import { formatPounds } from '../platform/views';

export interface PeriodFigures {
  allocationPence: number;
  carriedPence: number;
  committedPence: number;
  spentPence: number;
  remainingPence: number;
}

export interface BarSegment {
  name: 'Spent' | 'Set aside' | 'Left';
  pence: number;
  words: string;
  /** Where it starts and how wide it is, in hundredths of the bar. */
  x: number;
  width: number;
  className: string;
}

export interface BudgetBar {
  segments: BarSegment[];
  /** The whole sentence, for the SVG's description and the text beside it. */
  description: string;
}

/** The period's money (payment and what was carried) split into spent, set aside and left. */
export function budgetBar(period: PeriodFigures): BudgetBar {
  const parts: [BarSegment['name'], number, string][] = [
    ['Spent', period.spentPence, 'app-bar--spent'],
    ['Set aside', period.committedPence, 'app-bar--set-aside'],
    ['Left', Math.max(period.remainingPence, 0), 'app-bar--left'],
  ];
  const whole = parts.reduce((sum, [, pence]) => sum + Math.max(pence, 0), 0);
  let x = 0;
  const segments = parts.map(([name, pence, className]) => {
    const width = whole > 0 ? Math.round((Math.max(pence, 0) / whole) * 10_000) / 100 : 0;
    const segment = { name, pence, words: formatPounds(pence), x, width, className };
    x = Math.round((x + width) * 100) / 100;
    return segment;
  });
  const total = period.allocationPence + period.carriedPence;
  const description =
    `Of ${formatPounds(total)} this period: ` +
    segments.map((segment) => `${segment.words} ${segment.name.toLowerCase()}`).join(', ') +
    '.';
  return { segments, description };
}

/** The period after the current one: its first and last days (YYYY-MM-DD). */
export function nextPeriod(currentEndsOn: string, periodDays: number): { startsOn: string; endsOn: string } {
  return { startsOn: addDays(currentEndsOn, 1), endsOn: addDays(currentEndsOn, periodDays) };
}

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The London date an instant falls on. */
export function londonDateOf(instant: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));
}
