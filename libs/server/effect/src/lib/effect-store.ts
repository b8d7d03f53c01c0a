import { NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { canonicalDecimal, isoUtc } from '@budgetspor/server/common';
import type { EffectGoalDto, GoalListQuery } from './goals.dto';
import type { IndicatorDto, IndicatorValueDto } from './indicators.dto';
import { isUuid } from './validators';

/**
 * Reads of goals, indicators and values as the API returns them. Decimals leave PostgreSQL
 * as text (never a JS number) and are made canonical here; codes sort by code point.
 */

const GOALS = `
  SELECT g.id, g.title, g.description, g.level, g.parent_id AS "parentId",
         COALESCE((SELECT json_agg(c.committee_code ORDER BY c.committee_code COLLATE "C")
                     FROM effect_goal_committees c WHERE c.goal_id = g.id), '[]'::json) AS "committeeCodes",
         COALESCE((SELECT json_agg(t.track_code ORDER BY t.track_code COLLATE "C")
                     FROM effect_goal_tracks t WHERE t.goal_id = g.id), '[]'::json) AS "trackCodes",
         g.version
    FROM effect_goals g`;

const VALUE_JSON = `json_build_object('year', v.year, 'value', v.value::text, 'sourceNote', v.source_note,
  'assessment', v.assessment, 'status', v.status, 'version', v.version,
  'updatedAt', ${isoUtc('v.updated_at')}, 'updatedBy', v.updated_by)`;

const INDICATORS = `
  SELECT i.id, i.goal_id AS "goalId", i.name, i.description, i.kind, i.unit, i.direction,
         i.baseline_year AS "baselineYear", i.baseline_value::text AS "baselineValue",
         i.target_year AS "targetYear", i.target_value::text AS "targetValue",
         COALESCE((SELECT json_agg(${VALUE_JSON} ORDER BY v.year)
                     FROM effect_indicator_values v WHERE v.indicator_id = i.id), '[]'::json) AS values,
         i.version
    FROM effect_indicators i`;

type GoalRow = Omit<EffectGoalDto, 'indicators'>;

/** Goals in creation order (the order they were entered, e.g. Odensemål 1–10), with their indicators. */
export async function listGoals(m: EntityManager, filter: GoalListQuery = {}): Promise<EffectGoalDto[]> {
  const goals: GoalRow[] = await m.query(
    `${GOALS}
      WHERE ($1::text IS NULL OR g.level = $1)
        AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM effect_goal_committees c WHERE c.goal_id = g.id AND c.committee_code = $2))
        AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM effect_goal_tracks t WHERE t.goal_id = g.id AND t.track_code = $3))
      ORDER BY g.seq`,
    [filter.level ?? null, filter.committeeCode ?? null, filter.trackCode ?? null],
  );
  const indicators = await indicatorsOf(m, goals.map((g) => g.id));
  return goals.map((g) => ({ ...g, indicators: indicators.filter((i) => i.goalId === g.id) }));
}

/** One goal; 404 when unknown (or when `id` cannot be an id). */
export async function getGoal(m: EntityManager, id: string): Promise<EffectGoalDto> {
  const [goal]: GoalRow[] = isUuid(id) ? await m.query(`${GOALS} WHERE g.id = $1`, [id]) : [];
  if (!goal) throw new NotFoundException(`Effektmålet ${id} findes ikke`);
  return { ...goal, indicators: await indicatorsOf(m, [id]) };
}

/** One indicator with its values; 404 when unknown. */
export async function getIndicator(m: EntityManager, id: string): Promise<IndicatorDto> {
  const [row]: IndicatorDto[] = isUuid(id) ? await m.query(`${INDICATORS} WHERE i.id = $1`, [id]) : [];
  if (!row) throw new NotFoundException(`Indikatoren ${id} findes ikke`);
  return canonicalIndicator(row);
}

/** One year's value of an indicator, or null when the year has none. */
export async function getValue(m: EntityManager, indicatorId: string, year: number): Promise<IndicatorValueDto | null> {
  const [row]: { value: IndicatorValueDto }[] = await m.query(
    `SELECT ${VALUE_JSON} AS value FROM effect_indicator_values v WHERE v.indicator_id = $1 AND v.year = $2`,
    [indicatorId, year],
  );
  return row ? canonicalValue(row.value) : null;
}

/** Locks a goal's or an indicator's row until the transaction ends; 404 when unknown. */
export async function lockRow(m: EntityManager, table: 'effect_goals' | 'effect_indicators', id: string, what: string): Promise<void> {
  const rows = isUuid(id) ? await m.query(`SELECT 1 FROM ${table} WHERE id = $1 FOR UPDATE`, [id]) : [];
  if (rows.length === 0) throw new NotFoundException(`${what} ${id} findes ikke`);
}

async function indicatorsOf(m: EntityManager, goalIds: string[]): Promise<IndicatorDto[]> {
  if (goalIds.length === 0) return [];
  const rows: IndicatorDto[] = await m.query(`${INDICATORS} WHERE i.goal_id = ANY($1::uuid[]) ORDER BY i.seq`, [goalIds]);
  return rows.map(canonicalIndicator);
}

function canonicalIndicator(row: IndicatorDto): IndicatorDto {
  return {
    ...row,
    baselineValue: canonicalDecimal(row.baselineValue),
    targetValue: canonicalDecimal(row.targetValue),
    values: row.values.map(canonicalValue),
  };
}

function canonicalValue(value: IndicatorValueDto): IndicatorValueDto {
  return { ...value, value: canonicalDecimal(value.value) };
}
