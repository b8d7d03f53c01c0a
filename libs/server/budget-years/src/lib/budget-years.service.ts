import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@budgetspor/server/audit';
import { definedOnly, updateVersioned } from '@budgetspor/server/common';
import { assertYearOpen, BUDGET_YEARS_SQL, BudgetYearRow, findBudgetYear, toBudgetYear } from './budget-year';
import { BUDGET_YEAR_STATUSES, BudgetYearDto, BudgetYearStatus, CreateBudgetYearDto, UpdateBudgetYearDto } from './budget-years.dto';

const FORWARD = BUDGET_YEAR_STATUSES.join(' → ');

/** Budget rounds (budgetår): created in draft, moved forward until closed (read-only). */
@Injectable()
export class BudgetYearsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<BudgetYearDto[]> {
    const rows = await this.dataSource.query(`${BUDGET_YEARS_SQL} ORDER BY year`);
    return rows.map(toBudgetYear);
  }

  get(year: number): Promise<BudgetYearDto> {
    return findBudgetYear(this.dataSource.manager, year);
  }

  create(dto: CreateBudgetYearDto, actor: string): Promise<BudgetYearDto> {
    return this.dataSource.transaction(async (m) => {
      // ON CONFLICT waits for a concurrent insert of the same year, so two creators cannot both win.
      const inserted = await m.query(
        `INSERT INTO budget_years (year, title, price_level_year) VALUES ($1, $2, $3)
         ON CONFLICT (year) DO NOTHING RETURNING year`,
        [dto.year, dto.title, dto.priceLevelYear ?? dto.year],
      );
      if (inserted.length === 0) throw new ConflictException(`Budgetåret ${dto.year} findes allerede`);
      return this.recordChange(m, actor, 'create', dto.year, null);
    });
  }

  update(year: number, dto: UpdateBudgetYearDto, actor: string): Promise<BudgetYearDto> {
    return this.dataSource.transaction(async (m) => {
      const before = await assertYearOpen(m, year);
      if (dto.status !== undefined) assertForward(year, before.status, dto.status);
      await updateVersioned(m, 'budget_years', 'year', String(year), dto.version,
        definedOnly({ title: dto.title, price_level_year: dto.priceLevelYear, status: dto.status }), `Budgetåret ${year}`);
      return this.recordChange(m, actor, 'update', year, before);
    });
  }

  /**
   * The first framework announcement (rammeudmelding) moves a draft round on. Runs in the
   * caller's transaction, which must already hold the year's lock (`assertYearOpen`).
   */
  async markFrameworkAnnounced(m: EntityManager, before: BudgetYearRow, actor: string): Promise<void> {
    if (before.status !== 'draft') return;
    await m.query(
      `UPDATE budget_years SET status = 'framework_announced', version = version + 1, updated_at = now() WHERE year = $1`,
      [before.year],
    );
    await this.recordChange(m, actor, 'update', before.year, before);
  }

  private async recordChange(m: EntityManager, actor: string, action: string, year: number, before: BudgetYearRow | null): Promise<BudgetYearDto> {
    const after = await findBudgetYear(m, year);
    await this.audit.record(m, { actor, action, entityType: 'budget_year', entityId: String(year), before, after });
    return after;
  }
}

function assertForward(year: number, from: BudgetYearStatus, to: BudgetYearStatus): void {
  const step = BUDGET_YEAR_STATUSES.indexOf(to) - BUDGET_YEAR_STATUSES.indexOf(from);
  if (step > 0) return;
  const what = step === 0 ? `har allerede status ${to}` : `kan ikke gå tilbage fra ${from} til ${to}`;
  throw new ConflictException(`Budgetåret ${year} ${what}; status går kun fremad: ${FORWARD}`);
}
