import { parseKroner } from '@budgetspor/shared/money';
import { SavingsRow } from './dashboard.models';
import { addSums, realisationRate, Sums, ZERO_SUMS } from './figures';

/** One track × committee × year cell, with its amounts in øre. */
export interface DrilldownCell extends Sums {
  readonly row: SavingsRow;
  /** False until the committee has entered a forecast / a realised amount (shown as "–"). */
  readonly hasForecast: boolean;
  readonly hasRealised: boolean;
}

export interface DrilldownCommittee {
  readonly code: string;
  readonly name: string;
  readonly cells: readonly DrilldownCell[];
  readonly sums: Sums;
}

export interface Drilldown {
  readonly committees: readonly DrilldownCommittee[];
  readonly total: Sums;
}

/**
 * A track's savings rows grouped by committee (in the API's order: committee code, then
 * year), with a subtotal per committee and a total, summed exactly as the API's realisation
 * sums them (a missing forecast or realised amount counts as 0).
 */
export function buildDrilldown(rows: readonly SavingsRow[], committeeNames: ReadonlyMap<string, string>): Drilldown {
  const committees: { code: string; name: string; cells: DrilldownCell[]; sums: Sums }[] = [];
  let total: Sums = ZERO_SUMS;
  for (const row of rows) {
    const cell = toCell(row);
    let committee = committees.find((c) => c.code === row.committeeCode);
    if (!committee) {
      committee = { code: row.committeeCode, name: committeeNames.get(row.committeeCode) ?? row.committeeCode, cells: [], sums: ZERO_SUMS };
      committees.push(committee);
    }
    committee.cells.push(cell);
    committee.sums = addSums(committee.sums, cell);
    total = addSums(total, cell);
  }
  return { committees, total };
}

function toCell(row: SavingsRow): DrilldownCell {
  const expected = parseKroner(row.expected);
  const forecast = row.forecast === null ? 0n : parseKroner(row.forecast);
  const realised = row.realised === null ? 0n : parseKroner(row.realised);
  return {
    row,
    expected,
    forecast,
    realised,
    rate: realisationRate(realised, expected),
    hasForecast: row.forecast !== null,
    hasRealised: row.realised !== null,
  };
}
