import { ImpactFigures } from './catalyst.operations';
import { impactChart, impactRows, parseImpactQuery } from './impact-report';

const figures: ImpactFigures = {
  enterprisesSupported: 8,
  newEnterprises: 4,
  reachedTrading: 2,
  medianDaysToTrading: null,
  jobsFte: 3.5,
  peopleSupportedPerWeek: 20,
  hoursPerWeek: 40,
  coachingHours: 12,
  listedEnterprises: 1,
  verifiedEnterprises: 0,
};
const areas = [
  { id: 'a1', name: 'Taunton', postcodeDistricts: ['TA1'] },
  { id: 'a2', name: 'Bristol', postcodeDistricts: ['BS5'] },
];
const defaults = { from: '2025-11-26', to: '2026-11-25' };

describe('the impact report', () => {
  it('charts the counts of enterprises to one scale and describes the chart in words', () => {
    const chart = impactChart(impactRows(figures), 'Taunton');
    expect(chart.bars.map((bar) => [bar.label, bar.value])).toEqual([
      ['Enterprises supported', 8],
      ['New enterprises', 4],
      ['Started trading', 2],
      ['With a published listing now', 1],
      ['With a verified listing now', 0],
    ]);
    expect(chart.bars[1].width * 2).toBe(chart.bars[0].width);
    expect(chart.bars[4].width).toBe(0);
    expect(chart.description).toBe(
      'Enterprises supported: 8. New enterprises: 4. Started trading: 2. With a published listing now: 1. With a verified listing now: 0.',
    );
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
