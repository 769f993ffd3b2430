import { fieldErrors } from '../platform/form-errors';
import { FormErrors } from '../platform/web-session';
import { AreaSummary, ImpactFigures } from './catalyst.operations';
import { dateInputParts } from '../platform/dates';
import { dateField } from './catalyst-words';

export interface ImpactRow {
  label: string;
  value: number | null;
  /** What the figure counts, in a few words. */
  unit: string;
}

/** The report's figures in the order a reader wants them. */
export function impactRows(figures: ImpactFigures): ImpactRow[] {
  return [
    { label: 'Enterprises supported', value: figures.enterprisesSupported, unit: 'enterprises' },
    { label: 'New enterprises', value: figures.newEnterprises, unit: 'enterprises' },
    { label: 'Started trading', value: figures.reachedTrading, unit: 'enterprises' },
    { label: 'With a published listing now', value: figures.listedEnterprises, unit: 'enterprises' },
    { label: 'With a verified listing now', value: figures.verifiedEnterprises, unit: 'enterprises' },
    { label: 'Median days to start trading', value: figures.medianDaysToTrading, unit: 'days' },
    { label: 'Jobs (full-time equivalent)', value: figures.jobsFte, unit: 'jobs' },
    { label: 'People supported each week', value: figures.peopleSupportedPerWeek, unit: 'people' },
    { label: 'Hours of support each week', value: figures.hoursPerWeek, unit: 'hours' },
    { label: 'Hours of coaching', value: figures.coachingHours, unit: 'hours' },
  ];
}

/** Which figures the chart draws: counts of enterprises, which share one scale. */
const CHARTED = new Set(['enterprises']);
const LABEL_HEIGHT = 22;
const BAR_HEIGHT = 24;
const ROW_GAP = 14;
const ROW_HEIGHT = LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP;
const BAR_AREA = 330;
/** Narrow enough that the text stays readable when a phone scales the chart down to fit. */
const WIDTH = BAR_AREA + 60;

export interface ImpactChart {
  title: string;
  description: string;
  width: number;
  height: number;
  barHeight: number;
  bars: {
    label: string;
    value: number;
    labelY: number;
    barY: number;
    width: number;
    valueX: number;
    valueY: number;
  }[];
}

/**
 * A horizontal bar chart of the enterprise counts, drawn on the server as SVG (no JavaScript). Each bar
 * has its label above it and its number beside it, so the chart never relies on length or colour alone.
 */
export function impactChart(rows: ImpactRow[], subject: string): ImpactChart {
  const charted = rows.filter((row) => CHARTED.has(row.unit) && row.value !== null);
  const largest = Math.max(1, ...charted.map((row) => row.value ?? 0));
  const bars = charted.map((row, index) => {
    const value = row.value ?? 0;
    const top = index * ROW_HEIGHT;
    const width = Math.round((value / largest) * BAR_AREA);
    const barY = top + LABEL_HEIGHT;
    return {
      label: row.label,
      value,
      labelY: top + 16,
      barY,
      width,
      valueX: width + 8,
      valueY: barY + BAR_HEIGHT / 2 + 6,
    };
  });
  return {
    title: `Enterprises: ${subject}`,
    description: bars.map((bar) => `${bar.label}: ${bar.value}`).join('. ') + '.',
    width: WIDTH,
    height: Math.max(ROW_HEIGHT, bars.length * ROW_HEIGHT - ROW_GAP),
    barHeight: BAR_HEIGHT,
    bars,
  };
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
