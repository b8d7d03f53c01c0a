import { Injectable, NotFoundException, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { findBudgetYear } from '@budgetspor/server/budget-years';
import { isoUtc, kronerFromNumeric, kronerFromOre, oreFromNumeric } from '@budgetspor/server/common';
import { toFile } from '@budgetspor/server/spreadsheets';
import { comparisonTable, Names } from './comparison-table';
import { ChangeDto, CompareExportQuery, CompareQuery, ForecastHistoryDto, HistoryQuery, RoundComparisonDto, RoundRefDto } from './follow-up-rounds.dto';
import { Change, compareRounds, RoundCell } from './round-comparison';
import { CellRow, cellDtoSql, yearRoundRows } from './round-store';

/** Directors' view of the rounds: what changed between two, and a forecast over all closed ones. */
@Injectable()
export class RoundComparisonService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Both rounds must follow up on `budgetYear`; an open round counts with its live values. */
  async compare(budgetYear: number, query: CompareQuery): Promise<RoundComparisonDto> {
    const m = this.dataSource.manager;
    await findBudgetYear(m, budgetYear);
    const rounds = await yearRoundRows(m, budgetYear);
    const [from, to] = [query.from, query.to].map((id) => {
      const round = rounds.find((r) => r.id === id.toLowerCase());
      if (!round) throw new NotFoundException(`Opfølgningsrunden ${id} findes ikke i budget ${budgetYear}`);
      return round;
    });
    const rows: CellRow[] = await m.query(cellDtoSql('$1::uuid[]'), [[from.id, to.id], query.trackCode ?? null, query.committeeCode ?? null, null]);
    const cellsOf = (roundId: string): RoundCell[] =>
      rows.filter((r) => r.roundId === roundId).map((r) => ({
        savingId: r.savingId, trackCode: r.trackCode, committeeCode: r.committeeCode, year: r.year,
        forecast: r.forecast === null ? null : oreFromNumeric(r.forecast),
      }));
    const result = compareRounds(cellsOf(from.id), cellsOf(to.id));
    return {
      from: ref(from),
      to: ref(to),
      cells: result.cells.map((c) => ({ ...c, from: nullableKroner(c.from), to: nullableKroner(c.to), difference: kronerFromOre(c.difference) })),
      tracks: result.tracks.map(({ trackCode, ...change }) => ({ trackCode, ...changeDto(change) })),
      committees: result.committees.map(({ committeeCode, ...change }) => ({ committeeCode, ...changeDto(change) })),
      total: changeDto(result.total),
    };
  }

  /**
   * The comparison as a file (XLSX or CSV), through `compare` so the file says what the JSON
   * says, named by the two rounds' dates: opfoelgning-2014-2014-03-31-2014-06-30.xlsx.
   */
  async compareFile(budgetYear: number, query: CompareExportQuery): Promise<StreamableFile> {
    const dto = await this.compare(budgetYear, query);
    const table = comparisonTable(dto, await this.names('tracks'), await this.names('committees'));
    return toFile(table, `opfoelgning-${budgetYear}-${dto.from.asOf}-${dto.to.asOf}`, query);
  }

  /** Code → name of every track or committee (`table` is a constant, never input). */
  private async names(table: 'tracks' | 'committees'): Promise<Names> {
    const rows: { code: string; name: string }[] = await this.dataSource.query(`SELECT code, name FROM ${table}`);
    return new Map(rows.map((r) => [r.code, r.name]));
  }

  /** The matching cells' sums in each closed round of the year, oldest `asOf` first. */
  async history(budgetYear: number, query: HistoryQuery): Promise<ForecastHistoryDto[]> {
    const m = this.dataSource.manager;
    await findBudgetYear(m, budgetYear);
    const rows: ForecastHistoryDto[] = await m.query(
      `SELECT r.id AS "roundId", to_char(r.as_of, 'YYYY-MM-DD') AS "asOf", r.title, ${isoUtc('r.closed_at')} AS "closedAt",
              count(s.saving_id)::int AS cells,
              COALESCE(sum(s.expected), 0)::text AS expected, COALESCE(sum(s.forecast), 0)::text AS forecast,
              COALESCE(sum(s.realised), 0)::text AS realised
         FROM follow_up_rounds r
         LEFT JOIN follow_up_snapshots s ON s.round_id = r.id
              AND ($2::text IS NULL OR s.track_code = $2) AND ($3::text IS NULL OR s.committee_code = $3)
              AND ($4::uuid IS NULL OR s.saving_id = $4)
        WHERE r.budget_year = $1 AND r.status = 'closed'
        GROUP BY r.id
        ORDER BY r.as_of, r.closed_at, r.id`,
      [budgetYear, query.trackCode ?? null, query.committeeCode ?? null, query.savingId ?? null],
    );
    return rows.map((row) => ({
      ...row,
      expected: kronerFromNumeric(row.expected),
      forecast: kronerFromNumeric(row.forecast),
      realised: kronerFromNumeric(row.realised),
    }));
  }
}

function ref(round: RoundRefDto): RoundRefDto {
  return { id: round.id, asOf: round.asOf, title: round.title, status: round.status };
}

function changeDto(change: Change): ChangeDto {
  return { from: kronerFromOre(change.from), to: kronerFromOre(change.to), difference: kronerFromOre(change.difference) };
}

function nullableKroner(ore: bigint | null): string | null {
  return ore === null ? null : kronerFromOre(ore);
}
