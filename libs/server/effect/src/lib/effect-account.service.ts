import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { priceConverter } from '@budgetspor/server/price-levels';
import { accountIndicator } from './effect-account';
import { EffectAccountDto, EffectAccountGoalDto, EffectAccountTrackDto } from './effect-account.dto';
import { listGoals } from './effect-store';
import { addSums, SAVINGS_SUMS, Sums, sumsOf, SumsText, toFigures, ZERO } from './figures';
import { goalStatus } from './progress';

interface TrackSums extends SumsText {
  code: string;
}

/** The round a year's money comes from: the newest with savings rows for the year. */
interface Round {
  budgetYear: number;
  priceLevelYear: number;
}

/** The effect account (effektregnskab): every goal's indicators for a year, beside its tracks' savings. */
@Injectable()
export class EffectAccountService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async account(year: number, priceLevel?: number): Promise<EffectAccountDto> {
    const m = this.dataSource.manager;
    const round = await roundOf(m, year);
    const convert = await priceConverter(m, priceLevel, round ? [round.priceLevelYear] : []);
    const tracks = round ? await trackSums(m, round.budgetYear, year) : new Map<string, TrackSums>();
    const trackNames = await namesOfTracks(m);
    const goals = await listGoals(m);
    const money = (sums: Sums) => toFigures(sums, round?.priceLevelYear ?? null, priceLevel, convert);
    return {
      year,
      budgetYear: round?.budgetYear ?? null,
      goals: goals.map((goal): EffectAccountGoalDto => {
        const indicators = goal.indicators.map((i) => accountIndicator(i, year));
        const served = goal.trackCodes.map((code) => ({ code, sums: tracks.has(code) ? sumsOf(tracks.get(code) as TrackSums) : ZERO }));
        return {
          id: goal.id,
          title: goal.title,
          level: goal.level,
          parentId: goal.parentId,
          committeeCodes: goal.committeeCodes,
          status: goalStatus(indicators.map((i) => i.status)),
          indicators,
          tracks: served.map(({ code, sums }): EffectAccountTrackDto => ({ code, name: trackNames.get(code) ?? code, ...money(sums) })),
          savings: money(served.reduce((total, t) => addSums(total, t.sums), ZERO)),
        };
      }),
    };
  }
}

async function roundOf(m: EntityManager, year: number): Promise<Round | null> {
  const [row]: Round[] = await m.query(
    `SELECT y.year AS "budgetYear", y.price_level_year AS "priceLevelYear"
       FROM budget_years y
      WHERE EXISTS (SELECT 1 FROM savings s WHERE s.budget_year = y.year AND s.year = $1)
      ORDER BY y.year DESC LIMIT 1`,
    [year],
  );
  return row ?? null;
}

/** Each track's savings for `year` in round `budgetYear`, summed over its committees. */
async function trackSums(m: EntityManager, budgetYear: number, year: number): Promise<Map<string, TrackSums>> {
  const rows: TrackSums[] = await m.query(
    `SELECT s.track_code AS code, ${SAVINGS_SUMS}
       FROM savings s WHERE s.budget_year = $1 AND s.year = $2
      GROUP BY s.track_code`,
    [budgetYear, year],
  );
  return new Map(rows.map((r) => [r.code, r]));
}

async function namesOfTracks(m: EntityManager): Promise<Map<string, string>> {
  const rows: { code: string; name: string }[] = await m.query(`SELECT code, name FROM tracks`);
  return new Map(rows.map((r) => [r.code, r.name]));
}
