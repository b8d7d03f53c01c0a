import type { CellData, Table } from '@budgetspor/server/spreadsheets';
import type { ChangeDto, RoundComparisonDto } from './follow-up-rounds.dto';

/** Codes → names of tracks and committees, for the columns a person reads. */
export type Names = ReadonlyMap<string, string>;

export const COMPARISON_TYPES = { cell: 'Celle', track: 'Spor i alt', committee: 'Udvalg i alt', total: 'I alt' } as const;

/**
 * The comparison of two rounds as one sheet, the same figures as the JSON: first every cell
 * (Type "Celle") with its forecast in each round (empty for none) and the difference, then the
 * sums per track, per committee and in all. One sheet with a Type column, so the CSV holds the
 * same and a filter in Excel picks the part wanted. The round columns are named by title.
 */
export function comparisonTable(dto: RoundComparisonDto, tracks: Names, committees: Names): Table {
  const sum = (type: string, trackCode: string | null, committeeCode: string | null, change: ChangeDto): CellData[] => [
    type,
    trackCode,
    trackCode === null ? null : (tracks.get(trackCode) ?? ''),
    committeeCode,
    committeeCode === null ? null : (committees.get(committeeCode) ?? ''),
    null,
    change.from,
    change.to,
    change.difference,
  ];
  return {
    sheet: 'Sammenligning',
    columns: [
      { header: 'Type', kind: 'text' },
      { header: 'Spor', kind: 'text' },
      { header: 'Spornavn', kind: 'text' },
      { header: 'Udvalg', kind: 'text' },
      { header: 'Udvalgsnavn', kind: 'text' },
      { header: 'År', kind: 'integer' },
      { header: `Fra: ${dto.from.title} (kr.)`, kind: 'kroner' },
      { header: `Til: ${dto.to.title} (kr.)`, kind: 'kroner' },
      { header: 'Forskel (kr.)', kind: 'kroner' },
    ],
    rows: [
      ...dto.cells.map((c) => [
        COMPARISON_TYPES.cell,
        c.trackCode,
        tracks.get(c.trackCode) ?? '',
        c.committeeCode,
        committees.get(c.committeeCode) ?? '',
        c.year,
        c.from,
        c.to,
        c.difference,
      ]),
      ...dto.tracks.map((t) => sum(COMPARISON_TYPES.track, t.trackCode, null, t)),
      ...dto.committees.map((c) => sum(COMPARISON_TYPES.committee, null, c.committeeCode, c)),
      sum(COMPARISON_TYPES.total, null, null, dto.total),
    ],
  };
}
