import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { assertYearOpen, BudgetYearRow } from '@budgetspor/server/budget-years';
import { validationMessages } from '@budgetspor/server/common';
import { CreateFrameworkDto, currentFramework, diffFrameworks, FrameworkDiffDto, FrameworkDto, FrameworksService, poolErrors } from '@budgetspor/server/frameworks';
import { compareCodePoints, normaliseWeight, parseKroner, toKronerString } from '@budgetspor/shared/money';
import { FRAMEWORK_SHEET, FrameworkFile, locateMessages, readFrameworkSheet } from './framework-file';
import { ImportError } from './import-report';
import { readSpreadsheet, UploadedFile } from './sheet-reader';

/** The most rows a framework file may have: a pool for four years and a weight per track. */
const MAX_FRAMEWORK_ROWS = 10_000;

/** A revision as it would be (dry run) or was created; `createdAt` is null in a dry run. */
export type FrameworkPreview = Omit<FrameworkDto, 'createdAt'> & { createdAt: string | null };

export interface FrameworkImportReport {
  dryRun: boolean;
  applied: boolean;
  errors: ImportError[];
  framework: FrameworkPreview | null;
  diff: FrameworkDiffDto | null;
}

/**
 * Framework import: the next revision of a budget year's framework announcement from the
 * framework file. Validated as POST …/frameworks validates its body (the same DTO, the same
 * pool and track checks), with each message placed at its cell; the real run then creates the
 * revision through FrameworksService.create, so it is audited and queues a recompute exactly
 * like a posted one.
 */
@Injectable()
export class FrameworkImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly frameworks: FrameworksService,
  ) {}

  async import(year: number, file: UploadedFile, dryRun: boolean, actor: string): Promise<FrameworkImportReport> {
    const budgetYear = await this.dataSource.transaction((m) => assertYearOpen(m, year));
    const sheet = await readSpreadsheet(file, { sheet: FRAMEWORK_SHEET, maxRows: MAX_FRAMEWORK_ROWS });
    const parsed = readFrameworkSheet(sheet);
    const m = this.dataSource.manager;
    const dto = plainToInstance(CreateFrameworkDto, parsed.body);
    const errors = [...parsed.errors, ...(await this.bodyErrors(m, sheet.sheet, dto, parsed, budgetYear))];
    const refused = { dryRun, applied: false, errors, framework: null, diff: null };
    if (errors.length) return refused;
    const current = await currentFramework(m, year);
    if (dryRun) {
      const preview = previewRevision(dto, year, (current?.revision ?? 0) + 1, actor);
      return { ...refused, framework: preview, diff: current ? diffFrameworks(current, preview as FrameworkDto) : null };
    }
    const created = await this.frameworks.create(year, dto, actor);
    const previous = created.revision > 1 ? await this.frameworks.get(year, created.revision - 1) : null;
    return { ...refused, applied: true, framework: created, diff: previous ? diffFrameworks(previous, created) : null };
  }

  /** What POST …/frameworks would refuse: the DTO's rules, the pool's years and amounts, unknown tracks. */
  private async bodyErrors(m: EntityManager, sheet: string, dto: CreateFrameworkDto, parsed: FrameworkFile, budgetYear: BudgetYearRow): Promise<ImportError[]> {
    const messages = validationMessages(await validate(dto, { forbidUnknownValues: false }));
    messages.push(...poolErrors(parsed.body.pool, budgetYear.periodYears));
    const codes = dto.trackWeights.map((w) => w.trackCode);
    const known: { code: string }[] = await m.query(`SELECT code FROM tracks WHERE code = ANY($1::text[])`, [codes]);
    const knownCodes = new Set(known.map((k) => k.code));
    codes.forEach((code, i) => {
      if (!knownCodes.has(code)) messages.push(`trackWeights.${i}.trackCode: sporet ${code} findes ikke`);
    });
    return locateMessages(sheet, messages, parsed);
  }
}

/** The revision a valid body would become: amounts and weights canonical, weights in code point order. */
export function previewRevision(dto: CreateFrameworkDto, budgetYear: number, revision: number, actor: string): FrameworkPreview {
  const pool = Object.fromEntries(Object.entries(dto.pool).map(([year, amount]) => [year, toKronerString(parseKroner(amount, { wholeKroner: true }))]));
  return {
    budgetYear,
    revision,
    decidedOn: dto.decidedOn,
    decidedBy: dto.decidedBy,
    title: dto.title,
    allocationMethod: dto.allocationMethod,
    pool,
    trackWeights: dto.trackWeights
      .map((w) => ({ trackCode: w.trackCode, weight: normaliseWeight(w.weight) }))
      .sort((a, b) => compareCodePoints(a.trackCode, b.trackCode)),
    createdAt: null,
    createdBy: actor,
  };
}
