import { ConflictException, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BudgetYearDto } from './budget-years.dto';

/** A budget year as the API returns it; what `assertYearOpen` hands to other domains. */
export type BudgetYearRow = BudgetYearDto;

/** A round covers its budget year and three projection years (overslagsår). */
export const PERIOD_LENGTH = 4;

export function periodYears(year: number): number[] {
  return Array.from({ length: PERIOD_LENGTH }, (_, i) => year + i);
}

/** "2014–2017", for messages. */
export function periodText(year: number): string {
  return `${year}–${year + PERIOD_LENGTH - 1}`;
}

export const BUDGET_YEARS_SQL = `SELECT year, title, price_level_year AS "priceLevelYear", status, version FROM budget_years`;

export function toBudgetYear(row: Omit<BudgetYearDto, 'periodYears'>): BudgetYearRow {
  return { year: row.year, title: row.title, priceLevelYear: row.priceLevelYear, status: row.status, periodYears: periodYears(row.year), version: row.version };
}

/** The budget year, 404 when unknown. `lock` takes the row lock (only meaningful inside a transaction). */
export async function findBudgetYear(manager: EntityManager, year: number, lock = false): Promise<BudgetYearRow> {
  const rows = await manager.query(`${BUDGET_YEARS_SQL} WHERE year = $1${lock ? ' FOR UPDATE' : ''}`, [year]);
  if (rows.length === 0) throw new NotFoundException(`Budgetåret ${year} findes ikke`);
  return toBudgetYear(rows[0]);
}

/**
 * For every write under a budget year: locks the year's row until the transaction ends and
 * refuses a closed year. The lock serialises writers of one round (revision numbers, bids,
 * status changes), so a year cannot be closed halfway through someone else's write.
 * Call it inside a transaction, before anything else the write reads.
 */
export async function assertYearOpen(manager: EntityManager, year: number): Promise<BudgetYearRow> {
  const row = await findBudgetYear(manager, year, true);
  if (row.status === 'closed') {
    throw new ConflictException(`Budgetåret ${year} er lukket, og intet under det kan ændres længere`);
  }
  return row;
}
