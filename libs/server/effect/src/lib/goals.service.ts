import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@budgetspor/server/audit';
import { definedOnly, updateVersioned } from '@budgetspor/server/common';
import { getGoal, listGoals, lockRow } from './effect-store';
import { CreateEffectGoalDto, EffectGoalDto, GoalLevel, GoalListQuery, UpdateEffectGoalDto } from './goals.dto';

/** A goal's fields that the rules look at together, after a POST or a merged PATCH. */
interface GoalShape {
  id: string | null;
  level: GoalLevel;
  parentId: string | null;
  committeeCodes: string[];
  trackCodes: string[];
}

/**
 * Effect goals (effektmål): the Odensemål and the committees' goals that contribute to them,
 * with the committees that own them and the tracks that serve them. Two levels only: a
 * committee goal may sit under an Odensemål, an Odensemål under nothing.
 */
@Injectable()
export class GoalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(query: GoalListQuery): Promise<EffectGoalDto[]> {
    return listGoals(this.dataSource.manager, query);
  }

  get(id: string): Promise<EffectGoalDto> {
    return getGoal(this.dataSource.manager, id);
  }

  create(dto: CreateEffectGoalDto, actor: string): Promise<EffectGoalDto> {
    return this.dataSource.transaction(async (m) => {
      const shape: GoalShape = { id: null, level: dto.level, parentId: dto.parentId ?? null, committeeCodes: dto.committeeCodes ?? [], trackCodes: dto.trackCodes ?? [] };
      await requireValidGoal(m, shape);
      const [{ id }] = await m.query(
        `INSERT INTO effect_goals (title, description, level, parent_id) VALUES ($1, $2, $3, $4) RETURNING id`,
        [dto.title, dto.description ?? null, dto.level, shape.parentId],
      );
      await replaceLinks(m, id, shape);
      const after = await getGoal(m, id);
      await this.audit.record(m, { actor, action: 'create', entityType: 'effect_goal', entityId: id, before: null, after });
      return after;
    });
  }

  update(id: string, dto: UpdateEffectGoalDto, actor: string): Promise<EffectGoalDto> {
    return this.dataSource.transaction(async (m) => {
      // Lock first, so `before` is exactly what this write replaces, and so a goal being
      // placed under this one (which takes FOR SHARE on it) waits for the level we set.
      await lockRow(m, 'effect_goals', id, 'Effektmålet');
      const before = await getGoal(m, id);
      const shape: GoalShape = {
        id,
        level: dto.level ?? before.level,
        parentId: dto.parentId === undefined ? before.parentId : dto.parentId,
        committeeCodes: dto.committeeCodes ?? before.committeeCodes,
        trackCodes: dto.trackCodes ?? before.trackCodes,
      };
      await requireValidGoal(m, shape);
      const changes = definedOnly({ title: dto.title, description: dto.description, level: dto.level, parent_id: dto.parentId });
      await updateVersioned(m, 'effect_goals', 'id', id, dto.version, changes, `Effektmålet ${before.title}`);
      // Only after the version check won: a stale writer must not touch the links.
      if (dto.committeeCodes !== undefined || dto.trackCodes !== undefined) await replaceLinks(m, id, shape);
      const after = await getGoal(m, id);
      await this.audit.record(m, { actor, action: 'update', entityType: 'effect_goal', entityId: id, before, after });
      return after;
    });
  }
}

/** 400 naming each field that breaks a rule or points at something that does not exist. */
async function requireValidGoal(m: EntityManager, goal: GoalShape): Promise<void> {
  const errors = [
    ...(await parentErrors(m, goal)),
    ...(await childErrors(m, goal)),
    ...(await missingCodes(m, 'committees', 'committeeCodes', 'udvalget', goal.committeeCodes)),
    ...(await missingCodes(m, 'tracks', 'trackCodes', 'sporet', goal.trackCodes)),
  ];
  if (goal.level === 'committee' && goal.committeeCodes.length === 0) {
    errors.push('committeeCodes: et udvalgsmål skal have mindst ét udvalg');
  }
  if (errors.length) throw new BadRequestException(errors);
}

async function parentErrors(m: EntityManager, goal: GoalShape): Promise<string[]> {
  if (goal.parentId === null) return [];
  if (goal.level === 'municipal') return ['parentId: et Odensemål (level municipal) ligger ikke under et andet mål; send null'];
  if (goal.parentId === goal.id) return ['parentId: et mål kan ikke ligge under sig selv'];
  // FOR SHARE: the parent cannot become a committee goal until this write is done.
  const [parent] = await m.query(`SELECT level FROM effect_goals WHERE id = $1 FOR SHARE`, [goal.parentId]);
  if (!parent) return [`parentId: effektmålet ${goal.parentId} findes ikke`];
  if (parent.level !== 'municipal') return ['parentId: skal være et Odensemål (level municipal), ikke et udvalgsmål'];
  return [];
}

async function childErrors(m: EntityManager, goal: GoalShape): Promise<string[]> {
  if (goal.id === null || goal.level === 'municipal') return [];
  const children = await m.query(`SELECT 1 FROM effect_goals WHERE parent_id = $1 LIMIT 1`, [goal.id]);
  return children.length ? ['level: målet har udvalgsmål under sig og skal derfor forblive municipal'] : [];
}

/** `field.i: <what> X findes ikke` for each code the table does not have. */
async function missingCodes(m: EntityManager, table: 'committees' | 'tracks', field: string, what: string, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows: { code: string }[] = await m.query(`SELECT code FROM ${table} WHERE code = ANY($1::text[])`, [codes]);
  const known = new Set(rows.map((r) => r.code));
  return codes.flatMap((code, i) => (known.has(code) ? [] : [`${field}.${i}: ${what} ${code} findes ikke`]));
}

async function replaceLinks(m: EntityManager, id: string, goal: GoalShape): Promise<void> {
  await m.query(`DELETE FROM effect_goal_committees WHERE goal_id = $1`, [id]);
  await m.query(`INSERT INTO effect_goal_committees (goal_id, committee_code) SELECT $1, unnest($2::text[])`, [id, goal.committeeCodes]);
  await m.query(`DELETE FROM effect_goal_tracks WHERE goal_id = $1`, [id]);
  await m.query(`INSERT INTO effect_goal_tracks (goal_id, track_code) SELECT $1, unnest($2::text[])`, [id, goal.trackCodes]);
}
