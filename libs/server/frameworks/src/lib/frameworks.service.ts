import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@budgetspor/server/audit';
import { assertYearOpen, BudgetYearsService, findBudgetYear, lockAllocationInputs, requestRecompute } from '@budgetspor/server/budget-years';
import { diffFrameworks } from './framework-diff';
import { currentFramework, existingCodes, findFramework, insertFramework, listFrameworks } from './framework-store';
import { CreateFrameworkDto, FrameworkDiffDto, FrameworkDto } from './frameworks.dto';
import { poolErrors } from './kroner';

/** Framework announcements (rammeudmeldinger): revised by appending, never edited. */
@Injectable()
export class FrameworksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly budgetYears: BudgetYearsService,
  ) {}

  async list(year: number): Promise<FrameworkDto[]> {
    await findBudgetYear(this.dataSource.manager, year);
    return listFrameworks(this.dataSource.manager, year);
  }

  async current(year: number): Promise<FrameworkDto> {
    await findBudgetYear(this.dataSource.manager, year);
    const framework = await currentFramework(this.dataSource.manager, year);
    if (!framework) throw new NotFoundException(`Budgetåret ${year} har endnu ingen rammeudmelding`);
    return framework;
  }

  async get(year: number, revision: number, m: EntityManager = this.dataSource.manager): Promise<FrameworkDto> {
    await findBudgetYear(m, year);
    const framework = await findFramework(m, year, revision);
    if (!framework) throw new NotFoundException(`Budgetåret ${year} har ingen revision ${revision} af rammeudmeldingen`);
    return framework;
  }

  async diff(year: number, from: number, to: number): Promise<FrameworkDiffDto> {
    return diffFrameworks(await this.get(year, from), await this.get(year, to));
  }

  /**
   * Appends the next revision. The year's row lock (assertYearOpen) serialises concurrent
   * announcements, so revision numbers are gapless and unique, and the first one moves a
   * draft round to framework_announced in the same transaction.
   */
  create(year: number, dto: CreateFrameworkDto, actor: string): Promise<FrameworkDto> {
    return this.dataSource.transaction(async (m) => {
      await lockAllocationInputs(m, 'shared');
      const budgetYear = await assertYearOpen(m, year);
      const errors = [...poolErrors(dto.pool, budgetYear.periodYears), ...(await unknownTracks(m, dto))];
      if (errors.length) throw new BadRequestException(errors);
      const revision = await insertFramework(m, year, dto, actor);
      const after = await this.get(year, revision, m);
      await this.audit.record(m, { actor, action: 'create', entityType: 'framework', entityId: `${year}/${revision}`, before: null, after });
      await this.budgetYears.markFrameworkAnnounced(m, budgetYear, actor);
      await requestRecompute(m, year, 'framework', actor);
      return after;
    });
  }
}

async function unknownTracks(m: EntityManager, dto: CreateFrameworkDto): Promise<string[]> {
  const known = await existingCodes(m, 'tracks', dto.trackWeights.map((w) => w.trackCode));
  return dto.trackWeights.flatMap((w, i) => (known.has(w.trackCode) ? [] : [`trackWeights.${i}.trackCode: sporet ${w.trackCode} findes ikke`]));
}
