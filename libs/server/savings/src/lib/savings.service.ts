import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@budgetspor/server/audit';
import { assertYearOpen, findBudgetYear } from '@budgetspor/server/budget-years';
import { actorOf, AuthUser, definedOnly, isoUtc, kronerFromNumeric, updateVersioned } from '@budgetspor/server/common';
import { kronerConverter } from '@budgetspor/server/price-levels';
import { SavingsListQuery } from './query-params';
import { SavingsListRowDto, SavingsRowDto, UpdateSavingsDto } from './savings.dto';

/**
 * Amounts leave PostgreSQL as text (a JS number would round them) and become canonical in
 * `toRow`; the timestamp as ISO text, so the row in the audit log is the row the API returned.
 */
const rowsFrom = (from: string) => `
  SELECT s.id, s.track_code AS "trackCode", s.committee_code AS "committeeCode", s.year,
         s.expected::text AS expected, s.forecast::text AS forecast, s.realised::text AS realised,
         s.status, s.comment, s.version,
         ${isoUtc('s.updated_at')} AS "updatedAt",
         s.updated_by AS "updatedBy"
    FROM ${from}`;
const ROWS = rowsFrom('savings s');

/** The savings' stable order: codes by code point (`ÆHU` after `SAU` in every locale), then year. */
const ORDER = `ORDER BY s.track_code COLLATE "C", s.committee_code COLLATE "C", s.year`;

/** What the cell is, which never changes once the allocation has created the row. */
interface CellKey {
  budgetYear: number;
  trackCode: string;
  committeeCode: string;
  year: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Savings follow-up (opfølgning): one row per track × committee × year of a budget round.
 * The allocation job creates the rows and keeps `expected` current; here committees and
 * finance enter forecast, realised, status and comment.
 */
@Injectable()
export class SavingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * The round's rows in stable order; a page of them when `limit`/`offset` are given. 404 for
   * an unknown year; with `priceLevel`, 400 when an index is missing (checked before the rows are read).
   */
  async list(budgetYear: number, query: SavingsListQuery): Promise<SavingsListRowDto[]> {
    const m = this.dataSource.manager;
    const round = await findBudgetYear(m, budgetYear);
    const { priceLevel } = query;
    const kroner = priceLevel === undefined ? null : await kronerConverter(m, priceLevel, round.priceLevelYear);
    // LIMIT NULL and OFFSET NULL mean "no limit" and "from the start". The page is cut in a
    // subquery and only its rows are turned into text: a page deep in a large round sorts
    // thousands of rows, and formatting all of them was a third of the query (bench/RESULTS.md).
    const rows = await m.query(
      `${rowsFrom(`(SELECT * FROM savings s
        WHERE s.budget_year = $1 AND ($2::text IS NULL OR s.track_code = $2) AND ($3::text IS NULL OR s.committee_code = $3)
        ${ORDER} LIMIT $4 OFFSET $5) s`)}
        ${ORDER}`,
      [budgetYear, query.trackCode ?? null, query.committeeCode ?? null, query.limit ?? null, query.offset ?? null],
    );
    const list: SavingsRowDto[] = rows.map(toRow);
    if (kroner === null) return list;
    return list.map((row) => ({
      ...row,
      expected: kroner(row.expected),
      forecast: row.forecast === null ? null : kroner(row.forecast),
      realised: row.realised === null ? null : kroner(row.realised),
      priceLevel,
    }));
  }

  /** One row as the API returns it; 404 when unknown. `lock` holds it until the transaction ends. */
  async get(id: string, m: EntityManager = this.dataSource.manager, lock = false): Promise<SavingsRowDto> {
    const rows = await byId<SavingsRowDto>(m, `${ROWS} WHERE s.id = $1${lock ? ' FOR UPDATE' : ''}`, id);
    return toRow(rows[0]);
  }

  /**
   * Finance may change any row, a committee user only its own committees' rows: that depends
   * on the row, so it is checked here rather than by `@Roles`. The round must be open, and
   * the version current (one conditional UPDATE, so of two writers with one version only one wins).
   */
  update(id: string, dto: UpdateSavingsDto, user: AuthUser): Promise<SavingsRowDto> {
    return this.dataSource.transaction(async (m) => {
      const [cell] = await byId<CellKey>(
        m,
        `SELECT budget_year AS "budgetYear", track_code AS "trackCode", committee_code AS "committeeCode", year FROM savings WHERE id = $1`,
        id,
      );
      assertMayEdit(user, cell);
      // The year's lock first, as every write under a round takes it: it cannot close halfway.
      await assertYearOpen(m, cell.budgetYear);
      const before = await this.get(id, m, true);
      const changes = definedOnly({ forecast: dto.forecast, realised: dto.realised, status: dto.status, comment: dto.comment });
      await updateVersioned(m, 'savings', 'id', id, dto.version, { ...changes, updated_by: actorOf(user) }, cellName(cell));
      const after = await this.get(id, m);
      await this.audit.record(m, { actor: actorOf(user), action: 'update', entityType: 'savings', entityId: id, before, after });
      return after;
    });
  }
}

/** The rows `sql` finds for the id ($1); 404 when there are none, or when `id` cannot be a uuid. */
async function byId<T>(m: EntityManager, sql: string, id: string): Promise<T[]> {
  // Checked before PostgreSQL sees it: a malformed uuid there is an error, here simply unknown.
  const rows: T[] = UUID.test(id) ? await m.query(sql, [id]) : [];
  if (rows.length === 0) throw new NotFoundException(`Besparelsesrækken ${id} findes ikke`);
  return rows;
}

function assertMayEdit(user: AuthUser, cell: CellKey): void {
  if (user.role === 'finance' || (user.role === 'committee' && user.committeeCodes.includes(cell.committeeCode))) return;
  const own = user.committeeCodes.length ? user.committeeCodes.join(', ') : 'ingen';
  throw new ForbiddenException(
    `Du må kun rette besparelser for dine egne udvalg (${own}); denne række hører til udvalget ${cell.committeeCode}`,
  );
}

/** "Besparelsen for SELV, SAU, 2014 (budget 2014)", for messages. */
function cellName(cell: CellKey): string {
  return `Besparelsen for ${cell.trackCode}, ${cell.committeeCode}, ${cell.year} (budget ${cell.budgetYear})`;
}

function toRow(row: SavingsRowDto): SavingsRowDto {
  return {
    ...row,
    expected: kronerFromNumeric(row.expected),
    forecast: row.forecast === null ? null : kronerFromNumeric(row.forecast),
    realised: row.realised === null ? null : kronerFromNumeric(row.realised),
  };
}
