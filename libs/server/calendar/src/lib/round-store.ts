import { ConflictException, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { isoUtc, kronerFromNumeric } from '@budgetspor/server/common';
import { CommitteeProgressDto, FollowUpCellDto, FollowUpRoundDto } from './follow-up-rounds.dto';
import { isUuid } from './uuid';

export type RoundRow = Omit<FollowUpRoundDto, 'progress'>;

const ROUNDS = `
  SELECT r.id, r.budget_year AS "budgetYear", to_char(r.as_of, 'YYYY-MM-DD') AS "asOf", to_char(r.deadline, 'YYYY-MM-DD') AS deadline,
         r.title, r.status, r.opened_by AS "openedBy", ${isoUtc('r.opened_at')} AS "openedAt",
         r.closed_by AS "closedBy", ${isoUtc('r.closed_at')} AS "closedAt", r.version
    FROM follow_up_rounds r`;

/**
 * The columns of a cell in a round, from the live savings row (`s`) and the round's
 * confirmation (`c`): what an open round shows, and exactly what closing it freezes.
 */
const LIVE_CELL_COLUMNS = `
  r.id AS round_id, s.id AS saving_id, s.track_code, s.committee_code, s.year, s.expected, s.forecast, s.realised,
  s.status, s.comment, s.version AS saving_version, s.updated_at, s.updated_by, c.confirmed_by, c.confirmed_at`;

const LIVE_CELLS = `
  SELECT ${LIVE_CELL_COLUMNS}
    FROM follow_up_rounds r
    JOIN savings s ON s.budget_year = r.budget_year
    LEFT JOIN follow_up_confirmations c ON c.round_id = r.id AND c.saving_id = s.id`;

/** Freezes an open round's cells ($1 = the round) into its snapshot: one statement. */
export const FREEZE_SNAPSHOT = `
  INSERT INTO follow_up_snapshots (round_id, saving_id, track_code, committee_code, year, expected, forecast, realised,
                                   status, comment, saving_version, updated_at, updated_by, confirmed_by, confirmed_at)
  ${LIVE_CELLS} WHERE r.id = $1 AND r.status = 'open'`;

/**
 * Every cell of the rounds whose ids are in the uuid[] parameter `ids`: a closed round's frozen
 * snapshot, an open round's live rows. One statement, so a round closing meanwhile is seen
 * wholly before or wholly after.
 */
export function roundCellsSql(ids: string): string {
  return `
    ${LIVE_CELLS} WHERE r.id = ANY(${ids}) AND r.status = 'open'
    UNION ALL
    SELECT round_id, saving_id, track_code, committee_code, year, expected, forecast, realised,
           status, comment, saving_version, updated_at, updated_by, confirmed_by, confirmed_at
      FROM follow_up_snapshots WHERE round_id = ANY(${ids})`;
}

/** Round cells as the API returns them, filtered by the optional track ($2), committee ($3) and savings row ($4). */
export function cellDtoSql(ids: string): string {
  return `
    SELECT x.round_id AS "roundId", x.saving_id AS "savingId", x.track_code AS "trackCode", x.committee_code AS "committeeCode", x.year,
           x.expected::text AS expected, x.forecast::text AS forecast, x.realised::text AS realised, x.status, x.comment,
           x.saving_version AS version, ${isoUtc('x.updated_at')} AS "updatedAt", x.updated_by AS "updatedBy",
           x.confirmed_at IS NOT NULL AS confirmed, x.confirmed_by AS "confirmedBy", ${isoUtc('x.confirmed_at')} AS "confirmedAt"
      FROM (${roundCellsSql(ids)}) x
     WHERE ($2::text IS NULL OR x.track_code = $2) AND ($3::text IS NULL OR x.committee_code = $3)
       AND ($4::uuid IS NULL OR x.saving_id = $4)
     ORDER BY x.track_code COLLATE "C", x.committee_code COLLATE "C", x.year`;
}

export type CellRow = FollowUpCellDto & { roundId: string };

export function toCell(row: CellRow): FollowUpCellDto {
  return {
    savingId: row.savingId, trackCode: row.trackCode, committeeCode: row.committeeCode, year: row.year,
    expected: kronerFromNumeric(row.expected),
    forecast: row.forecast === null ? null : kronerFromNumeric(row.forecast),
    realised: row.realised === null ? null : kronerFromNumeric(row.realised),
    status: row.status, comment: row.comment, version: row.version, updatedAt: row.updatedAt, updatedBy: row.updatedBy,
    confirmed: row.confirmed, confirmedBy: row.confirmedBy, confirmedAt: row.confirmedAt,
  };
}

/** The round; 404 when unknown (or not a uuid). `lock` holds it until the transaction ends. */
export async function findRoundRow(m: EntityManager, id: string, lock = false): Promise<RoundRow> {
  const rows: RoundRow[] = isUuid(id) ? await m.query(`${ROUNDS} WHERE r.id = $1${lock ? ' FOR UPDATE' : ''}`, [id]) : [];
  if (rows.length === 0) throw new NotFoundException(`Opfølgningsrunden ${id} findes ikke`);
  return rows[0];
}

export function yearRoundRows(m: EntityManager, budgetYear: number): Promise<RoundRow[]> {
  return m.query(`${ROUNDS} WHERE r.budget_year = $1 ORDER BY r.as_of, r.opened_at, r.id`, [budgetYear]);
}

/** The rounds with their progress per committee (cells confirmed of total). */
export async function withProgress(m: EntityManager, rounds: RoundRow[]): Promise<FollowUpRoundDto[]> {
  const counts: (CommitteeProgressDto & { roundId: string })[] = await m.query(
    `SELECT x.round_id AS "roundId", x.committee_code AS "committeeCode",
            count(x.confirmed_at)::int AS confirmed, count(*)::int AS total
       FROM (${roundCellsSql('$1::uuid[]')}) x
      GROUP BY x.round_id, x.committee_code
      ORDER BY x.committee_code COLLATE "C"`,
    [rounds.map((r) => r.id)],
  );
  return rounds.map((round) => {
    const committees = counts.filter((c) => c.roundId === round.id).map(({ committeeCode, confirmed, total }) => ({ committeeCode, confirmed, total }));
    const sum = (key: 'confirmed' | 'total') => committees.reduce((s, c) => s + c[key], 0);
    return { ...round, progress: { confirmed: sum('confirmed'), total: sum('total'), committees } };
  });
}

export async function findRound(m: EntityManager, id: string): Promise<FollowUpRoundDto> {
  return (await withProgress(m, [await findRoundRow(m, id)]))[0];
}

export function assertRoundOpen(round: RoundRow): void {
  if (round.status === 'closed') {
    throw new ConflictException(`${round.title} er lukket; dens øjebliksbillede kan ikke ændres`);
  }
}
