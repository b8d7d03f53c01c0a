import type { TooltipItem } from 'chart.js';
import { SERIES } from './chart-style';
import { RealisationGroup } from './dashboard.models';
import { buildRealisationChart } from './realisation-chart';

const groups: RealisationGroup[] = [
  { key: 'SELV', expected: '26000000', forecast: '24500000', realised: '13001250.50', rate: '0.5001' },
  { key: 'SVR', expected: '125800000', forecast: '0', realised: '-300', rate: '0.0000' },
];
const names = new Map([
  ['SELV', 'Selvforsørgelse'],
  ['SVR', 'Sammenhængende velfærdsressourcer'],
]);

describe('buildRealisationChart', () => {
  const config = buildRealisationChart(groups, names);

  it('is a bar chart with one group of bars per key, labelled by code', () => {
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual(['SELV', 'SVR']);
  });

  it('has expected, forecast and realised as datasets in mio. kr., beside each other', () => {
    expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Forventet', [26, 125.8]],
      ['Prognose', [24.5, 0]],
      ['Realiseret', [13.0012505, -0.0003]],
    ]);
    expect(config.data.datasets.map((d) => (d as { stack?: string }).stack)).toEqual([undefined, undefined, undefined]);
    expect(config.options?.scales?.['x']?.stacked).toBeUndefined();
  });

  it('colours each series with its own colour, and takes the fill from the given function', () => {
    expect(config.data.datasets.map((d) => d.backgroundColor)).toEqual([SERIES.expected.colour, SERIES.forecast.colour, SERIES.realised.colour]);
    const hatched = buildRealisationChart(groups, names, (series, colour) => (series === 'forecast' ? `hatch(${colour})` : colour));
    expect(hatched.data.datasets.map((d) => d.backgroundColor)).toEqual([SERIES.expected.colour, `hatch(${SERIES.forecast.colour})`, SERIES.realised.colour]);
    expect(hatched.data.datasets.map((d) => d.borderColor)).toEqual([SERIES.expected.colour, SERIES.forecast.colour, SERIES.realised.colour]);
  });

  it('names the group and gives the exact amount in kroner in the tooltip', () => {
    const callbacks = config.options?.plugins?.tooltip?.callbacks as unknown as {
      title: (items: Partial<TooltipItem<'bar'>>[]) => string;
      label: (item: Partial<TooltipItem<'bar'>>) => string;
    };
    expect(callbacks.title([{ dataIndex: 1 }])).toBe('SVR – Sammenhængende velfærdsressourcer');
    expect(callbacks.label({ datasetIndex: 2, dataIndex: 0, dataset: config.data.datasets[2] as never })).toBe('Realiseret: 13.001.250,50 kr.');
    expect(callbacks.label({ datasetIndex: 2, dataIndex: 1, dataset: config.data.datasets[2] as never })).toBe('Realiseret: -300 kr.');
  });

  it('lets a year be its own title, and draws nothing for no groups', () => {
    const years = buildRealisationChart([{ key: 2014, expected: '1', forecast: '0', realised: '0', rate: '0.0000' }], new Map());
    expect(years.data.labels).toEqual(['2014']);
    const title = (years.options?.plugins?.tooltip?.callbacks as unknown as { title: (i: Partial<TooltipItem<'bar'>>[]) => string }).title;
    expect(title([{ dataIndex: 0 }])).toBe('2014');
    expect(buildRealisationChart([], names).data.datasets.map((d) => d.data)).toEqual([[], [], []]);
  });

  it('picks a group by its column, not only on a direct hit of a thin bar, and shows mio. kr. on the axis', () => {
    expect(config.options?.interaction).toEqual({ mode: 'index', intersect: false });
    const y = config.options?.scales?.['y'] as { title: { text: string }; ticks: { callback: (v: number) => string } };
    expect(y.title.text).toBe('mio. kr.');
    expect(y.ticks.callback(125.8)).toBe('125,8');
  });
});
