import { EntityManager } from 'typeorm';
import { normaliseWeight } from '@budgetspor/shared/money';
import { CreateFrameworkDto, FrameworkDto } from './frameworks.dto';
import { toWholeKroner } from './kroner';
import { isoUtc } from '@budgetspor/server/common';

/**
 * One row per revision with its pool as a JSON object and its weights as a JSON array.
 * Money and weights go out as text (a JSON number would round them); weights in code
 * point order (`COLLATE "C"` on UTF-8), so `ÆLIV` sorts after `SVR` in every locale.
 */
const FRAMEWORKS = `
  SELECT r.budget_year AS "budgetYear", r.revision, to_char(r.decided_on, 'YYYY-MM-DD') AS "decidedOn",
         r.decided_by AS "decidedBy", r.title, r.allocation_method AS "allocationMethod",
         COALESCE((SELECT json_object_agg(p.year::text, p.amount::text ORDER BY p.year) FROM framework_pool p
                    WHERE p.budget_year = r.budget_year AND p.revision = r.revision), '{}'::json) AS pool,
         COALESCE((SELECT json_agg(json_build_object('trackCode', w.track_code, 'weight', w.weight::text) ORDER BY w.track_code COLLATE "C")
                     FROM framework_track_weights w
                    WHERE w.budget_year = r.budget_year AND w.revision = r.revision), '[]'::json) AS "trackWeights",
         ${isoUtc('r.created_at')} AS "createdAt", r.created_by AS "createdBy"
    FROM framework_revisions r
   WHERE r.budget_year = $1`;

async function query(m: EntityManager, sql: string, params: unknown[]): Promise<FrameworkDto[]> {
  const rows: FrameworkDto[] = await m.query(sql, params);
  return rows.map((row) => ({ ...row, trackWeights: row.trackWeights.map((w) => ({ trackCode: w.trackCode, weight: normaliseWeight(w.weight) })) }));
}

/** Every revision of the year's framework, oldest first. */
export function listFrameworks(m: EntityManager, year: number): Promise<FrameworkDto[]> {
  return query(m, `${FRAMEWORKS} ORDER BY r.revision`, [year]);
}

export async function findFramework(m: EntityManager, year: number, revision: number): Promise<FrameworkDto | null> {
  return (await query(m, `${FRAMEWORKS} AND r.revision = $2`, [year, revision]))[0] ?? null;
}

/** The newest revision, which is the one in force; null before the first announcement. */
export async function currentFramework(m: EntityManager, year: number): Promise<FrameworkDto | null> {
  return (await query(m, `${FRAMEWORKS} ORDER BY r.revision DESC LIMIT 1`, [year]))[0] ?? null;
}

/**
 * Appends the next revision and returns its number. Only safe while the caller holds the
 * budget year's row lock (`assertYearOpen`): that lock is what makes max + 1 unique.
 */
export async function insertFramework(m: EntityManager, year: number, dto: CreateFrameworkDto, actor: string): Promise<number> {
  const [{ revision }] = await m.query(
    `SELECT COALESCE(max(revision), 0) + 1 AS revision FROM framework_revisions WHERE budget_year = $1`,
    [year],
  );
  await m.query(
    `INSERT INTO framework_revisions (budget_year, revision, decided_on, decided_by, title, allocation_method, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [year, revision, dto.decidedOn, dto.decidedBy, dto.title, dto.allocationMethod, actor],
  );
  const years = Object.keys(dto.pool);
  await m.query(
    `INSERT INTO framework_pool (budget_year, revision, year, amount) SELECT $1, $2, * FROM unnest($3::int[], $4::bigint[])`,
    [year, revision, years, years.map((y) => toWholeKroner(dto.pool[y]).toString())],
  );
  await m.query(
    `INSERT INTO framework_track_weights (budget_year, revision, track_code, weight)
     SELECT $1, $2, * FROM unnest($3::text[], $4::numeric[])`,
    [year, revision, dto.trackWeights.map((w) => w.trackCode), dto.trackWeights.map((w) => w.weight)],
  );
  return revision;
}

/** Which of `codes` exist in `table` (tracks or committees). */
export async function existingCodes(m: EntityManager, table: 'tracks' | 'committees', codes: string[]): Promise<Set<string>> {
  const rows: { code: string }[] = await m.query(`SELECT code FROM ${table} WHERE code = ANY($1::text[])`, [[...new Set(codes)]]);
  return new Set(rows.map((r) => r.code));
}
