import { DataSource } from 'typeorm';
import { AllocationInput } from '@budgetspor/shared/allocation';

/**
 * An organisation whose allocation takes a worker seconds, not milliseconds (1,000 tracks ×
 * 20 committees × 4 years = 80,000 cells), for the fault tests that must catch a run in flight.
 */
export const LARGE_COMMITTEES = 20;
export const LARGE_TRACK_START_YEAR = 2020;

const trackCode = (i: number) => `T${String(i).padStart(4, '0')}`;
/** ØU, SAU, ÆHU from createOrganisation, plus K01 … K17. */
const committeeCodes = ['ØU', 'SAU', 'ÆHU', ...Array.from({ length: LARGE_COMMITTEES - 3 }, (_, j) => `K${String(j + 1).padStart(2, '0')}`)];
const shareWeight = (i: number, j: number) => String(((i * 7 + j * 3) % 9) + 1);
const trackWeight = (i: number) => `${(i % 5) + 1}.${i % 7}`;

/**
 * The extra committees, `tracks` tracks and their shares on every committee, straight into
 * the tables (fast). The organisation of `createOrganisation` must exist.
 */
export async function insertLargeOrganisation(ds: DataSource, tracks: number): Promise<void> {
  await ds.query(
    `INSERT INTO committees (code, name, administration_code) SELECT c, 'Udvalg ' || c, 'BMF' FROM unnest($1::text[]) AS c`,
    [committeeCodes.slice(3)],
  );
  const codes = Array.from({ length: tracks }, (_, i) => trackCode(i));
  await ds.query(
    `INSERT INTO tracks (code, name, administration_code, start_year) SELECT c, 'Spor ' || c, 'BMF', $2 FROM unnest($1::text[]) AS c`,
    [codes, LARGE_TRACK_START_YEAR],
  );
  const shares = codes.flatMap((code, i) => committeeCodes.map((committee, j) => [code, committee, shareWeight(i, j)]));
  await ds.query(
    `INSERT INTO track_shares (track_code, committee_code, weight) SELECT * FROM unnest($1::text[], $2::text[], $3::numeric[])`,
    [shares.map((s) => s[0]), shares.map((s) => s[1]), shares.map((s) => s[2])],
  );
}

/** The framework's track weights for the first `tracks` tracks. */
export function largeTrackWeights(tracks: number): { trackCode: string; weight: string }[] {
  return Array.from({ length: tracks }, (_, i) => ({ trackCode: trackCode(i), weight: trackWeight(i) }));
}

/** What allocate() gets for a framework naming the first `tracks` tracks with `pool`. */
export function largeAllocationInput(tracks: number, pool: Record<string, string>): AllocationInput {
  return {
    pool,
    trackWeights: largeTrackWeights(tracks),
    tracks: Array.from({ length: tracks }, (_, i) => ({
      code: trackCode(i),
      status: 'active' as const,
      startYear: LARGE_TRACK_START_YEAR,
      shares: committeeCodes.map((committeeCode, j) => ({ committeeCode, weight: shareWeight(i, j) })),
    })),
  };
}
