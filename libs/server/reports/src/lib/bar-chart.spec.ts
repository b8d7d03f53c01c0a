import type { CanvasRect } from 'pdfmake/interfaces';
import { tablesOf, textsOf } from '../testing/doc-text';
import { barChart, chartDomain, ChartGroup, niceBound } from './bar-chart';

const group = (label: string, expected: string, forecast: string, realised: string): ChartGroup => ({ label, expected, forecast, realised });

/** The bars of each group row: [x, width] per series, from the chart's table. */
function bars(chart: ReturnType<typeof barChart>): { x: number; w: number; color: string }[][] {
  const table = (chart as { stack: { table?: { body: { canvas?: CanvasRect[] }[][] } }[] }).stack[1].table;
  return (table?.body ?? []).slice(0, -1).map((row) =>
    (row[1].canvas ?? []).filter((c) => c.type === 'rect').map((r) => ({ x: r.x, w: r.w, color: r.color as string })),
  );
}

describe('bar chart', () => {
  it('rounds the axis up to 1, 2, 4, 5 or 8 times a power of ten', () => {
    expect(niceBound(52_000_000)).toBe(80_000_000);
    expect(niceBound(40_000_000)).toBe(40_000_000);
    expect(niceBound(1_234_567)).toBe(2_000_000);
    expect(niceBound(0)).toBe(0);
    expect(chartDomain([group('A', '52000000', '-300', '0')])).toEqual({ min: -400, max: 80_000_000 });
    expect(chartDomain([group('A', '0', '0', '0')])).toEqual({ min: 0, max: 1_000_000 });
  });

  it('has one row per group with its label and three bars in proportion, and a legend', () => {
    const chart = barChart([group('Selvhjulpne borgere (SELV)', '40000000', '20000000', '10000000'), group('Ældre (ÆLIV)', '10000000', '0', '0')], 515, 140);
    const [labels] = tablesOf(chart);
    expect(labels.slice(0, 2).map((row) => row[0])).toEqual(['Selvhjulpne borgere (SELV)', 'Ældre (ÆLIV)']);
    const [first, second] = bars(chart);
    const width = 515 - 140;
    expect(first.map((b) => b.w)).toEqual([width, width / 2, width / 4]);
    expect(first.every((b) => b.x === 0)).toBe(true);
    expect(second[0].w).toBe(width / 4);
    expect(new Set(first.map((b) => b.color)).size).toBe(3);
    expect(textsOf(chart)).toEqual(expect.arrayContaining(['Forventet', 'Prognose', 'Realiseret', '0', '10', '20', '30', '40', 'mio. kr.']));
  });

  it('draws a negative amount left of the zero line', () => {
    const chart = barChart([group('Dyrt spor', '8000000', '-2000000', '0')], 515, 140);
    const [[expected, forecast]] = bars(chart);
    const zero = expected.x;
    expect(zero).toBeGreaterThan(0);
    expect(forecast.x + forecast.w).toBeCloseTo(zero);
    expect(textsOf(chart)).toContain('-2');
  });
});
