import { BadRequestException, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { isoUtc } from '@budgetspor/server/common';
import { findFramework } from '@budgetspor/server/frameworks';
import { milestoneWarnings } from './milestone-warnings';
import { MilestoneDto } from './milestones.dto';
import { isUuid } from './uuid';

export type MilestoneRow = Omit<MilestoneDto, 'warnings'>;

/** One row per milestone as the API returns it, apart from the computed warnings. */
export const MILESTONE_COLUMNS = `
  m.id, m.budget_year AS "budgetYear", to_char(m.date, 'YYYY-MM-DD') AS date, m.title, m.description, m.kind,
  m.responsible_role AS "responsibleRole", m.responsible_committee_code AS "responsibleCommitteeCode",
  m.status, m.framework_revision AS "frameworkRevision", m.follow_up_round_id AS "followUpRoundId",
  m.version, ${isoUtc('m.updated_at')} AS "updatedAt", m.updated_by AS "updatedBy"`;

const MILESTONES = `SELECT ${MILESTONE_COLUMNS} FROM milestones m`;

/** Date order; same-day milestones by title (code points) and id, so the order is stable. */
export const MILESTONE_ORDER = `ORDER BY m.date, m.title COLLATE "C", m.id`;

/** Every milestone of the year with its warnings, in date order. */
export async function yearMilestones(m: EntityManager, budgetYear: number): Promise<MilestoneDto[]> {
  const rows: MilestoneRow[] = await m.query(`${MILESTONES} WHERE m.budget_year = $1 ${MILESTONE_ORDER}`, [budgetYear]);
  return withWarnings(budgetYear, rows, rows);
}

/** `rows` with the warnings that the year's whole calendar (`calendar`) gives them. */
export function withWarnings<T extends MilestoneRow>(budgetYear: number, rows: T[], calendar: readonly MilestoneRow[]): (T & Pick<MilestoneDto, 'warnings'>)[] {
  const warnings = milestoneWarnings(budgetYear, calendar);
  return rows.map((row) => ({ ...row, warnings: warnings.get(row.id) ?? [] }));
}

/** The milestone with its warnings; 404 when unknown (or when the id cannot be a uuid). */
export async function findMilestone(m: EntityManager, id: string): Promise<MilestoneDto> {
  const budgetYear = await milestoneYear(m, id);
  const found = (await yearMilestones(m, budgetYear)).find((row) => row.id === id);
  if (!found) throw notFound(id);
  return found;
}

/** The budget year the milestone belongs to; 404 when there is no such milestone. */
export async function milestoneYear(m: EntityManager, id: string): Promise<number> {
  const rows: { budgetYear: number }[] = isUuid(id) ? await m.query(`SELECT budget_year AS "budgetYear" FROM milestones WHERE id = $1`, [id]) : [];
  if (rows.length === 0) throw notFound(id);
  return rows[0].budgetYear;
}

function notFound(id: string): NotFoundException {
  return new NotFoundException(`Milepælen ${id} findes ikke`);
}

/** The columns that point elsewhere, as they will be after the write. */
export interface MilestoneReferences {
  responsibleRole: string | null;
  responsibleCommitteeCode: string | null;
  frameworkRevision: number | null;
  followUpRoundId: string | null;
}

/**
 * 400 naming each field whose target does not exist in the budget year, or whose pair is
 * wrong: exactly one responsible (role or committee), at most one link.
 */
export async function assertReferences(m: EntityManager, budgetYear: number, refs: MilestoneReferences): Promise<void> {
  const errors: string[] = [];
  if ((refs.responsibleRole === null) === (refs.responsibleCommitteeCode === null)) {
    errors.push('responsibleRole: angiv præcis én af responsibleRole og responsibleCommitteeCode');
  }
  if (refs.frameworkRevision !== null && refs.followUpRoundId !== null) {
    errors.push('frameworkRevision: en milepæl kan højst linke til én ting (frameworkRevision eller followUpRoundId)');
  }
  if (refs.responsibleCommitteeCode !== null) {
    const found = await m.query(`SELECT 1 FROM committees WHERE code = $1`, [refs.responsibleCommitteeCode]);
    if (found.length === 0) errors.push(`responsibleCommitteeCode: udvalget ${refs.responsibleCommitteeCode} findes ikke`);
  }
  if (refs.frameworkRevision !== null && !(await findFramework(m, budgetYear, refs.frameworkRevision))) {
    errors.push(`frameworkRevision: budget ${budgetYear} har ingen revision ${refs.frameworkRevision} af rammeudmeldingen`);
  }
  if (refs.followUpRoundId !== null) {
    const found = await m.query(`SELECT 1 FROM follow_up_rounds WHERE id = $1 AND budget_year = $2`, [refs.followUpRoundId, budgetYear]);
    if (found.length === 0) errors.push(`followUpRoundId: opfølgningsrunden findes ikke i budget ${budgetYear}`);
  }
  if (errors.length) throw new BadRequestException(errors);
}

/**
 * Two fields of which one is in force (responsible role or committee; framework or round link):
 * sending one as a value clears the other, sending both as values is left to `assertReferences`,
 * and an omitted field keeps what it was.
 */
export function mergePair<A, B>(before: [A | null, B | null], sent: [A | null | undefined, B | null | undefined]): [A | null, B | null] {
  const [a, b] = sent;
  if (a != null && b == null) return [a, null];
  if (b != null && a == null) return [null, b];
  return [a === undefined ? before[0] : a, b === undefined ? before[1] : b];
}
