import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { periodYears } from '@budgetspor/server/budget-years';
import { CODE_PATTERN } from '@budgetspor/server/common';
import { PriceConverter, priceConverter } from '@budgetspor/server/price-levels';
import { AnalysisDto, AnalysisEntity, AnalysisFrameworkDto, AnalysisRoundDto, AnalysisYearDto } from './analysis.dto';
import { addSums, FiguresDto, SAVINGS_SUMS, Sums, sumsOf, SumsText, toFigures, ZERO } from './figures';

/**
 * How each kind of entity picks its savings rows. A row belongs to its committee's
 * administration (as in the realisation roll-up): the committee owes the saving.
 * Constants only, never input.
 */
const ENTITIES: Record<AnalysisEntity, { table: string; filter: string; what: string }> = {
  track: { table: 'tracks', filter: 's.track_code = $1', what: 'Sporet' },
  committee: { table: 'committees', filter: 's.committee_code = $1', what: 'Udvalget' },
  administration: { table: 'administrations', filter: 'c.administration_code = $1', what: 'Forvaltningen' },
};

interface CellRow extends SumsText {
  budgetYear: number;
  year: number;
}

interface RoundRow {
  budgetYear: number;
  title: string;
  status: string;
  priceLevelYear: number;
  framework: AnalysisFrameworkDto | null;
}

/** Across budget rounds: one track, committee or administration in every round it appeared in. */
@Injectable()
export class AnalysisService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async analyse(entityType: AnalysisEntity, code: string, priceLevel?: number): Promise<AnalysisDto> {
    const m = this.dataSource.manager;
    const { table, filter, what } = ENTITIES[entityType];
    const [entity]: { name: string }[] = CODE_PATTERN.test(code) ? await m.query(`SELECT name FROM ${table} WHERE code = $1`, [code]) : [];
    if (!entity) throw new NotFoundException(`${what} ${code} findes ikke`);
    const cells: CellRow[] = await m.query(
      `SELECT s.budget_year AS "budgetYear", s.year, ${SAVINGS_SUMS}
         FROM savings s JOIN committees c ON c.code = s.committee_code
        WHERE ${filter}
        GROUP BY s.budget_year, s.year ORDER BY s.budget_year, s.year`,
      [code],
    );
    const rounds = await roundsOf(m, [...new Set(cells.map((c) => c.budgetYear))]);
    const convert = await priceConverter(m, priceLevel, rounds.map((r) => r.priceLevelYear));
    return {
      entityType,
      code,
      name: entity.name,
      priceLevel: priceLevel ?? null,
      rounds: rounds.map((round) => roundFigures(round, cells.filter((c) => c.budgetYear === round.budgetYear), priceLevel, convert)),
    };
  }
}

async function roundsOf(m: EntityManager, years: number[]): Promise<RoundRow[]> {
  return m.query(
    `SELECT y.year AS "budgetYear", y.title, y.status, y.price_level_year AS "priceLevelYear",
            CASE WHEN f.revision IS NULL THEN NULL ELSE json_build_object(
              'revision', f.revision, 'decidedOn', f.decided_on::text, 'decidedBy', f.decided_by,
              'title', f.title, 'allocationMethod', f.allocation_method) END AS framework
       FROM budget_years y
       LEFT JOIN allocation_runs r ON r.id = y.current_run_id
       LEFT JOIN framework_revisions f ON f.budget_year = y.year AND f.revision = r.framework_revision
      WHERE y.year = ANY($1::int[])
      ORDER BY y.year`,
    [years],
  );
}

/** Every period year with its sums and the running total; the rates come from the unconverted sums. */
function roundFigures(round: RoundRow, cells: CellRow[], target: number | undefined, convert: PriceConverter): AnalysisRoundDto {
  const byYear = new Map(cells.map((c) => [c.year, sumsOf(c)]));
  const years = [...new Set([...periodYears(round.budgetYear), ...byYear.keys()])].sort((a, b) => a - b);
  const show = (sums: Sums): FiguresDto => toFigures(sums, round.priceLevelYear, target, convert);
  let running = ZERO;
  const rows = years.map((year): AnalysisYearDto => {
    const sums = byYear.get(year) ?? ZERO;
    running = addSums(running, sums);
    return { year, ...show(sums), cumulative: show(running) };
  });
  return { ...round, years: rows, total: show(running) };
}
