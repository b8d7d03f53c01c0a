import { BadRequestException, ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@budgetspor/server/audit';
import { actorOf, AuthUser, updateVersioned } from '@budgetspor/server/common';
import { getGoal, getIndicator, getValue, lockRow } from './effect-store';
import { IndicatorFields, indicatorErrors, valueErrors } from './indicator-rules';
import { CreateIndicatorDto, IndicatorDto, IndicatorValueDto, PutIndicatorValueDto, UpdateIndicatorDto } from './indicators.dto';
import { putVersioned } from './put-versioned';

/**
 * Indicators of effect goals and their yearly values. Finance and admin define indicators;
 * the yearly values may also be entered by committee users for goals their committees own.
 */
@Injectable()
export class IndicatorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  get(id: string): Promise<IndicatorDto> {
    return getIndicator(this.dataSource.manager, id);
  }

  create(goalId: string, dto: CreateIndicatorDto, actor: string): Promise<IndicatorDto> {
    return this.dataSource.transaction(async (m) => {
      // KEY SHARE via the foreign key would do for existence; the 404 wants the goal's own message.
      await getGoal(m, goalId);
      const fields = fieldsOf(dto, null);
      requireValid(fields);
      const columns = { goal_id: goalId, name: dto.name, description: dto.description ?? null, ...indicatorColumns(fields) };
      const names = Object.keys(columns);
      const [{ id }] = await m.query(
        `INSERT INTO effect_indicators (${names.join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
        Object.values(columns),
      );
      const after = await getIndicator(m, id);
      await this.audit.record(m, { actor, action: 'create', entityType: 'effect_indicator', entityId: id, before: null, after });
      return after;
    });
  }

  update(id: string, dto: UpdateIndicatorDto, actor: string): Promise<IndicatorDto> {
    return this.dataSource.transaction(async (m) => {
      await lockRow(m, 'effect_indicators', id, 'Indikatoren');
      const before = await getIndicator(m, id);
      const fields = fieldsOf(dto, before);
      requireValid(fields);
      if (fields.kind !== before.kind && before.values.length > 0) {
        throw new ConflictException(`Indikatoren har allerede værdier for ${before.values.map((v) => v.year).join(', ')} og kan ikke skifte kind`);
      }
      // The whole merged indicator: the rules were checked on it, so it is what gets written.
      const changes = { name: dto.name ?? before.name, description: dto.description === undefined ? before.description : dto.description, ...indicatorColumns(fields) };
      await updateVersioned(m, 'effect_indicators', 'id', id, dto.version, changes, `Indikatoren ${before.name}`);
      const after = await getIndicator(m, id);
      await this.audit.record(m, { actor, action: 'update', entityType: 'effect_indicator', entityId: id, before, after });
      return after;
    });
  }

  /** Creates or replaces one year's value; `created` tells the controller 201 from 200. */
  putValue(id: string, year: number, dto: PutIndicatorValueDto, user: AuthUser): Promise<{ created: boolean; value: IndicatorValueDto }> {
    return this.dataSource.transaction(async (m) => {
      const indicator = await getIndicator(m, id);
      await assertMayEnterValues(m, user, indicator);
      const errors = valueErrors(indicator.kind, dto);
      if (errors.length) throw new BadRequestException(errors);
      const before = await getValue(m, id, year);
      const created = await putVersioned(m, {
        table: 'effect_indicator_values',
        key: { indicator_id: id, year },
        columns: {
          value: dto.value ?? null,
          source_note: dto.sourceNote ?? null,
          assessment: dto.assessment ?? null,
          status: dto.status ?? null,
          updated_by: actorOf(user),
        },
        version: dto.version,
        what: `Værdien for ${year} af indikatoren ${indicator.name}`,
      });
      const after = (await getValue(m, id, year)) as IndicatorValueDto;
      await this.audit.record(m, {
        actor: actorOf(user),
        action: created ? 'create' : 'update',
        entityType: 'effect_indicator_value',
        entityId: `${id}/${year}`,
        before,
        after,
      });
      return { created, value: after };
    });
  }
}

function indicatorColumns(f: IndicatorFields): Record<string, unknown> {
  return {
    kind: f.kind,
    unit: f.unit,
    direction: f.direction,
    baseline_year: f.baselineYear,
    baseline_value: f.baselineValue,
    target_year: f.targetYear,
    target_value: f.targetValue,
  };
}

/** The defining fields as sent, falling back to `current` for a PATCH. */
function fieldsOf(dto: Partial<CreateIndicatorDto>, current: IndicatorDto | null): IndicatorFields {
  const pick = <K extends keyof IndicatorFields>(key: K): IndicatorFields[K] =>
    (dto[key] === undefined ? (current?.[key] ?? null) : dto[key]) as IndicatorFields[K];
  return {
    kind: pick('kind'),
    unit: pick('unit'),
    direction: pick('direction'),
    baselineYear: pick('baselineYear'),
    baselineValue: pick('baselineValue'),
    targetYear: pick('targetYear'),
    targetValue: pick('targetValue'),
  };
}

function requireValid(fields: IndicatorFields): void {
  const errors = indicatorErrors(fields);
  if (errors.length) throw new BadRequestException(errors);
}

/**
 * Finance and admin enter any indicator's values; a committee user those of goals owned by
 * one of its committees. Depends on the goal, so it is checked here rather than by `@Roles`.
 */
async function assertMayEnterValues(m: EntityManager, user: AuthUser, indicator: IndicatorDto): Promise<void> {
  if (user.role === 'finance' || user.role === 'admin') return;
  const goal = await getGoal(m, indicator.goalId);
  if (user.role === 'committee' && goal.committeeCodes.some((code) => user.committeeCodes.includes(code))) return;
  const owners = goal.committeeCodes.length ? goal.committeeCodes.join(', ') : 'intet udvalg (kun økonomi)';
  const own = user.committeeCodes.length ? user.committeeCodes.join(', ') : 'ingen';
  throw new ForbiddenException(
    `Du må kun indtaste værdier for indikatorer under mål, dine egne udvalg (${own}) ejer; målet "${goal.title}" ejes af ${owners}`,
  );
}
