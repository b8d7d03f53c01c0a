import type { TooltipItem } from 'chart.js';
import { SERIES } from './chart-style';
import { buildCumulativeChart } from './cumulative-chart';
import { cumulativeSums } from './cumulative';

const points = cumulativeSums(
  [
    { key: 2014, expected: '100000000', forecast: '90000000', realised: '87500000', rate: '0.8750' },
    { key: 2016, expected: '25800000', forecast: '30000000', realised: '1234567.89', rate: '0.0479' },
  ],
  [2014, 2015, 2016, 2017],
);

describe('buildCumulativeChart', () => {
  const config = buildCumulativeChart(points);

  it('is a line chart over the period years', () => {
    expect(config.type).toBe('line');
    expect(config.data.labels).toEqual(['2014', '2015', '2016', '2017']);
  });

  it('draws the running totals of expected, forecast and realised in mio. kr.', () => {
    expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Forventet, akkumuleret', [100, 100, 125.8, 125.8]],
      ['Prognose, akkumuleret', [90, 90, 120, 120]],
      ['Realiseret, akkumuleret', [87.5, 87.5, 88.73456789, 88.73456789]],
    ]);
  });

  it('tells the lines apart by dash and point shape as well as colour', () => {
    expect(config.data.datasets.map((d) => [d.borderColor, d.borderDash, d.pointStyle])).toEqual([
      [SERIES.expected.colour, SERIES.expected.dash, 'circle'],
      [SERIES.forecast.colour, SERIES.forecast.dash, 'triangle'],
      [SERIES.realised.colour, [], 'rect'],
    ]);
    expect(new Set(config.data.datasets.map((d) => JSON.stringify(d.borderDash))).size).toBe(3);
    expect(config.options?.plugins?.legend?.labels?.usePointStyle).toBe(true);
  });

  it('gives the exact cumulative amount in kroner in the tooltip', () => {
    const label = config.options?.plugins?.tooltip?.callbacks?.label as unknown as (item: Partial<TooltipItem<'line'>>) => string;
    expect(label({ datasetIndex: 2, dataIndex: 3, dataset: config.data.datasets[2] as never })).toBe('Realiseret, akkumuleret: 88.734.567,89 kr.');
    expect(label({ datasetIndex: 0, dataIndex: 0, dataset: config.data.datasets[0] as never })).toBe('Forventet, akkumuleret: 100.000.000 kr.');
  });
});
