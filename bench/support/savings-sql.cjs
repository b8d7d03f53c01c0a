/**
 * The SQL that GET /api/budget-years/:year/savings and …/realisation run, copied from
 * libs/server/budget-years/src/lib/budget-year.ts (the year's row: 404 when unknown),
 * libs/server/savings/src/lib/savings.service.ts and realisation.service.ts. One copy for
 * the raw baseline server (raw-savings-server.mjs) and for the EXPLAIN ANALYZE notes of
 * reads-at-scale.bench.ts; that bench checks the baseline answers exactly as the API does,
 * so a change to the services' SQL that this copy misses shows up there.
 *
 * `BEFORE` holds the same two queries as they were before issue 9's reads at scale changed
 * them (commit 5555e82), for the before/after plans in the results.
 */
const iso = (column) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const YEAR_SQL = `SELECT year, title, price_level_year AS "priceLevelYear", status, version FROM budget_years WHERE year = $1`;

const rowsFrom = (from) => `
  SELECT s.id, s.track_code AS "trackCode", s.committee_code AS "committeeCode", s.year,
         s.expected::text AS expected, s.forecast::text AS forecast, s.realised::text AS realised,
         s.status, s.comment, s.version,
         ${iso('s.updated_at')} AS "updatedAt",
         s.updated_by AS "updatedBy"
    FROM ${from}`;
const ORDER = `ORDER BY s.track_code COLLATE "C", s.committee_code COLLATE "C", s.year`;
const FILTER = `WHERE s.budget_year = $1 AND ($2::text IS NULL OR s.track_code = $2) AND ($3::text IS NULL OR s.committee_code = $3)`;

/** $1 budget year, $2 trackCode or null, $3 committeeCode or null, $4 limit or null, $5 offset or null. */
const SAVINGS_SQL = `${rowsFrom(`(SELECT * FROM savings s ${FILTER} ${ORDER} LIMIT $4 OFFSET $5) s`)} ${ORDER}`;

const GROUPS = {
  track: { key: 's.track_code', order: 's.track_code COLLATE "C"', from: 'savings s' },
  committee: { key: 's.committee_code', order: 's.committee_code COLLATE "C"', from: 'savings s' },
  year: { key: 's.year', order: 's.year', from: 'savings s' },
};

const sums = (key, order, from) => `
  SELECT ${key} AS key, GROUPING(${key}) = 1 AS total,
         COALESCE(SUM(s.expected), 0)::text AS expected,
         COALESCE(SUM(s.forecast), 0)::text AS forecast,
         COALESCE(SUM(s.realised), 0)::text AS realised
    FROM ${from}
   ${FILTER}
   GROUP BY GROUPING SETS ((${key}), ())
   ORDER BY GROUPING(${key}), ${order}`;

/** $1 budget year, $2 trackCode or null, $3 committeeCode or null. */
function realisationSql(groupBy) {
  const { key, order, from } = GROUPS[groupBy];
  return sums(key, order, from);
}

const BEFORE = {
  SAVINGS_SQL: `${rowsFrom('savings s')} ${FILTER} ${ORDER} LIMIT $4 OFFSET $5`,
  realisationSql: (groupBy) => sums(GROUPS[groupBy].key, GROUPS[groupBy].order, 'savings s JOIN committees c ON c.code = s.committee_code'),
};

module.exports = { YEAR_SQL, SAVINGS_SQL, GROUP_BYS: Object.keys(GROUPS), realisationSql, BEFORE };
