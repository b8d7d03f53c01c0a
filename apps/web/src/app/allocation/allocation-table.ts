import { compareCodePoints, groupThousands, parseKroner } from '@budgetspor/shared/money';
import { formatKroner } from '../core/format';
import { Language, LANGUAGE } from '../core/language';
import { AllocationView, NamedCode } from './allocation.models';

export interface AllocationRow {
  readonly trackCode: string;
  readonly committeeCode: string;
  readonly committeeName: string;
  /** Øre per year, in the order of `AllocationTable.years`. */
  readonly amounts: readonly bigint[];
  readonly total: bigint;
}

export interface TrackGroup {
  readonly trackCode: string;
  readonly trackName: string;
  readonly rows: readonly AllocationRow[];
  readonly amounts: readonly bigint[];
  readonly total: bigint;
}

export interface YearLine {
  readonly amounts: readonly bigint[];
  readonly total: bigint;
}

/**
 * The allocation as the page shows it: track × committee rows by year with row, track and
 * column totals, and the pool reconciled: top-down, pool = allocated + unallocated; in bids
 * mode, pool = bids + uncovered (negative uncovered = over-bid). Amounts are øre (bigint),
 * formatted only at the edge.
 */
export interface AllocationTable {
  readonly mode: 'top_down' | 'bids';
  readonly years: readonly number[];
  readonly groups: readonly TrackGroup[];
  readonly allocated: YearLine;
  /** Top-down: the pool no eligible track could take. */
  readonly unallocated: YearLine | null;
  /** Bids mode: pool minus bids. */
  readonly uncovered: YearLine | null;
  readonly pool: YearLine;
  /** The price level of every amount: the view's `priceLevel` when converted, else the round's own; null when unknown. */
  readonly priceLevel: number | null;
}

/** `ownPriceLevel`: the round's `priceLevelYear`, the level of amounts the API did not convert. */
export function buildAllocationTable(
  periodYears: readonly number[],
  view: AllocationView,
  tracks: readonly NamedCode[],
  committees: readonly NamedCode[],
  ownPriceLevel: number | null = null,
): AllocationTable {
  const yearSet = new Set<number>(periodYears);
  for (const cell of view.cells) yearSet.add(cell.year);
  for (const key of [...Object.keys(view.unallocated ?? {}), ...Object.keys(view.uncovered ?? {})]) {
    yearSet.add(Number(key));
  }
  const years = [...yearSet].filter((y) => Number.isInteger(y)).sort((a, b) => a - b);
  const col = new Map(years.map((y, i) => [y, i]));
  const trackName = new Map(tracks.map((t) => [t.code, t.name]));
  const committeeName = new Map(committees.map((c) => [c.code, c.name]));

  const byTrack = new Map<string, Map<string, bigint[]>>();
  for (const cell of view.cells) {
    const rows = byTrack.get(cell.trackCode) ?? new Map<string, bigint[]>();
    byTrack.set(cell.trackCode, rows);
    const amounts = rows.get(cell.committeeCode) ?? years.map(() => 0n);
    rows.set(cell.committeeCode, amounts);
    amounts[col.get(cell.year) as number] += parseKroner(cell.amount);
  }

  const groups: TrackGroup[] = [...byTrack.keys()].sort(compareCodePoints).map((trackCode) => {
    const committeeRows = byTrack.get(trackCode) as Map<string, bigint[]>;
    const rows = [...committeeRows.keys()].sort(compareCodePoints).map((committeeCode): AllocationRow => {
      const amounts = committeeRows.get(committeeCode) as bigint[];
      return {
        trackCode,
        committeeCode,
        committeeName: committeeName.get(committeeCode) ?? committeeCode,
        amounts,
        total: sum(amounts),
      };
    });
    const amounts = years.map((_, i) => sum(rows.map((r) => r.amounts[i])));
    return { trackCode, trackName: trackName.get(trackCode) ?? trackCode, rows, amounts, total: sum(amounts) };
  });

  const allocated = line(years.map((_, i) => sum(groups.map((g) => g.amounts[i]))));
  const mode = view.uncovered ? 'bids' : 'top_down';
  const perYear = (record: Readonly<Record<string, string>> | undefined) =>
    line(years.map((y) => (record?.[String(y)] !== undefined ? parseKroner(record[String(y)]) : 0n)));
  const unallocated = mode === 'top_down' ? perYear(view.unallocated) : null;
  const uncovered = mode === 'bids' ? perYear(view.uncovered) : null;
  const rest = (unallocated ?? uncovered) as YearLine;
  const pool = line(years.map((_, i) => allocated.amounts[i] + rest.amounts[i]));
  const priceLevel = view.priceLevel ?? ownPriceLevel;
  return { mode, years, groups, allocated, unallocated, uncovered, pool, priceLevel };
}

function sum(values: readonly bigint[]): bigint {
  return values.reduce((a, b) => a + b, 0n);
}

function line(amounts: bigint[]): YearLine {
  return { amounts, total: sum(amounts) };
}

/** "1.234.567 kr." / "DKK 1,234,567" — the format of every amount in the table. */
export function kr(ore: bigint): string {
  return formatKroner(ore);
}

/**
 * "33333333.333333" → "33.333.333,333333" / "33,333,333.333333": a quota or weight in the
 * page's notation, every decimal kept (Intl would round it, and a Number could not hold it).
 */
export function localDecimal(decimal: string, language: Language = LANGUAGE): string {
  const negative = decimal.startsWith('-');
  const [int, frac] = (negative ? decimal.slice(1) : decimal).split('.');
  const point = language === 'da' ? ',' : '.';
  return `${negative ? '-' : ''}${groupThousands(int, language)}${frac ? `${point}${frac}` : ''}`;
}
