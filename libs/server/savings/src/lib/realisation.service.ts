import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { findBudgetYear } from '@budgetspor/server/budget-years';
import { kronerFromNumeric, oreFromNumeric } from '@budgetspor/server/common';
import { kronerConverter } from '@budgetspor/server/price-levels';
import { realisationRate } from './amounts';
import { GroupBy, RealisationDto, RealisationQuery, RealisationTotalDto } from './realisation.dto';

/**
 * The SQL that forms each group's key, and how keys sort: codes by code point (`COLLATE "C"`,
 * so `ÆHU` comes after `SAU` whatever the server's locale), years numerically. A cell belongs
 * to its committee's administration (forvaltning), not to the track's owner: the committee
 * is the one that owes the saving. Only that grouping joins the committees: every savings row
 * has its committee (a foreign key), so for the others the join changed nothing and cost a
 * third of a large round's sum (bench/RESULTS.md). Constants only, never user input.
 */
const GROUPS: Record<GroupBy, { key: string; order: string; from: string }> = {
  track: { key: 's.track_code', order: 's.track_code COLLATE "C"', from: 'savings s' },
  committee: { key: 's.committee_code', order: 's.committee_code COLLATE "C"', from: 'savings s' },
  administration: { key: 'c.administration_code', order: 'c.administration_code COLLATE "C"', from: 'savings s JOIN committees c ON c.code = s.committee_code' },
  year: { key: 's.year', order: 's.year', from: 'savings s' },
};

interface SumRow {
  key: string | number | null;
  total: boolean;
  expected: string;
  forecast: string;
  realised: string;
}

/** What a roll-up needs to know of its round. */
interface Round {
  /** The savings revision, as text ('0' before any row was written). */
  revision: string;
  priceLevelYear: number;
}

/** How many roll-ups a process keeps; the oldest goes first. */
const CACHE_SIZE = 500;

/**
 * Realisation (realiseringsgrad): expected, forecast and realised rolled up, for directors and
 * finance. A roll-up sums every savings row of a round, so it is kept and served again while
 * the year's savings revision (bumped by a trigger on every write to its rows, in the writing
 * transaction) stays the same. Grouping by administration is not kept: it also depends on
 * which administration a committee belongs to, which can change without touching savings.
 * Only roll-ups at the round's own price level are kept; `?priceLevel=` converts a copy.
 */
@Injectable()
export class RealisationService {
  private readonly cache = new Map<string, { revision: string; result: RealisationDto }>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The roll-up at the round's own price level, or with `priceLevel` each sum converted from
   * its exact value (400 when an index is missing); the rates stay those of the unconverted sums.
   */
  async realisation(budgetYear: number, query: RealisationQuery): Promise<RealisationDto> {
    const round = await this.round(budgetYear);
    const { priceLevel } = query;
    if (priceLevel === undefined) return this.sums(budgetYear, round.revision, query);
    const kroner = await kronerConverter(this.dataSource.manager, priceLevel, round.priceLevelYear);
    const sums = await this.sums(budgetYear, round.revision, query);
    const shown = <T extends RealisationTotalDto>(s: T): T => ({
      ...s,
      expected: kroner(s.expected),
      forecast: kroner(s.forecast),
      realised: kroner(s.realised),
      priceLevel,
    });
    return { groups: sums.groups.map(shown), total: shown(sums.total) };
  }

  /** The roll-up at the round's own price level: kept while the savings revision is unchanged. */
  private async sums(budgetYear: number, revision: string, query: RealisationQuery): Promise<RealisationDto> {
    const groupBy = query.groupBy ?? 'track';
    const key = JSON.stringify([budgetYear, groupBy, query.trackCode ?? null, query.committeeCode ?? null]);
    const cached = this.cache.get(key);
    if (cached && cached.revision === revision) return cached.result;
    const result = await this.compute(budgetYear, query);
    if (groupBy !== 'administration') {
      this.cache.delete(key);
      this.cache.set(key, { revision, result });
      if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    }
    return result;
  }

  /** The year's savings revision and price level; 404 for an unknown year. */
  private async round(budgetYear: number): Promise<Round> {
    const [row] = await this.dataSource.query(
      `SELECT COALESCE(r.revision, 0)::text AS revision, y.price_level_year AS "priceLevelYear"
         FROM budget_years y LEFT JOIN savings_revisions r ON r.budget_year = y.year WHERE y.year = $1`,
      [budgetYear],
    );
    if (!row) await findBudgetYear(this.dataSource.manager, budgetYear); // throws the usual 404
    return row;
  }

  private async compute(budgetYear: number, query: RealisationQuery): Promise<RealisationDto> {
    const m = this.dataSource.manager;
    const { key, order, from } = GROUPS[query.groupBy ?? 'track'];
    // Sums in numeric, so they are exact; the empty grouping set adds the total row, which
    // exists even when no row matches. A missing forecast or realised amount counts as 0.
    const rows: SumRow[] = await m.query(
      `SELECT ${key} AS key, GROUPING(${key}) = 1 AS total,
              COALESCE(SUM(s.expected), 0)::text AS expected,
              COALESCE(SUM(s.forecast), 0)::text AS forecast,
              COALESCE(SUM(s.realised), 0)::text AS realised
         FROM ${from}
        WHERE s.budget_year = $1 AND ($2::text IS NULL OR s.track_code = $2) AND ($3::text IS NULL OR s.committee_code = $3)
        GROUP BY GROUPING SETS ((${key}), ())
        ORDER BY GROUPING(${key}), ${order}`,
      [budgetYear, query.trackCode ?? null, query.committeeCode ?? null],
    );
    const total = rows.find((row) => row.total) as SumRow;
    return {
      groups: rows.filter((row) => !row.total).map((row) => ({ key: row.key as string | number, ...sums(row) })),
      total: sums(total),
    };
  }
}

function sums(row: SumRow): RealisationTotalDto {
  return {
    expected: kronerFromNumeric(row.expected),
    forecast: kronerFromNumeric(row.forecast),
    realised: kronerFromNumeric(row.realised),
    rate: realisationRate(oreFromNumeric(row.realised), oreFromNumeric(row.expected)),
  };
}
