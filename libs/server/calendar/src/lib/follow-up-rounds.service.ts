import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@budgetspor/server/audit';
import { assertYearOpen, findBudgetYear } from '@budgetspor/server/budget-years';
import { actorOf, AuthUser } from '@budgetspor/server/common';
import { danishDate } from './dates';
import { CloseRoundDto, FollowUpRoundDto, OpenRoundDto } from './follow-up-rounds.dto';
import { assertRoundOpen, findRound, findRoundRow, FREEZE_SNAPSHOT, withProgress, yearRoundRows } from './round-store';

/**
 * Follow-up rounds (budgetopfølgning "pr. 30. juni"): finance opens one per budget year at a
 * time, committees confirm their cells in it (FollowUpCellsService), finance closes it, which
 * freezes every cell of the year into the round's snapshot for good.
 */
@Injectable()
export class FollowUpRoundsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(budgetYear: number): Promise<FollowUpRoundDto[]> {
    const m = this.dataSource.manager;
    await findBudgetYear(m, budgetYear);
    return withProgress(m, await yearRoundRows(m, budgetYear));
  }

  /** The round as the API returns it; 404 when unknown. Pass a transaction's manager to read inside it. */
  get(id: string, m: EntityManager = this.dataSource.manager): Promise<FollowUpRoundDto> {
    return findRound(m, id);
  }

  open(budgetYear: number, dto: OpenRoundDto, user: AuthUser): Promise<FollowUpRoundDto> {
    if (dto.deadline < dto.asOf) throw new BadRequestException([`deadline: må ikke ligge før asOf (${dto.asOf})`]);
    return this.dataSource.transaction(async (m) => {
      await assertYearOpen(m, budgetYear);
      // The year's lock serialises openers, so this check and the insert cannot interleave.
      const open = (await yearRoundRows(m, budgetYear)).find((r) => r.status === 'open');
      if (open) throw new ConflictException(`Budget ${budgetYear} har allerede en åben opfølgningsrunde (${open.title}); luk den først`);
      const [{ id }] = await m.query(
        `INSERT INTO follow_up_rounds (budget_year, as_of, deadline, title, opened_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [budgetYear, dto.asOf, dto.deadline, dto.title ?? `Budgetopfølgning pr. ${danishDate(dto.asOf)}`, actorOf(user)],
      );
      return this.recordChange(m, user, 'create', id, null);
    });
  }

  /**
   * Freezes every savings row of the budget year as it stands now (expected, forecast, realised,
   * status, comment, who changed it last and when, who confirmed it in the round and when),
   * then marks the round closed. The year's lock keeps savings writes out meanwhile.
   */
  close(id: string, dto: CloseRoundDto, user: AuthUser): Promise<FollowUpRoundDto> {
    return this.dataSource.transaction(async (m) => {
      const { budgetYear } = await findRoundRow(m, id);
      await assertYearOpen(m, budgetYear);
      const round = await findRoundRow(m, id, true);
      assertRoundOpen(round);
      if (round.version !== dto.version) {
        throw new ConflictException(
          `${round.title} er blevet ændret af en anden, siden du hentede version ${dto.version}. Hent den nyeste version, og prøv igen.`,
        );
      }
      const before = (await withProgress(m, [round]))[0];
      await m.query(FREEZE_SNAPSHOT, [id]);
      await m.query(
        `UPDATE follow_up_rounds SET status = 'closed', closed_by = $2, closed_at = now(), version = version + 1, updated_at = now()
          WHERE id = $1`,
        [id, actorOf(user)],
      );
      return this.recordChange(m, user, 'close', id, before);
    });
  }

  private async recordChange(m: EntityManager, user: AuthUser, action: string, id: string, before: FollowUpRoundDto | null): Promise<FollowUpRoundDto> {
    const after = await findRound(m, id);
    await this.audit.record(m, { actor: actorOf(user), action, entityType: 'follow_up_round', entityId: id, before, after });
    return after;
  }
}
