import { RealisationGroup } from './dashboard.models';
import { addSums, Sums, toSums, ZERO_SUMS } from './figures';

/** The running totals up to and including `year`. */
export interface CumulativePoint extends Sums {
  readonly year: number;
}

/**
 * Running sums of expected, forecast and realised over the years of the period (from
 * `groupBy=year`). Every period year gets a point, also one without rows, so the line covers
 * the whole round; a year outside the period that has rows is kept too, so no amount is lost
 * and the last point always equals the year's total.
 */
export function cumulativeSums(yearGroups: readonly RealisationGroup[], periodYears: readonly number[]): CumulativePoint[] {
  const byYear = new Map(yearGroups.map((g) => [Number(g.key), toSums(g)]));
  const years = [...new Set([...periodYears, ...byYear.keys()])].sort((a, b) => a - b);
  let running: Sums = ZERO_SUMS;
  return years.map((year) => {
    running = addSums(running, byYear.get(year) ?? ZERO_SUMS);
    return { year, ...running };
  });
}
