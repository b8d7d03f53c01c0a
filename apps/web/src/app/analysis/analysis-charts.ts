import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { parseKroner } from '@budgetspor/shared/money';
import { formatKroner } from '../core/format';
import { BarFill, mioAxis, SERIES, SERIES_ORDER, SOLID, toMio } from '../dashboard/chart-style';
import { Figures } from '../effect/effect.models';
import { priceLevelLabel } from '../core/price-level';
import { AnalysisRound } from './analysis.models';

export type RoundsChart = ChartConfiguration<'bar', number[], string>;
export type RoundYearsChart = ChartConfiguration<'line', number[], string>;

type Amount = 'expected' | 'forecast' | 'realised';

/**
 * The y axis in mio. kr. at the price level the amounts share, or a note that each round
 * keeps its own (then the tooltip names each round's level).
 */
function axis(levels: readonly (number | null)[]) {
  const distinct = [...new Set(levels.filter((l): l is number => l !== null))];
  const text =
    distinct.length === 1
      ? $localize`:@@analysis.chart.axisLevel:mio. kr., ${priceLevelLabel(distinct[0])}:priceLevel:`
      : $localize`:@@analysis.chart.axisOwnLevels:mio. kr., hver runde i eget prisniveau`;
  return { ...mioAxis(), title: { display: true, text } };
}

const ore = (f: Figures, series: Amount) => parseKroner(f[series]);

/**
 * Grouped bars, one group per budget round: its whole period's expected, forecast and
 * realised savings in mio. kr. The tooltip gives the exact kroner and the price level.
 */
export function buildRoundsChart(rounds: readonly AnalysisRound[], fill: BarFill = SOLID): RoundsChart {
  const labels = rounds.map((r) => $localize`:@@analysis.chart.round:Budget ${r.budgetYear}:year:`);
  const datasets = SERIES_ORDER.map((series) => ({
    label: SERIES[series].label,
    data: rounds.map((r) => toMio(ore(r.total, series))),
    backgroundColor: fill(series, SERIES[series].colour),
    borderColor: SERIES[series].colour,
    borderWidth: 1,
  }));
  return {
    type: 'bar',
    data: { labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      scales: { x: { grid: { display: false } }, y: axis(rounds.map((r) => r.total.priceLevel)) },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            title: (items: TooltipItem<'bar'>[]) => {
              const round = rounds[items[0]?.dataIndex ?? 0];
              return round ? $localize`:@@analysis.chart.roundTooltip:Budget ${round.budgetYear}:year: (${priceLevelLabel(round.total.priceLevel)}:priceLevel:)` : '';
            },
            label: (item: TooltipItem<'bar'>) => {
              const round = rounds[item.dataIndex];
              return `${item.dataset.label ?? ''}: ${round ? formatKroner(ore(round.total, SERIES_ORDER[item.datasetIndex])) : ''}`;
            },
          },
        },
      },
    },
  };
}

/** The four lines of a round's years: per year dashed, cumulative solid; expected and realised by colour and point shape. */
const LINES: readonly { readonly series: Amount; readonly cumulative: boolean; readonly label: string }[] = [
  { series: 'expected', cumulative: false, label: $localize`:@@analysis.chart.expectedPerYear:Forventet pr. år` },
  { series: 'realised', cumulative: false, label: $localize`:@@analysis.chart.realisedPerYear:Realiseret pr. år` },
  { series: 'expected', cumulative: true, label: $localize`:@@analysis.chart.expectedCumulative:Forventet, akkumuleret` },
  { series: 'realised', cumulative: true, label: $localize`:@@analysis.chart.realisedCumulative:Realiseret, akkumuleret` },
];

/**
 * One round year by year: expected against realised in each year and as running totals,
 * so a director sees both a bad year and whether the round catches up. The lines differ in
 * dash (per year / cumulative) and point shape (expected / realised) as well as colour.
 */
export function buildRoundYearsChart(round: AnalysisRound): RoundYearsChart {
  const figures = (line: (typeof LINES)[number]) => round.years.map((y) => (line.cumulative ? y.cumulative : y));
  const datasets = LINES.map((line) => {
    const style = SERIES[line.series];
    return {
      label: line.label,
      data: figures(line).map((f) => toMio(ore(f, line.series))),
      borderColor: style.colour,
      backgroundColor: style.colour,
      borderDash: line.cumulative ? [] : [6, 4],
      borderWidth: line.cumulative ? 3 : 2,
      pointStyle: style.point,
      pointRadius: line.cumulative ? 5 : 4,
      fill: false,
      tension: 0,
    };
  });
  return {
    type: 'line',
    data: { labels: round.years.map((y) => String(y.year)), datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      scales: { x: { title: { display: true, text: $localize`:@@analysis.chart.year:År` } }, y: axis([round.total.priceLevel]) },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true } },
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<'line'>) => {
              const line = LINES[item.datasetIndex];
              const f = line ? figures(line)[item.dataIndex] : undefined;
              return `${item.dataset.label ?? ''}: ${f && line ? formatKroner(ore(f, line.series)) : ''}`;
            },
          },
        },
      },
    },
  };
}
