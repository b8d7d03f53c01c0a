import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@budgetspor/server/audit';
import { assertYearOpen, BudgetYearRow, findBudgetYear, lockAllocationInputs, periodText, requestRecompute } from '@budgetspor/server/budget-years';
import { BidEntryDto, BidsDto, ReplaceBidsDto } from './bids.dto';
import { currentFramework, existingCodes } from './framework-store';
import { FrameworkDto } from './frameworks.dto';
import { toWholeKroner } from './kroner';

const ENTRIES = `
  SELECT track_code AS "trackCode", committee_code AS "committeeCode", year, amount::text AS amount
    FROM bids WHERE budget_year = $1
   ORDER BY track_code COLLATE "C", committee_code COLLATE "C", year`;

/** Bids (bud): in bids mode each administration states what it expects to realise per track, committee and year. */
@Injectable()
export class BidsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(year: number): Promise<BidsDto> {
    const m = this.dataSource.manager;
    const budgetYear = await findBudgetYear(m, year);
    return readBids(m, budgetYear, await currentFramework(m, year));
  }

  /** Replaces all of the year's bids in one transaction, under the year's row lock. */
  replace(year: number, dto: ReplaceBidsDto, actor: string): Promise<BidsDto> {
    return this.dataSource.transaction(async (m) => {
      await lockAllocationInputs(m, 'shared');
      const budgetYear = await assertYearOpen(m, year);
      const framework = await currentFramework(m, year);
      assertBidsMode(year, framework);
      const errors = await entryErrors(m, dto.entries, budgetYear.periodYears);
      if (errors.length) throw new BadRequestException(errors);
      const before = await readBids(m, budgetYear, framework);
      await m.query(`DELETE FROM bids WHERE budget_year = $1`, [year]);
      await m.query(
        `INSERT INTO bids (budget_year, track_code, committee_code, year, amount)
         SELECT $1, * FROM unnest($2::text[], $3::text[], $4::int[], $5::bigint[])`,
        [year, ...columns(dto.entries)],
      );
      const after = await readBids(m, budgetYear, framework);
      await this.audit.record(m, { actor, action: 'replace', entityType: 'bids', entityId: String(year), before, after });
      await requestRecompute(m, year, 'bids', actor);
      return after;
    });
  }
}

function assertBidsMode(year: number, framework: FrameworkDto | null): asserts framework is FrameworkDto {
  if (!framework) {
    throw new ConflictException(`Budgetåret ${year} har endnu ingen rammeudmelding; bud kræver en rammeudmelding med allocationMethod "bids"`);
  }
  if (framework.allocationMethod !== 'bids') {
    throw new ConflictException(
      `Den gældende rammeudmelding for budgetåret ${year} (revision ${framework.revision}) fordeler top-down; bud kræver allocationMethod "bids"`,
    );
  }
}

/**
 * Each entry's year must lie in the period, its track and committee must exist, and the
 * committee must hold a share of the track: a bid is a track × committee × year cell, and a
 * committee outside the track's shares has no cell to follow up on.
 */
async function entryErrors(m: EntityManager, entries: BidEntryDto[], periodYears: number[]): Promise<string[]> {
  const trackCodes = entries.map((e) => e.trackCode);
  const tracks = await existingCodes(m, 'tracks', trackCodes);
  const committees = await existingCodes(m, 'committees', entries.map((e) => e.committeeCode));
  const shareRows: { track: string; committee: string }[] = await m.query(
    `SELECT track_code AS track, committee_code AS committee FROM track_shares WHERE track_code = ANY($1::text[])`,
    [trackCodes],
  );
  const shares = new Set(shareRows.map((s) => JSON.stringify([s.track, s.committee])));
  return entries.flatMap((e, i) => {
    const at = `entries.${i}`;
    const errors: string[] = [];
    if (!periodYears.includes(e.year)) errors.push(`${at}.year: ${e.year} ligger uden for budgetperioden ${periodText(periodYears[0])}`);
    if (!tracks.has(e.trackCode)) errors.push(`${at}.trackCode: sporet ${e.trackCode} findes ikke`);
    if (!committees.has(e.committeeCode)) errors.push(`${at}.committeeCode: udvalget ${e.committeeCode} findes ikke`);
    else if (tracks.has(e.trackCode) && !shares.has(JSON.stringify([e.trackCode, e.committeeCode]))) {
      errors.push(`${at}.committeeCode: udvalget ${e.committeeCode} har ingen andel i sporet ${e.trackCode}`);
    }
    return errors;
  });
}

function columns(entries: BidEntryDto[]): [string[], string[], number[], string[]] {
  return [
    entries.map((e) => e.trackCode),
    entries.map((e) => e.committeeCode),
    entries.map((e) => e.year),
    entries.map((e) => toWholeKroner(e.amount).toString()),
  ];
}

async function readBids(m: EntityManager, budgetYear: BudgetYearRow, framework: FrameworkDto | null): Promise<BidsDto> {
  const entries: BidEntryDto[] = await m.query(ENTRIES, [budgetYear.year]);
  return {
    budgetYear: budgetYear.year,
    frameworkRevision: framework?.revision ?? null,
    allocationMethod: framework?.allocationMethod ?? null,
    entries,
    ...summariseBids(entries, budgetYear.periodYears, framework?.pool ?? null),
  };
}

/** Sum of bids per period year, and the pool left uncovered (negative when over-bid). Exact: bigint kroner. */
export function summariseBids(entries: BidEntryDto[], periodYears: number[], pool: Record<string, string> | null): Pick<BidsDto, 'totals' | 'uncovered'> {
  const sums = new Map(periodYears.map((y) => [y, 0n]));
  for (const e of entries) sums.set(e.year, (sums.get(e.year) ?? 0n) + BigInt(e.amount));
  const perYear = (value: (year: number, sum: bigint) => bigint) =>
    Object.fromEntries(periodYears.map((y) => [String(y), value(y, sums.get(y) ?? 0n).toString()]));
  return {
    totals: perYear((_, sum) => sum),
    uncovered: pool ? perYear((y, sum) => BigInt(pool[String(y)] ?? '0') - sum) : null,
  };
}
