import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { formatKroner, formatMio } from '../core/format';
import { priceLevelLabel } from '../core/price-level';
import { AllocationTable } from './allocation-table';

/**
 * Colours for tracks, distinguishable for the common colour-vision deficiencies (Okabe–Ito);
 * the legend and the table carry the same information as text.
 */
export const TRACK_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
const REST_COLOUR = '#9AA5B1';

const ORE_PER_MIO = 100_000_000;

/**
 * Stacked bars: one bar per period year, one segment per track, plus the part of the pool
 * that was not allocated (or, in bids mode, not covered by bids). Values are mio. kr. for
 * the axis; tooltips show the exact amount in kroner.
 */
export function buildPoolChart(table: AllocationTable): ChartConfiguration<'bar', number[], string> {
  const exact: bigint[][] = [];
  const datasets: ChartConfiguration<'bar', number[], string>['data']['datasets'] = table.groups.map((group, i) => {
    exact.push([...group.amounts]);
    return {
      label: `${group.trackCode} – ${group.trackName}`,
      data: group.amounts.map(toMio),
      backgroundColor: TRACK_COLOURS[i % TRACK_COLOURS.length],
      stack: 'pulje',
    };
  });
  const rest = table.unallocated ?? table.uncovered;
  const restAmounts = rest ? rest.amounts.map((a) => (a > 0n ? a : 0n)) : [];
  if (restAmounts.some((a) => a > 0n)) {
    exact.push(restAmounts);
    datasets.push({
      label: table.mode === 'bids' ? $localize`:@@allocation.chart.uncovered:Ikke dækket af bud` : $localize`:@@allocation.chart.unallocated:Ikke fordelt`,
      data: restAmounts.map(toMio),
      backgroundColor: REST_COLOUR,
      stack: 'pulje',
    });
  }
  return {
    type: 'bar',
    data: { labels: table.years.map(String), datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { stacked: true, title: { display: true, text: $localize`:@@allocation.chart.year:År` } },
        y: {
          stacked: true,
          beginAtZero: true,
          title: { display: true, text: axisTitle(table.priceLevel) },
          ticks: { callback: (value) => formatAxisMio(Number(value)) },
        },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<'bar'>) =>
              `${item.dataset.label ?? ''}: ${formatKroner(exact[item.datasetIndex]?.[item.dataIndex] ?? 0n)}`,
          },
        },
      },
    },
  };
}

/** "mio. kr., 2016-priser" / "DKK m, 2016 prices". */
function axisTitle(priceLevel: number | null): string {
  return priceLevel === null
    ? $localize`:@@allocation.chart.axis:mio. kr.`
    : $localize`:@@allocation.chart.axisAtLevel:mio. kr., ${priceLevelLabel(priceLevel)}:priceLevel:`;
}

function toMio(ore: bigint): number {
  // Only for drawing; the exact amounts stay bigint in the table and the tooltips.
  return Number(ore) / ORE_PER_MIO;
}

/** Axis labels: "125,8" / "125.8" (the unit is the axis title). */
export function formatAxisMio(mio: number): string {
  return formatMio(BigInt(Math.round(mio * ORE_PER_MIO)), { unit: false });
}
