import { compareCodePoints } from '@budgetspor/shared/money';
import type { AllocationResult, AllocationSummary, SummaryRow } from './types';

/** Per track and year, for tables: every track eligible in some year, 0 kr. years included. */
export function summariseByTrack(result: AllocationResult): AllocationSummary {
  return summarise(
    result.years,
    result.trackAmounts.map((t) => ({ code: t.trackCode, year: t.year, amount: t.amount })),
  );
}

/** Per committee and year, for tables: every committee with a non-zero cell. */
export function summariseByCommittee(result: AllocationResult): AllocationSummary {
  return summarise(
    result.years,
    result.cells.map((c) => ({ code: c.committeeCode, year: c.year, amount: c.amount })),
  );
}

function summarise(
  years: readonly number[],
  entries: readonly { code: string; year: number; amount: string }[],
): AllocationSummary {
  const byCode = new Map<string, Map<number, bigint>>();
  const totals = new Map<number, bigint>(years.map((y) => [y, 0n]));
  for (const { code, year, amount } of entries) {
    let perYear = byCode.get(code);
    if (!perYear) byCode.set(code, (perYear = new Map()));
    const value = BigInt(amount);
    perYear.set(year, (perYear.get(year) ?? 0n) + value);
    totals.set(year, (totals.get(year) ?? 0n) + value);
  }
  const rows: SummaryRow[] = [...byCode.keys()].sort(compareCodePoints).map((code) => {
    const perYear = byCode.get(code) as Map<number, bigint>;
    return { code, ...byYear(years, perYear) };
  });
  const { amounts: totalsByYear, total } = byYear(years, totals);
  return { years: [...years], rows, totals: totalsByYear, total };
}

function byYear(years: readonly number[], values: ReadonlyMap<number, bigint>): { amounts: Record<string, string>; total: string } {
  const amounts: Record<string, string> = {};
  let total = 0n;
  for (const y of years) {
    const v = values.get(y) ?? 0n;
    amounts[y] = v.toString();
    total += v;
  }
  return { amounts, total: total.toString() };
}
