import type { AllocationInput } from '@budgetspor/shared/allocation';
import { prng } from './stats';

/**
 * Deterministic scale data (seeded PRNG): the same sizes give the same tracks, weights and
 * pools on every machine, so figures from different runs measure the same work.
 */
export interface ScaleTrack {
  code: string;
  weight: string;
  shares: { committeeCode: string; weight: string }[];
}

export interface Scale {
  firstYear: number;
  pool: Record<string, string>;
  committees: string[];
  tracks: ScaleTrack[];
}

export function generateScale(options: { tracks: number; committees: number; sharesPerTrack?: number; firstYear?: number; seed?: number }): Scale {
  const { tracks, committees, firstYear = 2014 } = options;
  const sharesPerTrack = Math.min(options.sharesPerTrack ?? committees, committees);
  const random = prng(options.seed ?? 2014);
  const int = (below: number) => Math.floor(random() * below);
  const committeeCodes = Array.from({ length: committees }, (_, j) => `U${String(j + 1).padStart(3, '0')}`);
  const pool: Record<string, string> = {};
  for (let y = 0; y < 4; y++) pool[String(firstYear + y)] = String(100_000_000 + int(200_000_000));
  const scaleTracks: ScaleTrack[] = [];
  for (let i = 0; i < tracks; i++) {
    // Random weights with decimals, so the exact split works for its result: equal weights
    // would take allocate()'s shortcut and flatter it.
    let chosen = committeeCodes;
    if (sharesPerTrack < committees) {
      const picked = new Set<number>();
      while (picked.size < sharesPerTrack) picked.add(int(committees));
      chosen = [...picked].sort((a, b) => a - b).map((j) => committeeCodes[j]);
    }
    scaleTracks.push({
      code: `S${String(i + 1).padStart(5, '0')}`,
      weight: ((100 + int(10_000)) / 100).toFixed(2), // 1.00 … 100.99
      shares: chosen.map((committeeCode) => ({ committeeCode, weight: ((1 + int(1000)) / 100).toFixed(2) })), // 0.01 … 10.00
    });
  }
  return { firstYear, pool, committees: committeeCodes, tracks: scaleTracks };
}

/** Every track active from the first year and weighted: every track × committee × year cell is computed. */
export function allocationInput(scale: Scale): AllocationInput {
  return {
    pool: scale.pool,
    trackWeights: scale.tracks.map((t) => ({ trackCode: t.code, weight: t.weight })),
    tracks: scale.tracks.map((t) => ({ code: t.code, status: 'active', startYear: scale.firstYear, shares: t.shares })),
  };
}
