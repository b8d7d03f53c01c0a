import type { TooltipItem } from 'chart.js';
import { buildAllocationTable } from './allocation-table';
import { AllocationView } from './allocation.models';
import { buildPoolChart, formatAxisMio, TRACK_COLOURS } from './pool-chart';

const view: AllocationView = {
  run: null,
  cells: [
    { trackCode: 'SVR', committeeCode: 'SAU', year: 2014, amount: '66666667' },
    { trackCode: 'SELV', committeeCode: 'SAU', year: 2014, amount: '33333333' },
    { trackCode: 'SELV', committeeCode: 'SAU', year: 2015, amount: '125800000' },
  ],
  unallocated: { '2016': '1234567' },
};
const table = buildAllocationTable([2014, 2015, 2016], view, [{ code: 'SELV', name: 'Selvhjulpne borgere' }, { code: 'SVR', name: 'Velfærd' }], []);

describe('buildPoolChart', () => {
  const config = buildPoolChart(table);

  it('is a bar chart with a bar per year', () => {
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual(['2014', '2015', '2016']);
  });

  it('stacks one dataset per track in mio. kr., plus the unallocated part of the pool', () => {
    expect(config.data.datasets.map((d) => [d.label, d.data, d.stack])).toEqual([
      ['SELV – Selvhjulpne borgere', [33.333333, 125.8, 0], 'pulje'],
      ['SVR – Velfærd', [66.666667, 0, 0], 'pulje'],
      ['Ikke fordelt', [0, 0, 1.234567], 'pulje'],
    ]);
    expect(config.data.datasets[0].backgroundColor).toBe(TRACK_COLOURS[0]);
    expect(config.options?.scales?.['x']?.stacked).toBe(true);
    expect(config.options?.scales?.['y']?.stacked).toBe(true);
  });

  it('leaves out the unallocated dataset when the whole pool was allocated', () => {
    const full = buildPoolChart(buildAllocationTable([2014], { ...view, unallocated: {} }, [], []));
    expect(full.data.datasets.map((d) => d.label)).not.toContain('Ikke fordelt');
  });

  it('names the rest "Ikke dækket af bud" in bids mode and draws no negative segment for over-bids', () => {
    const bids = buildPoolChart(
      buildAllocationTable([2014, 2015], { ...view, unallocated: {}, uncovered: { '2014': '-100', '2015': '200000000' } }, [], []),
    );
    const rest = bids.data.datasets.at(-1);
    expect(rest?.label).toBe('Ikke dækket af bud');
    expect(rest?.data).toEqual([0, 200]);
  });

  it('shows the exact amount in kroner in the tooltip and mio. kr. on the axis', () => {
    const label = config.options?.plugins?.tooltip?.callbacks?.label as unknown as (item: Partial<TooltipItem<'bar'>>) => string;
    expect(label({ datasetIndex: 1, dataIndex: 0, dataset: config.data.datasets[1] as never })).toBe('SVR – Velfærd: 66.666.667 kr.');
    expect(formatAxisMio(125.8)).toBe('125,8');
    expect(formatAxisMio(0)).toBe('0,0');
  });
});
