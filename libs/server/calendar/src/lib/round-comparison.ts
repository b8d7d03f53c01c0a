import { compareCodePoints } from '@budgetspor/shared/money';

/** One savings cell's forecast in one follow-up round, in øre; null when none was given. */
export interface RoundCell {
  savingId: string;
  trackCode: string;
  committeeCode: string;
  year: number;
  forecast: bigint | null;
}

export interface Change {
  from: bigint;
  to: bigint;
  difference: bigint;
}

export interface CellChange {
  savingId: string;
  trackCode: string;
  committeeCode: string;
  year: number;
  /** null when the cell had no forecast in that round, or was not in it. */
  from: bigint | null;
  to: bigint | null;
  difference: bigint;
}

export interface RoundComparison {
  cells: CellChange[];
  tracks: (Change & { trackCode: string })[];
  committees: (Change & { committeeCode: string })[];
  total: Change;
}

/**
 * What changed between two rounds ("what changed since 30 June"): every cell in either
 * round with its forecast in each and the difference to − from, and sums per track, per
 * committee and in all. A missing forecast counts as 0 in differences and sums, as in the
 * realisation roll-up. Exact: øre in bigint throughout. Order: codes by code point, then year.
 */
export function compareRounds(from: readonly RoundCell[], to: readonly RoundCell[]): RoundComparison {
  const cells = new Map<string, CellChange>();
  for (const [side, list] of [['from', from], ['to', to]] as const) {
    for (const cell of list) {
      const change = cells.get(cell.savingId) ?? { ...identity(cell), from: null, to: null, difference: 0n };
      change[side] = cell.forecast;
      cells.set(cell.savingId, change);
    }
  }
  const sorted = [...cells.values()].sort(byCell);
  for (const cell of sorted) cell.difference = (cell.to ?? 0n) - (cell.from ?? 0n);
  return {
    cells: sorted,
    tracks: sums(sorted, (c) => c.trackCode).map(([trackCode, change]) => ({ trackCode, ...change })),
    committees: sums(sorted, (c) => c.committeeCode).map(([committeeCode, change]) => ({ committeeCode, ...change })),
    total: sums(sorted, () => '')[0]?.[1] ?? { from: 0n, to: 0n, difference: 0n },
  };
}

function identity(cell: RoundCell): Pick<CellChange, 'savingId' | 'trackCode' | 'committeeCode' | 'year'> {
  return { savingId: cell.savingId, trackCode: cell.trackCode, committeeCode: cell.committeeCode, year: cell.year };
}

function byCell(a: CellChange, b: CellChange): number {
  return compareCodePoints(a.trackCode, b.trackCode) || compareCodePoints(a.committeeCode, b.committeeCode) || a.year - b.year;
}

/** Sums by key, keys in code point order. */
function sums(cells: readonly CellChange[], key: (cell: CellChange) => string): [string, Change][] {
  const groups = new Map<string, Change>();
  for (const cell of cells) {
    const group = groups.get(key(cell)) ?? { from: 0n, to: 0n, difference: 0n };
    group.from += cell.from ?? 0n;
    group.to += cell.to ?? 0n;
    group.difference += cell.difference;
    groups.set(key(cell), group);
  }
  return [...groups.entries()].sort(([a], [b]) => compareCodePoints(a, b));
}
