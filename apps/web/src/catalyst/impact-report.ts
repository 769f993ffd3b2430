import { fieldErrors } from '../platform/form-errors';
import { FormErrors } from '../platform/web-session';
import { AreaSummary } from './catalyst.operations';
import { addDays, dateInputParts } from '../platform/dates';
import { dateField } from './catalyst-words';

/** One figure as the API names it: the same label the CSV has. */
export interface ImpactFigure {
  key: string;
  label: string;
  value: number | null;
}

export interface ImpactComparisonRow {
  label: string;
  current: number | null;
  previous: number | null;
}

/** The chosen period beside the one before it, figure by figure, in the CSV's order and words. */
export function compareFigures(current: ImpactFigure[], previous: ImpactFigure[]): ImpactComparisonRow[] {
  const before = new Map(previous.map((figure) => [figure.key, figure.value]));
  return current.map((figure) => ({
    label: figure.label,
    current: figure.value,
    previous: before.get(figure.key) ?? null,
  }));
}

/** The period of the same length that ends the day before this one starts. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  const previousTo = addDays(from, -1);
  return { from: addDays(previousTo, -days), to: previousTo };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface Quarter {
  label: string;
  from: string;
  to: string;
}

/** The calendar quarter holding `to` (up to `to`) and the three before it, oldest first. */
export function quartersEnding(to: string): Quarter[] {
  const [year, month] = to.split('-').map(Number);
  const lastStart = Math.floor((month - 1) / 3) * 3; // 0-based month the quarter starts in
  return [3, 2, 1, 0].map((back) => {
    const start = new Date(Date.UTC(year, lastStart - back * 3, 1));
    const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 3, 0));
    const startMonth = start.getUTCMonth();
    const endIso = end.toISOString().slice(0, 10);
    return {
      label: `${MONTHS[startMonth]} to ${MONTHS[startMonth + 2]} ${start.getUTCFullYear()}`,
      from: start.toISOString().slice(0, 10),
      to: endIso < to ? endIso : to,
    };
  });
}

/** The figures worth following quarter by quarter: those that count what happened in a period. */
export const TREND_KEYS = ['enterprisesSupported', 'newEnterprises', 'reachedTrading', 'coachingHours'];

/** Figures that count enterprises, which share one scale in the period's chart. */
const ENTERPRISE_COUNTS = [
  'enterprisesSupported',
  'newEnterprises',
  'reachedTrading',
  'listedEnterprises',
  'verifiedEnterprises',
];

const FORWARD_STAGES = ['ENQUIRY', 'EXPLORING', 'SETTING_UP', 'READY', 'TRADING', 'ESTABLISHED'];

/**
 * The pipeline as a funnel: how many of the Area's working enterprises have reached each stage or gone
 * further (paused and closed ones are left out, so each step holds every step after it).
 */
export function pipelineFunnel(columns: { stage: string; count: number }[], names: Record<string, string>) {
  const countOf = new Map(columns.map((column) => [column.stage, column.count]));
  return FORWARD_STAGES.map((stage, index) => ({
    label: `${names[stage]} or further`,
    value: FORWARD_STAGES.slice(index).reduce((sum, later) => sum + (countOf.get(later) ?? 0), 0),
  }));
}

const LABEL_HEIGHT = 22;
const BAR_HEIGHT = 24;
const ROW_GAP = 14;
const ROW_HEIGHT = LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP;
const BAR_AREA = 330;
/** Narrow enough that the text stays readable when a phone scales the chart down to fit. */
const WIDTH = BAR_AREA + 60;

export interface Bar {
  label: string;
  value: number;
}

export interface BarChart {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  barHeight: number;
  bars: (Bar & {
    labelY: number;
    barX: number;
    barY: number;
    width: number;
    valueX: number;
    valueY: number;
  })[];
}

/**
 * A horizontal bar chart drawn on the server as SVG (no JavaScript). Each bar has its label above it and its
 * number beside it, so the chart never relies on length or colour alone; `centred` bars make a funnel.
 */
export function barChart(
  id: string,
  title: string,
  data: Bar[],
  shape: 'bars' | 'funnel' = 'bars',
): BarChart {
  const largest = Math.max(1, ...data.map((bar) => bar.value));
  const bars = data.map((bar, index) => {
    const top = index * ROW_HEIGHT;
    const width = Math.round((bar.value / largest) * BAR_AREA);
    const barX = shape === 'funnel' ? Math.round((BAR_AREA - width) / 2) : 0;
    const barY = top + LABEL_HEIGHT;
    return {
      ...bar,
      labelY: top + 16,
      barX,
      barY,
      width,
      valueX: barX + width + 8,
      valueY: barY + BAR_HEIGHT / 2 + 6,
    };
  });
  return {
    id,
    title,
    description: bars.map((bar) => `${bar.label}: ${bar.value}`).join('. ') + '.',
    width: WIDTH,
    height: Math.max(ROW_HEIGHT, bars.length * ROW_HEIGHT - ROW_GAP),
    barHeight: BAR_HEIGHT,
    bars,
  };
}

/** The period's chart: the counts of enterprises, with the labels of the table and the CSV. */
export function enterpriseCountsChart(figures: ImpactFigure[], subject: string): BarChart {
  const counts = figures.filter((figure) => ENTERPRISE_COUNTS.includes(figure.key) && figure.value !== null);
  return barChart(
    'chart-period',
    `Enterprises: ${subject}`,
    counts.map((figure) => ({ label: figure.label, value: figure.value ?? 0 })),
  );
}

export type ImpactQuery =
  | { kind: 'ok'; values: Record<string, string>; input: { areaId: string; from: string; to: string } }
  | { kind: 'invalid'; values: Record<string, string>; errors: FormErrors };

/** The report's GET form: an Area and two dates, defaulting to the first Area and the last year. */
export function parseImpactQuery(
  query: Record<string, unknown>,
  areas: AreaSummary[],
  defaults: { from: string; to: string },
): ImpactQuery {
  const text = (name: string) => (typeof query[name] === 'string' ? (query[name] as string).trim() : '');
  const hasDates = ['from-day', 'from-month', 'from-year', 'to-day', 'to-month', 'to-year'].some((name) =>
    text(name),
  );
  const values: Record<string, string> = {};
  for (const [id, iso] of [
    ['from', defaults.from],
    ['to', defaults.to],
  ] as const) {
    const parts = hasDates
      ? { day: text(`${id}-day`), month: text(`${id}-month`), year: text(`${id}-year`) }
      : dateInputParts(iso);
    values[`${id}-day`] = parts.day;
    values[`${id}-month`] = parts.month;
    values[`${id}-year`] = parts.year;
  }
  const areaId = areas.find((area) => area.id === text('area'))?.id ?? areas[0]?.id ?? '';
  values.area = areaId;
  const problems: Record<string, string> = {};
  if (!areaId) problems.area = 'You do not work in any Area yet';
  const from = dateField(values, 'from');
  const to = dateField(values, 'to');
  if (!from || from === 'invalid') problems['from-day'] = 'Enter a real start date, like 1 4 2026';
  if (!to || to === 'invalid') problems['to-day'] = 'Enter a real end date, like 31 3 2027';
  if (from && to && from !== 'invalid' && to !== 'invalid' && from > to)
    problems['to-day'] = 'The end date must be the same as or after the start date';
  if (Object.keys(problems).length > 0) return { kind: 'invalid', values, errors: fieldErrors(problems) };
  return { kind: 'ok', values, input: { areaId, from: from as string, to: to as string } };
}
