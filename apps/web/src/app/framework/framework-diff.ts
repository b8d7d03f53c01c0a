import { compareCodePoints, parseWeight } from '@budgetspor/shared/money';
import { Framework } from './framework.models';

/**
 * Two revisions side by side, row by row: every field, every pool year and every track
 * weight of either revision, with what happened to it. Values stay the API's text (the
 * template formats them), so the comparison is exact: amounts as bigint, weights in
 * millionths, never floats.
 */

export type ChangeKind = 'unchanged' | 'changed' | 'added' | 'removed';

export type DiffSection = 'field' | 'pool' | 'weight';

export type DiffField = 'decidedOn' | 'decidedBy' | 'title' | 'allocationMethod';

export interface DiffRow {
  readonly section: DiffSection;
  /** 'decidedOn' …, the year ("2014") or 'total' for pool rows, the track code for weight rows. */
  readonly key: string;
  readonly label: string;
  /** The older-chosen revision's value; null when it does not have the row. */
  readonly before: string | null;
  readonly after: string | null;
  readonly change: ChangeKind;
  /** Pool rows: after − before in whole kroner (a missing side counts as 0). */
  readonly delta?: bigint;
}

export interface FrameworkDiff {
  readonly from: number;
  readonly to: number;
  readonly rows: readonly DiffRow[];
  /** Rows that are not unchanged. */
  readonly changes: number;
}

const FIELDS: readonly { readonly key: DiffField; readonly label: string }[] = [
  { key: 'decidedOn', label: $localize`:@@framework.diff.decidedOn:Besluttet den` },
  { key: 'decidedBy', label: $localize`:@@framework.diff.decidedBy:Besluttet af` },
  { key: 'title', label: $localize`:@@framework.diff.title:Titel` },
  { key: 'allocationMethod', label: $localize`:@@framework.diff.method:Fordelingsmetode` },
];

/** `from` is shown on the left, `to` on the right; either may be the newer one. */
export function diffFrameworks(from: Framework, to: Framework, trackNames: ReadonlyMap<string, string> = new Map()): FrameworkDiff {
  const rows: DiffRow[] = [
    ...FIELDS.map(({ key, label }) => row('field', key, label, from[key], to[key], sameText)),
    ...poolRows(from, to),
    ...weightRows(from, to, trackNames),
  ];
  return { from: from.revision, to: to.revision, rows, changes: rows.filter((r) => r.change !== 'unchanged').length };
}

function poolRows(from: Framework, to: Framework): DiffRow[] {
  const years = [...new Set([...Object.keys(from.pool), ...Object.keys(to.pool)])].sort((a, b) => Number(a) - Number(b));
  const rows = years.map((year) => {
    const [a, b] = [from.pool[year] ?? null, to.pool[year] ?? null];
    return { ...row('pool', year, $localize`:@@framework.diff.pool:Pulje ${year}:year:`, a, b, sameAmount), delta: kroner(b) - kroner(a) };
  });
  const [totalA, totalB] = [sum(from.pool), sum(to.pool)];
  rows.push({
    ...row('pool', 'total', $localize`:@@framework.diff.poolTotal:Pulje i alt`, totalA.toString(), totalB.toString(), sameAmount),
    delta: totalB - totalA,
  });
  return rows;
}

function weightRows(from: Framework, to: Framework, trackNames: ReadonlyMap<string, string>): DiffRow[] {
  const before = new Map(from.trackWeights.map((w) => [w.trackCode, w.weight]));
  const after = new Map(to.trackWeights.map((w) => [w.trackCode, w.weight]));
  const codes = [...new Set([...before.keys(), ...after.keys()])].sort(compareCodePoints);
  return codes.map((code) => {
    const name = trackNames.get(code);
    const label = name
      ? $localize`:@@framework.diff.weightNamed:Vægt: ${name}:name: (${code}:code:)`
      : $localize`:@@framework.diff.weight:Vægt: ${code}:code:`;
    return row('weight', code, label, before.get(code) ?? null, after.get(code) ?? null, sameWeight);
  });
}

function row(
  section: DiffSection,
  key: string,
  label: string,
  before: string | null,
  after: string | null,
  same: (a: string, b: string) => boolean,
): DiffRow {
  let change: ChangeKind;
  if (before === null) change = after === null ? 'unchanged' : 'added';
  else if (after === null) change = 'removed';
  else change = same(before, after) ? 'unchanged' : 'changed';
  return { section, key, label, before, after, change };
}

const sameText = (a: string, b: string) => a === b;
// "100000000" and "100000000.00" are one amount; "1" and "1.000000" one weight.
const sameAmount = (a: string, b: string) => kroner(a) === kroner(b);
const sameWeight = (a: string, b: string) => parseWeight(a) === parseWeight(b);

/** Whole kroner of an API amount ("125800000" or "125800000.00"); null counts as 0. */
function kroner(text: string | null): bigint {
  return text === null ? 0n : BigInt(text.split('.')[0]);
}

function sum(pool: Readonly<Record<string, string>>): bigint {
  return Object.values(pool).reduce((total, amount) => total + kroner(amount), 0n);
}
