import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@budgetspor/server/audit';
import { assertYearOpen, findBudgetYear } from '@budgetspor/server/budget-years';
import { actorOf, AuthUser, definedOnly, updateVersioned } from '@budgetspor/server/common';
import { buildCalendarFeed } from './calendar-feed';
import { shiftYears } from './dates';
import {
  assertReferences,
  findMilestone,
  MILESTONE_COLUMNS,
  MILESTONE_ORDER,
  MilestoneReferences,
  MilestoneRow,
  mergePair,
  milestoneYear,
  withWarnings,
  yearMilestones,
} from './milestone-store';
import { CreateMilestoneDto, MilestoneDto, UpcomingMilestoneDto, UpdateMilestoneDto } from './milestones.dto';

/** "Today" is the municipality's day, whatever the server's clock zone. */
export const MUNICIPALITY_TIME_ZONE = 'Europe/Copenhagen';

/**
 * The budget year's calendar (årshjul): dated milestones such as ØU's framework announcement
 * and the council's two readings. Finance writes; everyone reads; a closed year is read-only.
 */
@Injectable()
export class MilestonesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(budgetYear: number): Promise<MilestoneDto[]> {
    const m = this.dataSource.manager;
    await findBudgetYear(m, budgetYear);
    return yearMilestones(m, budgetYear);
  }

  /** The year's calendar as iCalendar text; 404 for an unknown year. */
  async calendarFeed(budgetYear: number): Promise<string> {
    const milestones = await this.list(budgetYear);
    const committees: { code: string; name: string }[] = await this.dataSource.query(`SELECT code, name FROM committees`);
    return buildCalendarFeed(budgetYear, milestones, new Map(committees.map((c) => [c.code, c.name])));
  }

  get(id: string): Promise<MilestoneDto> {
    return findMilestone(this.dataSource.manager, id);
  }

  create(budgetYear: number, dto: CreateMilestoneDto, user: AuthUser): Promise<MilestoneDto> {
    return this.dataSource.transaction(async (m) => {
      await assertYearOpen(m, budgetYear);
      const refs = referencesOf(dto, { responsibleRole: null, responsibleCommitteeCode: null, frameworkRevision: null, followUpRoundId: null });
      await assertReferences(m, budgetYear, refs);
      const [{ id }] = await m.query(
        `INSERT INTO milestones (budget_year, date, title, description, kind, responsible_role, responsible_committee_code,
                                 status, framework_revision, follow_up_round_id, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [budgetYear, dto.date, dto.title, dto.description ?? '', dto.kind, refs.responsibleRole, refs.responsibleCommitteeCode,
          dto.status ?? 'planned', refs.frameworkRevision, refs.followUpRoundId, actorOf(user)],
      );
      return this.recordChange(m, user, 'create', id, null);
    });
  }

  update(id: string, dto: UpdateMilestoneDto, user: AuthUser): Promise<MilestoneDto> {
    return this.dataSource.transaction(async (m) => {
      const budgetYear = await this.lockForWrite(m, id);
      const before = await findMilestone(m, id);
      const refs = referencesOf(dto, before);
      await assertReferences(m, budgetYear, refs);
      const changes = definedOnly({
        date: dto.date, title: dto.title, description: dto.description, kind: dto.kind, status: dto.status,
        responsible_role: refs.responsibleRole, responsible_committee_code: refs.responsibleCommitteeCode,
        framework_revision: refs.frameworkRevision, follow_up_round_id: refs.followUpRoundId, updated_by: actorOf(user),
      });
      await updateVersioned(m, 'milestones', 'id', id, dto.version, changes, `Milepælen ${id}`);
      return this.recordChange(m, user, 'update', id, before);
    });
  }

  remove(id: string, version: number, user: AuthUser): Promise<void> {
    return this.dataSource.transaction(async (m) => {
      await this.lockForWrite(m, id);
      const before = await findMilestone(m, id);
      const [, deleted] = await m.query(`DELETE FROM milestones WHERE id = $1 AND version = $2`, [id, version]);
      if (deleted !== 1) {
        throw new ConflictException(
          `Milepælen ${id} er blevet ændret af en anden, siden du hentede version ${version}. Hent den nyeste version, og prøv igen.`,
        );
      }
      await this.audit.record(m, { actor: actorOf(user), action: 'delete', entityType: 'milestone', entityId: id, before, after: null });
    });
  }

  /**
   * Last year's calendar for this year: every milestone of `fromYear` moved by the difference
   * in years (29 February becomes 28 February), as planned and without links, which belonged
   * to the old round. Only into a year without milestones, so a second click copies nothing twice.
   */
  copyFrom(budgetYear: number, fromYear: number, user: AuthUser): Promise<MilestoneDto[]> {
    if (fromYear === budgetYear) throw new BadRequestException([`fromYear: skal være et andet budgetår end ${budgetYear}`]);
    return this.dataSource.transaction(async (m) => {
      await assertYearOpen(m, budgetYear);
      await findBudgetYear(m, fromYear);
      if ((await yearMilestones(m, budgetYear)).length > 0) {
        throw new ConflictException(`Budget ${budgetYear} har allerede milepæle; kopiér kun til et tomt årshjul`);
      }
      const source = await yearMilestones(m, fromYear);
      if (source.length === 0) throw new ConflictException(`Budget ${fromYear} har ingen milepæle at kopiere`);
      await m.query(
        `INSERT INTO milestones (budget_year, date, title, description, kind, responsible_role, responsible_committee_code, updated_by)
         SELECT $1, d.date, s.title, s.description, s.kind, s.responsible_role, s.responsible_committee_code, $4
           FROM unnest($2::uuid[], $3::date[]) AS d (id, date) JOIN milestones s ON s.id = d.id`,
        [budgetYear, source.map((s) => s.id), source.map((s) => shiftYears(s.date, budgetYear - fromYear)), actorOf(user)],
      );
      const created = await yearMilestones(m, budgetYear);
      for (const after of created) {
        await this.audit.record(m, { actor: actorOf(user), action: 'create', entityType: 'milestone', entityId: after.id, before: null, after });
      }
      return created;
    });
  }

  /**
   * The start page's list: milestones of open budget years that are not done, dated up to
   * `days` ahead, overdue ones (date passed) included however old. Finance runs the calendar
   * and sees all of them; everyone else those of their role or their committees.
   */
  async upcoming(user: AuthUser, days: number): Promise<UpcomingMilestoneDto[]> {
    const m = this.dataSource.manager;
    const rows: (MilestoneRow & { overdue: boolean })[] = await m.query(
      `WITH today AS (SELECT (now() AT TIME ZONE '${MUNICIPALITY_TIME_ZONE}')::date AS day)
       SELECT ${MILESTONE_COLUMNS}, m.date < today.day AS overdue
         FROM milestones m JOIN budget_years y ON y.year = m.budget_year AND y.status <> 'closed' CROSS JOIN today
        WHERE m.status <> 'done' AND m.date <= today.day + $1::int
          AND ($2 = 'finance' OR m.responsible_role = $2 OR m.responsible_committee_code = ANY($3::text[]))
        ${MILESTONE_ORDER}`,
      [days, user.role, user.committeeCodes],
    );
    return this.addYearWarnings(m, rows);
  }

  private async addYearWarnings(m: EntityManager, rows: (MilestoneRow & { overdue: boolean })[]): Promise<UpcomingMilestoneDto[]> {
    const years = [...new Set(rows.map((r) => r.budgetYear))];
    const calendars = new Map<number, MilestoneRow[]>();
    for (const year of years) calendars.set(year, await yearMilestones(m, year));
    return rows.map((row) => withWarnings(row.budgetYear, [row], calendars.get(row.budgetYear) ?? [])[0]);
  }

  /** For a write to an existing milestone: 404 when unknown, the year's lock (409 when closed), then the row's. */
  private async lockForWrite(m: EntityManager, id: string): Promise<number> {
    const budgetYear = await milestoneYear(m, id);
    await assertYearOpen(m, budgetYear);
    await m.query(`SELECT 1 FROM milestones WHERE id = $1 FOR UPDATE`, [id]);
    return budgetYear;
  }

  private async recordChange(m: EntityManager, user: AuthUser, action: string, id: string, before: MilestoneDto | null): Promise<MilestoneDto> {
    const after = await findMilestone(m, id);
    await this.audit.record(m, { actor: actorOf(user), action, entityType: 'milestone', entityId: id, before, after });
    return after;
  }
}

function referencesOf(dto: Partial<CreateMilestoneDto>, before: MilestoneReferences): MilestoneReferences {
  const [responsibleRole, responsibleCommitteeCode] = mergePair<string, string>(
    [before.responsibleRole, before.responsibleCommitteeCode],
    [dto.responsibleRole, dto.responsibleCommitteeCode],
  );
  const [frameworkRevision, followUpRoundId] = mergePair<number, string>(
    [before.frameworkRevision, before.followUpRoundId],
    [dto.frameworkRevision, dto.followUpRoundId],
  );
  return { responsibleRole, responsibleCommitteeCode, frameworkRevision, followUpRoundId };
}
