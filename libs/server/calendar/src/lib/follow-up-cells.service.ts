import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@budgetspor/server/audit';
import { assertYearOpen } from '@budgetspor/server/budget-years';
import { actorOf, AuthUser } from '@budgetspor/server/common';
import { SavingsService } from '@budgetspor/server/savings';
import { CellsQuery, ConfirmCellDto, FollowUpCellDto } from './follow-up-rounds.dto';
import { assertRoundOpen, CellRow, cellDtoSql, findRoundRow, toCell } from './round-store';
import { isUuid } from './uuid';

/**
 * The cells of a follow-up round: what each committee enters or confirms in it. A cell is a
 * savings row; confirming it writes the row through SavingsService (the same checks, version
 * and audit as PATCH /api/savings/:id) and marks it confirmed in the round.
 */
@Injectable()
export class FollowUpCellsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly savings: SavingsService,
  ) {}

  async list(roundId: string, query: CellsQuery): Promise<FollowUpCellDto[]> {
    const m = this.dataSource.manager;
    await findRoundRow(m, roundId);
    const rows: CellRow[] = await m.query(cellDtoSql('$1::uuid[]'), [[roundId], query.trackCode ?? null, query.committeeCode ?? null, null]);
    return rows.map(toCell);
  }

  /**
   * Checked before anything is written: the row exists (404), the user may edit it (403), the
   * round exists (404), is open (409) and follows up on the row's budget year (404).
   * The row's write and the confirmation are two transactions, because SavingsService runs its
   * own; should finance close the round in the moment between them, the row keeps the new
   * values (as after a PATCH) and the answer is 409 saying it was not confirmed.
   */
  async confirm(roundId: string, savingId: string, dto: ConfirmCellDto, user: AuthUser): Promise<FollowUpCellDto> {
    const m = this.dataSource.manager;
    const saving = await savingOwner(m, savingId);
    assertMayConfirm(user, saving.committeeCode);
    const round = await findRoundRow(m, roundId);
    assertRoundOpen(round);
    if (saving.budgetYear !== round.budgetYear) {
      throw new NotFoundException(`Besparelsesrækken ${savingId} hører til budget ${saving.budgetYear}, ikke til runden for budget ${round.budgetYear}`);
    }
    const before = await cellIn(m, roundId, savingId);
    await this.savings.update(savingId, { forecast: dto.forecast, status: dto.status, comment: dto.comment, version: dto.version }, user);
    return this.dataSource.transaction(async (t) => {
      await assertYearOpen(t, round.budgetYear);
      if ((await findRoundRow(t, roundId)).status !== 'open') {
        throw new ConflictException(`${round.title} blev lukket, mens du gemte: besparelsesrækken er ændret, men ikke bekræftet i runden`);
      }
      await t.query(
        `INSERT INTO follow_up_confirmations (round_id, saving_id, confirmed_by) VALUES ($1, $2, $3)
         ON CONFLICT (round_id, saving_id) DO UPDATE SET confirmed_by = EXCLUDED.confirmed_by, confirmed_at = now()`,
        [roundId, savingId, actorOf(user)],
      );
      const after = await cellIn(t, roundId, savingId);
      await this.audit.record(t, {
        actor: actorOf(user), action: 'confirm', entityType: 'follow_up_cell', entityId: `${roundId}/${savingId}`, before, after,
      });
      return after;
    });
  }
}

async function savingOwner(m: EntityManager, savingId: string): Promise<{ budgetYear: number; committeeCode: string }> {
  const rows = isUuid(savingId)
    ? await m.query(`SELECT budget_year AS "budgetYear", committee_code AS "committeeCode" FROM savings WHERE id = $1`, [savingId])
    : [];
  if (rows.length === 0) throw new NotFoundException(`Besparelsesrækken ${savingId} findes ikke`);
  return rows[0];
}

/** The rule of PATCH /api/savings/:id, checked up front so that nothing is written for a refused user. */
function assertMayConfirm(user: AuthUser, committeeCode: string): void {
  if (user.role === 'finance' || (user.role === 'committee' && user.committeeCodes.includes(committeeCode))) return;
  throw new ForbiddenException(`Du må kun bekræfte celler for dine egne udvalg; denne hører til udvalget ${committeeCode}`);
}

async function cellIn(m: EntityManager, roundId: string, savingId: string): Promise<FollowUpCellDto> {
  const [row]: CellRow[] = await m.query(cellDtoSql('$1::uuid[]'), [[roundId], null, null, savingId]);
  return toCell(row);
}
