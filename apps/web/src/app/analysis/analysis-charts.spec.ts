import type { TooltipItem } from 'chart.js';
import { SERIES } from '../dashboard/chart-style';
import { Figures } from '../effect/effect.models';
import { buildRoundsChart, buildRoundYearsChart } from './analysis-charts';
import { AnalysisRound } from './analysis.models';

const f = (priceLevel: number, expected: string, forecast: string, realised: string, rate: string | null): Figures => ({ priceLevel, expected, forecast, realised, rate });

/** Budget 2014 of SELV in the API's integration test: 750 kr. a year, 700 realised in 2014. */
const R2014: AnalysisRound = {
  budgetYear: 2014,
  title: 'Budget 2014',
  status: 'agreed',
  priceLevelYear: 2014,
  framework: { revision: 2, decidedOn: '2013-02-02', decidedBy: 'ØU', title: 'Ramme 2014, revision 2', allocationMethod: 'top_down' },
  years: [
    { year: 2014, ...f(2014, '750', '720', '700', '0.9333'), cumulative: f(2014, '750', '720', '700', '0.9333') },
    { year: 2015, ...f(2014, '750', '740', '0', '0.0000'), cumulative: f(2014, '1500', '1460', '700', '0.4667') },
    { year: 2016, ...f(2014, '750', '0', '0', '0.0000'), cumulative: f(2014, '2250', '1460', '700', '0.3111') },
  ],
  total: f(2014, '2250', '1460', '700', '0.3111'),
};
const R2015: AnalysisRound = {
  ...R2014,
  budgetYear: 2015,
  title: 'Budget 2015',
  priceLevelYear: 2015,
  framework: null,
  years: [{ year: 2015, ...f(2015, '125800000', '0', '1234567.89', '0.0098'), cumulative: f(2015, '125800000', '0', '1234567.89', '0.0098') }],
  total: f(2015, '125800000', '0', '1234567.89', '0.0098'),
};

describe('buildRoundsChart', () => {
  const config = buildRoundsChart([R2014, R2015]);

  it('draws one group of bars per round: the period totals in mio. kr.', () => {
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual(['Budget 2014', 'Budget 2015']);
    expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Forventet', [0.00225, 125.8]],
      ['Prognose', [0.00146, 0]],
      ['Realiseret', [0.0007, 1.23456789]],
    ]);
    expect(config.data.datasets.map((d) => d.borderColor)).toEqual([SERIES.expected.colour, SERIES.forecast.colour, SERIES.realised.colour]);
  });

  it('says on the axis that each round keeps its own price level, and names it in the tooltip', () => {
    const y = config.options?.scales?.['y'] as { title: { text: string } };
    expect(y.title.text).toBe('mio. kr., hver runde i eget prisniveau');
    const callbacks = config.options?.plugins?.tooltip?.callbacks as unknown as {
      title: (items: Partial<TooltipItem<'bar'>>[]) => string;
      label: (item: Partial<TooltipItem<'bar'>>) => string;
    };
    expect(callbacks.title([{ dataIndex: 1 }])).toBe('Budget 2015 (2015-priser)');
    expect(callbacks.label({ dataIndex: 1, datasetIndex: 2, dataset: config.data.datasets[2] as never })).toBe('Realiseret: 1.234.567,89 kr.');
  });

  it('names the one price level when the amounts were converted to it', () => {
    const converted = buildRoundsChart([{ ...R2014, total: { ...R2014.total, priceLevel: 2016 } }, { ...R2015, total: { ...R2015.total, priceLevel: 2016 } }]);
    expect((converted.options?.scales?.['y'] as { title: { text: string } }).title.text).toBe('mio. kr., 2016-priser');
  });
});

describe('buildRoundYearsChart', () => {
  const config = buildRoundYearsChart(R2014);

  it('draws expected and realised per year and cumulative over the round\'s years', () => {
    expect(config.type).toBe('line');
    expect(config.data.labels).toEqual(['2014', '2015', '2016']);
    expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Forventet pr. år', [0.00075, 0.00075, 0.00075]],
      ['Realiseret pr. år', [0.0007, 0, 0]],
      ['Forventet, akkumuleret', [0.00075, 0.0015, 0.00225]],
      ['Realiseret, akkumuleret', [0.0007, 0.0007, 0.0007]],
    ]);
  });

  it('tells the lines apart by dash and point shape as well as colour', () => {
    expect(config.data.datasets.map((d) => [d.borderColor, d.borderDash, d.pointStyle])).toEqual([
      [SERIES.expected.colour, [6, 4], 'circle'],
      [SERIES.realised.colour, [6, 4], 'rect'],
      [SERIES.expected.colour, [], 'circle'],
      [SERIES.realised.colour, [], 'rect'],
    ]);
    expect((config.options?.scales?.['y'] as { title: { text: string } }).title.text).toBe('mio. kr., 2014-priser');
  });

  it('gives the exact amount in kroner in the tooltip', () => {
    const label = config.options?.plugins?.tooltip?.callbacks?.label as unknown as (item: Partial<TooltipItem<'line'>>) => string;
    expect(label({ datasetIndex: 2, dataIndex: 2, dataset: config.data.datasets[2] as never })).toBe('Forventet, akkumuleret: 2.250 kr.');
    expect(label({ datasetIndex: 1, dataIndex: 0, dataset: config.data.datasets[1] as never })).toBe('Realiseret pr. år: 700 kr.');
  });
});
