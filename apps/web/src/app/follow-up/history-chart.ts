import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { parseKroner } from '@budgetspor/shared/money';
import { formatDate, formatKroner } from '../core/format';
import { mioAxis, SERIES, Series, toMio } from '../dashboard/chart-style';
import { ForecastHistory } from './follow-up.models';

export type HistoryChart = ChartConfiguration<'line', number[], string>;

/** Expected and forecast: what the rounds are about. Realised is in the table. */
const HISTORY_SERIES: readonly Series[] = ['expected', 'forecast'];

/** "pr. 30. juni 2014": a round on the x axis by its date, which is short and in order. */
export function roundLabel(asOf: string): string {
  return $localize`:@@follow-up.roundLabel:pr. ${formatDate(asOf)}:date:`;
}

/**
 * The forecast through the closed rounds of a year (for a track, a committee, or all), with
 * what was expected beside it, as lines in mio. kr. The series are styled as on the dashboard
 * (colour, dash and point shape); the tooltip gives the exact amount in kroner.
 */
export function buildHistoryChart(points: readonly ForecastHistory[]): HistoryChart {
  const exact = points.map((p) => ({ expected: parseKroner(p.expected), forecast: parseKroner(p.forecast) }));
  const datasets = HISTORY_SERIES.map((series) => {
    const style = SERIES[series];
    return {
      label: style.label,
      data: exact.map((p) => toMio(p[series as 'expected' | 'forecast'])),
      borderColor: style.colour,
      backgroundColor: style.colour,
      borderDash: style.dash,
      borderWidth: series === 'forecast' ? 3 : 2,
      pointStyle: style.point,
      pointRadius: 5,
      fill: false,
      tension: 0,
    };
  });
  return {
    type: 'line',
    data: { labels: points.map((p) => roundLabel(p.asOf)), datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      scales: { x: { title: { display: true, text: $localize`:@@follow-up.chart.xAxis:Opfølgningsrunde` } }, y: mioAxis() },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true } },
        tooltip: {
          callbacks: {
            title: (items: TooltipItem<'line'>[]) => points[items[0]?.dataIndex ?? 0]?.title ?? '',
            label: (item: TooltipItem<'line'>) => {
              const series = HISTORY_SERIES[item.datasetIndex] as 'expected' | 'forecast';
              return `${item.dataset.label ?? ''}: ${formatKroner(exact[item.dataIndex]?.[series] ?? 0n)}`;
            },
          },
        },
      },
    },
  };
}
