import { formatAxisMio } from '../allocation/pool-chart';
import { mioUnit } from './figures';

export type Series = 'expected' | 'forecast' | 'realised';

/**
 * The three series in both charts. Colours from the Okabe–Ito palette, told apart with the
 * common colour-vision deficiencies, each at least 3:1 against the white chart background
 * (WCAG 1.4.11): navy 11.7:1, vermilion 3.9:1, bluish green 3.4:1. They also differ in
 * lightness (so a grey print keeps them apart) and in shape: the forecast bars are hatched,
 * the lines are dashed / dotted / solid with different point shapes, and the legend names
 * each series in words.
 */
export const SERIES: Readonly<
  Record<Series, { readonly label: string; readonly colour: string; readonly dash: number[]; readonly point: 'circle' | 'triangle' | 'rect' }>
> = {
  expected: { label: $localize`:@@dashboard.series.expected:Forventet`, colour: '#0B3A63', dash: [8, 4], point: 'circle' },
  forecast: { label: $localize`:@@dashboard.series.forecast:Prognose`, colour: '#D55E00', dash: [2, 3], point: 'triangle' },
  realised: { label: $localize`:@@dashboard.series.realised:Realiseret`, colour: '#009E73', dash: [], point: 'rect' },
};

export const SERIES_ORDER: readonly Series[] = ['expected', 'forecast', 'realised'];

/**
 * Turns a series colour into the fill of its bars. The builders are pure and return plain
 * colours by default; the chart component passes a function that makes the forecast's
 * hatch pattern on a real canvas.
 */
export type BarFill = (series: Series, colour: string) => string | CanvasPattern;
export const SOLID: BarFill = (_series, colour) => colour;

const ORE_PER_MIO = 100_000_000;

/** Only for drawing; the exact amounts stay bigint in the tables and tooltips. */
export function toMio(ore: bigint): number {
  return Number(ore) / ORE_PER_MIO;
}

/** The y axis in mio. kr. (the unit, and a chosen price level, in the axis title), shared by the charts. */
export function mioAxis(priceLevel: number | null = null) {
  return {
    beginAtZero: true,
    title: { display: true, text: mioUnit(priceLevel) },
    ticks: { callback: (value: number | string) => formatAxisMio(Number(value)) },
  };
}
