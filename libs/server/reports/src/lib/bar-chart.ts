import type { CanvasElement, Content, TableCell } from 'pdfmake/interfaces';
import { parseKroner } from '@budgetspor/shared/money';

/** Axis labels only ("0", "12,5", "-2"); amounts in the tables use the exact formatter. */
const MIO = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });

/** One group of bars: a track, committee, administration or year. Amounts are the API's kroner text. */
export interface ChartGroup {
  readonly label: string;
  readonly expected: string;
  readonly forecast: string;
  readonly realised: string;
}

/**
 * The three series, each with its own fill and a legend entry; the printed tables beside the
 * chart carry the exact numbers, and the shades differ in lightness so a grey-scale print
 * still tells them apart.
 */
export const SERIES = [
  { key: 'expected', label: 'Forventet', color: '#a9b4c0' },
  { key: 'forecast', label: 'Prognose', color: '#4a78b5' },
  { key: 'realised', label: 'Realiseret', color: '#17324d' },
] as const;

const BAR = 5;
const GAP = 1;
const ROW_PADDING = 3;
const TICKS = 4;

/** The domain of the axis in kroner: always includes 0, ends on a round number of mio. kr. */
export function chartDomain(groups: readonly ChartGroup[]): { min: number; max: number } {
  const values = groups.flatMap((g) => SERIES.map((s) => kroner(g[s.key])));
  const lowest = Math.min(0, ...values);
  const max = niceBound(Math.max(0, ...values));
  const min = lowest < 0 ? -niceBound(-lowest) : 0; // never -0, which would print as "-0"
  return { min, max: max === 0 && min === 0 ? 1_000_000 : max };
}

/** 1, 2, 4, 5 or 8 times a power of ten, at least `value`: its quarters are round numbers too. */
export function niceBound(value: number): number {
  if (value <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 4, 5, 8, 10].find((f) => f * power >= value * (1 - 1e-12)) ?? 10;
  return step * power;
}

/**
 * A horizontal grouped bar chart drawn with pdfmake's vector canvas: one table row per group,
 * the label in the first cell and three bars (expected, forecast, realised) in the second, so
 * labels line up with their bars however long they are. Negative amounts (a track that cost
 * more than it saved) draw left of the zero line. Floats only position the bars; every
 * printed number comes from the exact kroner text.
 */
export function barChart(groups: readonly ChartGroup[], width: number, labelWidth = 170): Content {
  const barsWidth = width - labelWidth;
  const { min, max } = chartDomain(groups);
  const x = (value: number) => ((value - min) / (max - min)) * barsWidth;
  const zero = x(0);
  const rowHeight = SERIES.length * (BAR + GAP) - GAP + 2 * ROW_PADDING;

  const rows: TableCell[][] = groups.map((group) => {
    const bars: CanvasElement[] = SERIES.map((series, i) => {
      const value = kroner(group[series.key]);
      const end = x(value);
      return { type: 'rect', x: Math.min(zero, end), y: ROW_PADDING + i * (BAR + GAP), w: Math.max(Math.abs(end - zero), 0.5), h: BAR, color: series.color };
    });
    const axis: CanvasElement = { type: 'line', x1: zero, y1: 0, x2: zero, y2: rowHeight, lineWidth: 0.5, lineColor: '#555555' };
    const grid: CanvasElement[] = ticks(min, max).map((tick) => ({
      type: 'line', x1: x(tick), y1: 0, x2: x(tick), y2: rowHeight, lineWidth: 0.25, lineColor: '#d5dbe1',
    }));
    return [
      { text: group.label, fontSize: 8, margin: [0, ROW_PADDING - 1, 4, 0] },
      { canvas: [...grid, axis, ...bars] },
    ];
  });

  return {
    stack: [
      legend(),
      {
        table: { widths: [labelWidth - 8, barsWidth], body: [...rows, [{ text: '' }, scale(min, max, barsWidth)]] },
        layout: 'noBorders',
      },
    ],
    margin: [0, 4, 0, 10],
    unbreakable: groups.length <= 20,
  };
}

/** The tick values, 0 among them when the domain crosses it. */
function ticks(min: number, max: number): number[] {
  return Array.from({ length: TICKS + 1 }, (_, i) => min + ((max - min) * i) / TICKS);
}

/** The axis labels under the bars, in mio. kr., one per tick. */
function scale(min: number, max: number, barsWidth: number): Content {
  const step = barsWidth / TICKS;
  const labels = ticks(min, max).map((tick, i) => ({
    text: MIO.format(tick / 1_000_000),
    fontSize: 7,
    color: '#555555',
    width: i === 0 || i === TICKS ? step / 2 : step,
    alignment: (i === 0 ? 'left' : i === TICKS ? 'right' : 'center') as 'left' | 'right' | 'center',
  }));
  return { stack: [{ columns: labels, columnGap: 0 }, { text: 'mio. kr.', fontSize: 7, color: '#555555', alignment: 'right' }] };
}

function legend(): Content {
  return {
    columns: SERIES.map((series) => ({
      width: 'auto',
      columns: [
        { canvas: [{ type: 'rect', x: 0, y: 2, w: 9, h: 7, color: series.color }], width: 12 },
        { text: series.label, fontSize: 8, width: 'auto' },
      ],
      columnGap: 2,
    })),
    columnGap: 14,
    margin: [0, 0, 0, 4],
  };
}

/** Kroner as a float for drawing only. */
function kroner(text: string): number {
  return Number(parseKroner(text)) / 100;
}
