import { EntityManager } from 'typeorm';
import { AllocationInput, AllocationTrack, allocate } from '@budgetspor/shared/allocation';
import { currentFramework } from '@budgetspor/server/frameworks';

export interface Cell {
  trackCode: string;
  committeeCode: string;
  year: number;
  amount: string;
}

/** What a run computed, ready to store. */
export interface Computed {
  frameworkRevision: number;
  method: 'top_down' | 'bids';
  cells: Cell[];
  unallocated: Record<string, string>;
  uncovered: Record<string, string> | null;
  /** Exactly what the rule read, kept on the run so any cell can be explained later. */
  inputs: unknown;
}

/**
 * Reads one consistent snapshot of the year's inputs (the caller holds the year's row lock,
 * which every input change also takes) and applies the rule of DOMAIN.md.
 */
export async function computeAllocation(m: EntityManager, year: number): Promise<Computed> {
  const framework = await currentFramework(m, year);
  if (!framework) throw new Error(`Budgetåret ${year} har ingen rammeudmelding at fordele`);
  if (framework.allocationMethod === 'bids') {
    const cells: Cell[] = await m.query(
      `SELECT track_code AS "trackCode", committee_code AS "committeeCode", year, amount::text AS amount
         FROM bids WHERE budget_year = $1
        ORDER BY year, track_code COLLATE "C", committee_code COLLATE "C"`,
      [year],
    );
    const uncovered: Record<string, string> = {};
    for (const [y, pool] of Object.entries(framework.pool)) {
      const bid = cells.filter((c) => String(c.year) === y).reduce((sum, c) => sum + BigInt(c.amount), 0n);
      uncovered[y] = (BigInt(pool) - bid).toString();
    }
    return { frameworkRevision: framework.revision, method: 'bids', cells, unallocated: {}, uncovered, inputs: { pool: framework.pool, bids: cells } };
  }
  const input: AllocationInput = {
    pool: framework.pool,
    trackWeights: framework.trackWeights,
    tracks: await tracksOf(m, framework.trackWeights.map((w) => w.trackCode)),
  };
  const result = allocate(input);
  return {
    frameworkRevision: framework.revision,
    method: 'top_down',
    cells: result.cells,
    unallocated: result.unallocated,
    uncovered: null,
    inputs: input,
  };
}

async function tracksOf(m: EntityManager, codes: string[]): Promise<AllocationTrack[]> {
  return m.query(
    `SELECT t.code, t.status, t.start_year AS "startYear",
            COALESCE(json_agg(json_build_object('committeeCode', s.committee_code, 'weight', s.weight::text)
                              ORDER BY s.committee_code COLLATE "C") FILTER (WHERE s.committee_code IS NOT NULL), '[]') AS shares
       FROM tracks t LEFT JOIN track_shares s ON s.track_code = t.code
      WHERE t.code = ANY($1::text[])
      GROUP BY t.code`,
    [codes],
  );
}
