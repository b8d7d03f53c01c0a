import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { formatKroner } from '../core/format';
import { mioAxis, SERIES, SERIES_ORDER, toMio } from './chart-style';
import { CumulativePoint } from './cumulative';

export type CumulativeChart = ChartConfiguration<'line', number[], string>;

/**
 * Lines of the running totals over the period years: how far realised (and the forecast)
 * has come against what was expected so far. The lines differ in dash and point shape as
 * well as colour; the tooltip gives the exact cumulative amount in kroner. `priceLevel`, when the
 * amounts were converted, is named on the axis.
 */
export function buildCumulativeChart(points: readonly CumulativePoint[], priceLevel: number | null = null): CumulativeChart {
  const datasets = SERIES_ORDER.map((series) => {
    const style = SERIES[series];
    return {
      label: $localize`:@@dashboard.cumulative.series:${style.label}:series:, akkumuleret`,
      data: points.map((p) => toMio(p[series])),
      borderColor: style.colour,
      backgroundColor: style.colour,
      borderDash: style.dash,
      borderWidth: series === 'realised' ? 3 : 2,
      pointStyle: style.point,
      pointRadius: 5,
      fill: false,
      tension: 0,
    };
  });
  return {
    type: 'line',
    data: { labels: points.map((p) => String(p.year)), datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      scales: { x: { title: { display: true, text: $localize`:@@dashboard.cumulative.axisYear:År` } }, y: mioAxis(priceLevel) },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true } },
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<'line'>) =>
              `${item.dataset.label ?? ''}: ${formatKroner(points[item.dataIndex]?.[SERIES_ORDER[item.datasetIndex]] ?? 0n)}`,
          },
        },
      },
    },
  };
}
