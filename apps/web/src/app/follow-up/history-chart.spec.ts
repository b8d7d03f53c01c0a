import type { TooltipItem } from 'chart.js';
import { SERIES } from '../dashboard/chart-style';
import { ForecastHistory } from './follow-up.models';
import { buildHistoryChart, roundLabel } from './history-chart';

const point = (asOf: string, title: string, expected: string, forecast: string): ForecastHistory => ({
  roundId: asOf, asOf, title, closedAt: `${asOf}T12:00:00.000Z`, cells: 5, expected, forecast, realised: '0',
});
const history = [
  point('2013-03-31', 'Budgetopfølgning pr. 31. marts 2013', '90000000', '90000000'),
  point('2013-06-30', 'Halvårsopfølgning', '90000000', '76500000.50'),
  point('2013-09-30', 'Budgetopfølgning pr. 30. september 2013', '90000000', '-300.50'),
];

describe('buildHistoryChart', () => {
  const config = buildHistoryChart(history);

  it('is a line per series over the rounds, labelled by their dates', () => {
    expect(config.type).toBe('line');
    expect(config.data.labels).toEqual(['pr. 31. marts 2013', 'pr. 30. juni 2013', 'pr. 30. september 2013']);
    expect(roundLabel('2014-06-30')).toBe('pr. 30. juni 2014');
  });

  it('draws expected and forecast in mio. kr., styled as on the dashboard', () => {
    expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Forventet', [90, 90, 90]],
      ['Prognose', [90, 76.5000005, -0.0003005]],
    ]);
    expect(config.data.datasets.map((d) => [d.borderColor, d.borderDash, d.pointStyle])).toEqual([
      [SERIES.expected.colour, SERIES.expected.dash, SERIES.expected.point],
      [SERIES.forecast.colour, SERIES.forecast.dash, SERIES.forecast.point],
    ]);
  });

  it('names the round and gives the exact amount in kroner in the tooltip', () => {
    const callbacks = config.options?.plugins?.tooltip?.callbacks as unknown as {
      title: (items: Partial<TooltipItem<'line'>>[]) => string;
      label: (item: Partial<TooltipItem<'line'>>) => string;
    };
    expect(callbacks.title([{ dataIndex: 1 }])).toBe('Halvårsopfølgning');
    expect(callbacks.label({ datasetIndex: 1, dataIndex: 1, dataset: config.data.datasets[1] as never })).toBe('Prognose: 76.500.000,50 kr.');
    expect(callbacks.label({ datasetIndex: 1, dataIndex: 2, dataset: config.data.datasets[1] as never })).toBe('Prognose: -300,50 kr.');
  });

  it('draws nothing without closed rounds', () => {
    expect(buildHistoryChart([]).data.datasets.map((d) => d.data)).toEqual([[], []]);
  });
});
