import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { formatKroner } from '../core/format';
import { RealisationGroup } from './dashboard.models';
import { BarFill, mioAxis, SERIES, SERIES_ORDER, SOLID, toMio } from './chart-style';
import { toSums } from './figures';

export type RealisationChart = ChartConfiguration<'bar', number[], string>;

/**
 * Grouped bars: per group (track, committee, administration or year) one bar each for
 * expected, forecast and realised, in mio. kr. The x labels are the codes (short enough for a
 * phone); the tooltip names the group and gives the exact amount in kroner. `names` maps a
 * code to its name; years need none. `priceLevel`, when the amounts were converted, is named on
 * the axis.
 */
export function buildRealisationChart(
  groups: readonly RealisationGroup[],
  names: ReadonlyMap<string, string>,
  fill: BarFill = SOLID,
  priceLevel: number | null = null,
): RealisationChart {
  const sums = groups.map(toSums);
  const labels = groups.map((g) => String(g.key));
  const datasets = SERIES_ORDER.map((series) => {
    const style = SERIES[series];
    return {
      label: style.label,
      data: sums.map((s) => toMio(s[series])),
      backgroundColor: fill(series, style.colour),
      borderColor: style.colour,
      borderWidth: 1,
    };
  });
  const title = (key: string) => {
    const name = names.get(key);
    return name && name !== key ? `${key} – ${name}` : key;
  };
  return {
    type: 'bar',
    data: { labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      // A click anywhere in a group's column picks the group, not only a hit on a thin bar.
      interaction: { mode: 'index', intersect: false },
      scales: { x: { grid: { display: false } }, y: mioAxis(priceLevel) },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            title: (items: TooltipItem<'bar'>[]) => title(labels[items[0]?.dataIndex ?? 0] ?? ''),
            label: (item: TooltipItem<'bar'>) =>
              `${item.dataset.label ?? ''}: ${formatKroner(sums[item.dataIndex]?.[SERIES_ORDER[item.datasetIndex]] ?? 0n)}`,
          },
        },
      },
    },
  };
}
