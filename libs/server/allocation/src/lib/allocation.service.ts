import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AllocationInput, CellExplanation, explainCell } from '@budgetspor/shared/allocation';
import { assertYearOpen, findBudgetYear, requestRecompute } from '@budgetspor/server/budget-years';
import { kronerConverter } from '@budgetspor/server/price-levels';
import { AllocationRunDto, findRun, RUN_COLUMNS, RUNS_SQL, toRunDto, UUID_PATTERN } from './allocation-run';
import { Cell } from './allocation-snapshot';

export interface AllocationView {
  run: AllocationRunDto | null;
  cells: Cell[];
  unallocated: Record<string, string>;
  uncovered?: Record<string, string>;
  /** Only with `?priceLevel=`: the price level every amount above is shown at. */
  priceLevel?: number;
}

@Injectable()
export class AllocationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Queues a recompute of an open year; 404 unknown, 409 closed. */
  recompute(year: number, actor: string): Promise<{ runId: string }> {
    return this.dataSource.transaction(async (m) => {
      await assertYearOpen(m, year);
      const runId = await requestRecompute(m, year, 'manual', actor);
      return { runId: runId as string };
    });
  }

  async run(id: string): Promise<AllocationRunDto> {
    const run = await findRun(this.dataSource.manager, id);
    if (!run) throw new NotFoundException('Allokeringskørslen findes ikke');
    return run;
  }

  async runs(year: number, limit: number): Promise<AllocationRunDto[]> {
    await findBudgetYear(this.dataSource.manager, year);
    const rows = await this.dataSource.query(`${RUNS_SQL} WHERE budget_year = $1 ORDER BY queued_at DESC LIMIT $2`, [year, limit]);
    return rows.map(toRunDto);
  }

  /**
   * The current run's result, at the round's own price level or, with `priceLevel`, each
   * amount converted to that level (400 when an index is missing).
   */
  async current(year: number, priceLevel?: number): Promise<AllocationView> {
    if (priceLevel === undefined) return this.stored(year);
    const m = this.dataSource.manager;
    const kroner = await kronerConverter(m, priceLevel, (await findBudgetYear(m, year)).priceLevelYear);
    const view = await this.stored(year);
    const each = (amounts: Record<string, string>) => Object.fromEntries(Object.entries(amounts).map(([y, amount]) => [y, kroner(amount)]));
    return {
      ...view,
      cells: view.cells.map((c) => ({ ...c, amount: kroner(c.amount) })),
      unallocated: each(view.unallocated),
      ...(view.uncovered && { uncovered: each(view.uncovered) }),
      priceLevel,
    };
  }

  /** The current run alone, without its cells (null before the first run succeeded); 404 for an unknown year. */
  async currentRun(year: number): Promise<AllocationRunDto | null> {
    const m = this.dataSource.manager;
    const [row] = await m.query(`${RUNS_SQL} WHERE id = (SELECT current_run_id FROM budget_years WHERE year = $1)`, [year]);
    if (!row) await findBudgetYear(m, year);
    return row ? toRunDto(row) : null;
  }

  /** The newest run that succeeded and became current, as it was stored. */
  private async stored(year: number): Promise<AllocationView> {
    const m = this.dataSource.manager;
    // One query for the run and its result. The cells come as JSON text and are parsed
    // here: for tens of thousands of cells that is much cheaper than rows through the driver.
    const [row] = await m.query(
      `SELECT ${RUN_COLUMNS}, unallocated, uncovered, cells::text AS cells
         FROM allocation_runs WHERE id = (SELECT current_run_id FROM budget_years WHERE year = $1)`,
      [year],
    );
    if (!row) {
      await findBudgetYear(m, year); // 404 for an unknown year
      return { run: null, cells: [], unallocated: {} };
    }
    const { unallocated, uncovered, cells: json, ...run } = row;
    const cells = (JSON.parse(json ?? '[]') as Cell[]).filter((c) => c.amount !== '0');
    const view: AllocationView = { run: toRunDto(run), cells, unallocated: unallocated ?? {} };
    if (uncovered) view.uncovered = uncovered;
    return view;
  }

  /** Why a cell of a run has its amount (top-down runs). */
  async explain(runId: string, key: { trackCode: string; committeeCode: string; year: number }): Promise<CellExplanation> {
    const [row] = UUID_PATTERN.test(runId)
      ? await this.dataSource.query(`SELECT status, allocation_method AS method, inputs FROM allocation_runs WHERE id = $1`, [runId])
      : [];
    if (!row) throw new NotFoundException('Allokeringskørslen findes ikke');
    const { status, method, inputs } = row;
    if (status !== 'succeeded' || method !== 'top_down') {
      throw new BadRequestException(['Kun gennemførte top-down-kørsler kan forklares; i budmodellen er beløbet selve buddet']);
    }
    const explanation = explainCell(inputs as AllocationInput, key);
    if (!explanation) throw new NotFoundException('Kørslen har ingen sådan celle');
    return explanation;
  }
}
