import {
  barChart,
  compareFigures,
  enterpriseCountsChart,
  ImpactFigure,
  parseImpactQuery,
  pipelineFunnel,
  previousPeriod,
  quartersEnding,
} from './impact-report';

const figures: ImpactFigure[] = [
  { key: 'enterprisesSupported', label: 'Enterprises supported', value: 8 },
  { key: 'newEnterprises', label: 'New enterprises', value: 4 },
  { key: 'reachedTrading', label: 'Reached trading', value: 2 },
  { key: 'medianDaysToTrading', label: 'Median days to trading', value: null },
  { key: 'jobsFte', label: 'Jobs (FTE) in trading enterprises', value: 3.5 },
  { key: 'coachingHours', label: 'Coaching hours', value: 12 },
  { key: 'listedEnterprises', label: 'Enterprises listed now', value: 1 },
  { key: 'verifiedEnterprises', label: 'Enterprises listed and verified now', value: 0 },
];
const areas = [
  { id: 'a1', name: 'Taunton', postcodeDistricts: ['TA1'] },
  { id: 'a2', name: 'Bristol', postcodeDistricts: ['BS5'] },
];
const defaults = { from: '2025-11-26', to: '2026-11-25' };

describe('the impact report', () => {
  it('charts the counts of enterprises to one scale, in the API’s (and the CSV’s) words', () => {
    const chart = enterpriseCountsChart(figures, 'Taunton');
    expect(chart.title).toBe('Enterprises: Taunton');
    expect(chart.bars.map((bar) => [bar.label, bar.value])).toEqual([
      ['Enterprises supported', 8],
      ['New enterprises', 4],
      ['Reached trading', 2],
      ['Enterprises listed now', 1],
      ['Enterprises listed and verified now', 0],
    ]);
    expect(chart.bars[1].width * 2).toBe(chart.bars[0].width);
    expect(chart.bars[4].width).toBe(0);
    expect(chart.description).toBe(
      'Enterprises supported: 8. New enterprises: 4. Reached trading: 2. Enterprises listed now: 1. Enterprises listed and verified now: 0.',
    );
  });

  it('puts the previous period of the same length beside the chosen one', () => {
    expect(previousPeriod('2026-01-01', '2026-12-31')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(previousPeriod('2026-03-01', '2026-03-01')).toEqual({ from: '2026-02-28', to: '2026-02-28' });
    const previous = figures.map((figure) => ({
      ...figure,
      value: figure.key === 'newEnterprises' ? 1 : null,
    }));
    expect(compareFigures(figures, previous)[1]).toEqual({
      label: 'New enterprises',
      current: 4,
      previous: 1,
    });
  });

  it('takes the four calendar quarters up to the end date, the last one cut at that date', () => {
    expect(quartersEnding('2026-12-07')).toEqual([
      { label: 'Jan to Mar 2026', from: '2026-01-01', to: '2026-03-31' },
      { label: 'Apr to Jun 2026', from: '2026-04-01', to: '2026-06-30' },
      { label: 'Jul to Sep 2026', from: '2026-07-01', to: '2026-09-30' },
      { label: 'Oct to Dec 2026', from: '2026-10-01', to: '2026-12-07' },
    ]);
    expect(quartersEnding('2026-02-15').map((quarter) => quarter.label)).toEqual([
      'Apr to Jun 2025',
      'Jul to Sep 2025',
      'Oct to Dec 2025',
      'Jan to Mar 2026',
    ]);
  });

  it('draws the pipeline as a funnel: each step counts the enterprises at it or further on', () => {
    const names = {
      ENQUIRY: 'Enquiry',
      EXPLORING: 'Exploring',
      SETTING_UP: 'Setting up',
      READY: 'Ready to trade',
      TRADING: 'Trading',
      ESTABLISHED: 'Established',
    };
    const funnel = pipelineFunnel(
      [
        { stage: 'ENQUIRY', count: 3 },
        { stage: 'TRADING', count: 2 },
        { stage: 'ESTABLISHED', count: 1 },
        { stage: 'CLOSED', count: 5 },
      ],
      names,
    );
    expect(funnel.map((step) => step.value)).toEqual([6, 3, 3, 3, 3, 1]);
    expect(funnel[0].label).toBe('Enquiry or further');
    const chart = barChart('f', 'Pipeline', funnel, 'funnel');
    expect(chart.bars[0].barX).toBe(0);
    // Centred under the widest bar, to the nearest pixel.
    const last = chart.bars[5];
    expect(Math.abs(last.barX + last.width / 2 - chart.bars[0].width / 2)).toBeLessThanOrEqual(0.5);
  });

  it('defaults to the first Area and the last year', () => {
    expect(parseImpactQuery({}, areas, defaults)).toMatchObject({
      kind: 'ok',
      input: { areaId: 'a1', from: '2025-11-26', to: '2026-11-25' },
    });
  });

  it('takes a chosen Area and dates, and refuses an Area that is not yours by using your first', () => {
    const query = {
      area: 'a2',
      'from-day': '1',
      'from-month': '4',
      'from-year': '2026',
      'to-day': '31',
      'to-month': '3',
      'to-year': '2027',
    };
    expect(parseImpactQuery(query, areas, defaults)).toMatchObject({
      kind: 'ok',
      input: { areaId: 'a2', from: '2026-04-01', to: '2027-03-31' },
    });
    expect(parseImpactQuery({ ...query, area: 'elsewhere' }, areas, defaults)).toMatchObject({
      input: { areaId: 'a1' },
    });
  });

  it('says when the dates are not real or the wrong way round', () => {
    const wrongWay = {
      'from-day': '2',
      'from-month': '1',
      'from-year': '2027',
      'to-day': '1',
      'to-month': '1',
      'to-year': '2026',
    };
    const result = parseImpactQuery(wrongWay, areas, defaults);
    expect(result.kind).toBe('invalid');
    if (result.kind === 'invalid')
      expect(result.errors.summary.map((item) => item.href)).toEqual(['#to-day']);
    const notReal = parseImpactQuery({ ...wrongWay, 'from-day': '40' }, areas, defaults);
    if (notReal.kind === 'invalid')
      expect(notReal.errors.summary.map((item) => item.href)).toEqual(['#from-day']);
    expect(notReal.kind).toBe('invalid');
  });
});
