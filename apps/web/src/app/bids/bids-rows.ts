import { compareCodePoints } from '@budgetspor/shared/money';
import { Committee, Track, TRACK_STATUS_INFO } from '../tracks/tracks.models';
import { BidEntry } from './bids.service';

/** One track × committee row of the grid. */
export interface BidRow {
  /** Index among all rows of the grid; also the row part of each cell's id. */
  readonly index: number;
  readonly trackCode: string;
  readonly trackName: string;
  readonly committeeCode: string;
  readonly committeeName: string;
  /** Per year of the period: may a bid be entered there? */
  readonly open: readonly boolean[];
}

export interface BidGroup {
  readonly trackCode: string;
  readonly trackName: string;
  /** Why a track is shown although it is not an eligible one, or when it starts; null otherwise. */
  readonly note: string | null;
  readonly rows: readonly BidRow[];
}

/** The key of one cell in the page's maps. */
export function cellKey(trackCode: string, committeeCode: string, year: number): string {
  return JSON.stringify([trackCode, committeeCode, year]);
}

/**
 * The grid's rows: the committee shares of every track eligible in the period (active, and
 * starting no later than its last year), in code-point order like the API's lists. A track
 * or committee that is no longer eligible but already has bids stays in the grid, so a save
 * (which replaces all bids) never drops bids the user cannot see. Years before a track's
 * start year are closed unless they already hold a bid.
 */
export function buildBidGroups(
  years: readonly number[],
  tracks: readonly Track[],
  committees: readonly Committee[],
  entries: readonly BidEntry[],
): BidGroup[] {
  const lastYear = years[years.length - 1];
  const committeeName = new Map(committees.map((c) => [c.code, c.name]));
  const hasBid = new Set(entries.map((e) => cellKey(e.trackCode, e.committeeCode, e.year)));
  const bidCommittees = new Map<string, Set<string>>();
  for (const e of entries) {
    bidCommittees.set(e.trackCode, (bidCommittees.get(e.trackCode) ?? new Set()).add(e.committeeCode));
  }

  let index = 0;
  return [...tracks]
    .filter((t) => (t.status === 'active' && t.startYear <= lastYear) || bidCommittees.has(t.code))
    .sort((a, b) => compareCodePoints(a.code, b.code))
    .map((track): BidGroup => {
      const shareCodes = new Set(track.shares.map((s) => s.committeeCode));
      const codes = [...new Set([...shareCodes, ...(bidCommittees.get(track.code) ?? [])])].sort(compareCodePoints);
      const rows = codes.map(
        (committeeCode): BidRow => ({
          index: index++,
          trackCode: track.code,
          trackName: track.name,
          committeeCode,
          committeeName: shareCodes.has(committeeCode)
            ? (committeeName.get(committeeCode) ?? '')
            : $localize`:@@bids.rows.noLongerShare:${committeeName.get(committeeCode) ?? ''}:name: (har ikke længere en andel i sporet)`,
          open: years.map((y) => y >= track.startYear || hasBid.has(cellKey(track.code, committeeCode, y))),
        }),
      );
      return { trackCode: track.code, trackName: track.name, note: groupNote(track, years), rows };
    });
}

function groupNote(track: Track, years: readonly number[]): string | null {
  if (track.status !== 'active') {
    return $localize`:@@bids.rows.notActive:Sporet er ${TRACK_STATUS_INFO[track.status].label}:status:, men har bud.`;
  }
  if (track.startYear > years[0]) {
    return $localize`:@@bids.rows.startsIn:Bidrager fra ${track.startYear}:year:.`;
  }
  return null;
}
