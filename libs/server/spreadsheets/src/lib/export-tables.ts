import type { AllocationView } from '@budgetspor/server/allocation';
import type { AuditRow } from '@budgetspor/server/audit';
import type { GroupBy, RealisationDto, RealisationTotalDto } from '@budgetspor/server/savings';
import { atPriceLevel, CellData, Column, Table } from './table';

/** Codes → names (tracks, committees, administrations), for columns a person reads. */
export type Names = ReadonlyMap<string, string>;

/**
 * The year's current allocation: one row per cell, then the years whose pool no track could
 * take (`Ikke fordelt`) and, in bids mode, the pool the bids leave uncovered (`Udækket`,
 * negative when over-bid). The `Type` column keeps them apart for filtering.
 */
export function allocationTable(view: AllocationView, tracks: Names, committees: Names): Table {
  const summary = (type: string, text: string, amounts: Record<string, string>): CellData[][] =>
    Object.entries(amounts).map(([year, amount]) => [type, null, text, null, null, Number(year), amount]);
  return {
    sheet: 'Fordeling',
    columns: [
      { header: 'Type', kind: 'text' },
      { header: 'Spor', kind: 'text' },
      { header: 'Spornavn', kind: 'text' },
      { header: 'Udvalg', kind: 'text' },
      { header: 'Udvalgsnavn', kind: 'text' },
      { header: 'År', kind: 'integer' },
      atPriceLevel({ header: 'Beløb (kr.)', kind: 'wholeKroner' }, view.priceLevel),
    ],
    rows: [
      ...view.cells.map((c) => ['Fordelt', c.trackCode, tracks.get(c.trackCode) ?? '', c.committeeCode, committees.get(c.committeeCode) ?? '', c.year, c.amount]),
      ...summary('Ikke fordelt', 'Intet spor kunne få puljen dette år', view.unallocated),
      ...summary('Udækket', 'Puljen minus buddene', view.uncovered ?? {}),
    ],
  };
}

const GROUP_HEADERS: Record<GroupBy, string> = { track: 'Spor', committee: 'Udvalg', administration: 'Forvaltning', year: 'År' };

/** The realisation roll-up: one row per group with its name, then the total (`I alt`); the amounts at the roll-up's price level. */
export function realisationTable(dto: RealisationDto, groupBy: GroupBy, names: Names): Table {
  const byYear = groupBy === 'year';
  const sums = (s: RealisationTotalDto): CellData[] => [s.expected, s.forecast, s.realised, s.rate];
  const columns: Column[] = [
    { header: GROUP_HEADERS[groupBy], kind: byYear ? 'integer' : 'text' },
    ...(byYear ? [] : [{ header: 'Navn', kind: 'text' } as Column]),
    ...(
      [
        { header: 'Forventet (kr.)', kind: 'wholeKroner' },
        { header: 'Prognose (kr.)', kind: 'kroner' },
        { header: 'Realiseret (kr.)', kind: 'kroner' },
      ] as Column[]
    ).map((column) => atPriceLevel(column, dto.total.priceLevel)),
    { header: 'Realiseringsgrad', kind: 'rate' },
  ];
  return {
    sheet: 'Realisering',
    columns,
    rows: [
      ...dto.groups.map((g) => [g.key, ...(byYear ? [] : [names.get(String(g.key)) ?? '']), ...sums(g)]),
      [{ kind: 'text', value: 'I alt' }, ...(byYear ? [] : [null]), ...sums(dto.total)],
    ],
  };
}

/** The audit log, newest first; before and after as the JSON the API returns. */
export function auditTable(rows: AuditRow[]): Table {
  const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
  return {
    sheet: 'Revisionsspor',
    columns: [
      { header: 'Id', kind: 'text' },
      { header: 'Tidspunkt (UTC)', kind: 'text' },
      { header: 'Bruger', kind: 'text' },
      { header: 'Handling', kind: 'text' },
      { header: 'Ressourcetype', kind: 'text' },
      { header: 'Ressource-id', kind: 'text' },
      { header: 'Før', kind: 'text' },
      { header: 'Efter', kind: 'text' },
    ],
    rows: rows.map((r) => [r.id, r.at, r.actor, r.action, r.entityType, r.entityId, json(r.before), json(r.after)]),
  };
}
