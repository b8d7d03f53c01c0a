import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@budgetspor/server/audit';
import { lockAllocationInputs, requestRecompute, yearsUsingTrack } from '@budgetspor/server/budget-years';
import { CODE_PATTERN, definedOnly, updateVersioned } from '@budgetspor/server/common';
import { normaliseWeight } from '@budgetspor/shared/money';
import { CreateTrackDto, TrackDto, TrackShareDto, UpdateTrackDto } from './tracks.dto';

/**
 * One row per track with its shares as a JSON array. Weights go out as text (a JSON number
 * would round them) and in code point order, so `ÆHU` sorts after `SAU` in every locale.
 */
const TRACKS = `
  SELECT t.code, t.name, t.description, t.administration_code AS "administrationCode",
         t.start_year AS "startYear", t.status,
         t.depends_on_free_municipality AS "dependsOnFreeMunicipality",
         COALESCE((SELECT json_agg(json_build_object('committeeCode', s.committee_code, 'weight', s.weight::text)
                                   ORDER BY s.committee_code COLLATE "C")
                     FROM track_shares s WHERE s.track_code = t.code), '[]'::json) AS shares,
         t.version
    FROM tracks t`;

/** Innovation tracks (innovationsspor): who owns them, when they start, how committees share them. */
@Injectable()
export class TracksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(m: EntityManager = this.dataSource.manager): Promise<TrackDto[]> {
    const rows: TrackDto[] = await m.query(`${TRACKS} ORDER BY t.code COLLATE "C"`);
    return rows.map(canonical);
  }

  /** The track as the API returns it; 404 when unknown. Pass a transaction's manager to read inside it. */
  async get(code: string, m: EntityManager = this.dataSource.manager): Promise<TrackDto> {
    const rows: TrackDto[] = await byCode(m, `${TRACKS} WHERE t.code = $1`, code);
    return canonical(rows[0]);
  }

  create(dto: CreateTrackDto, actor: string): Promise<TrackDto> {
    return this.dataSource.transaction(async (m) => {
      await requireReferences(m, dto);
      const inserted = await m.query(
        `INSERT INTO tracks (code, name, description, administration_code, start_year, status, depends_on_free_municipality)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (code) DO NOTHING RETURNING code`,
        [dto.code, dto.name, dto.description ?? null, dto.administrationCode, dto.startYear, dto.status ?? 'active', dto.dependsOnFreeMunicipality ?? false],
      );
      // ON CONFLICT waits for a concurrent insert of the same code, so two creators cannot both win.
      if (inserted.length === 0) throw new ConflictException(`Sporet ${dto.code} findes allerede`);
      await insertShares(m, dto.code, dto.shares);
      return this.recordChange(m, actor, 'create', dto.code, null);
    });
  }

  update(code: string, dto: UpdateTrackDto, actor: string): Promise<TrackDto> {
    return this.dataSource.transaction(async (m) => {
      if (dto.shares !== undefined || dto.startYear !== undefined || dto.status !== undefined) {
        await lockAllocationInputs(m, 'exclusive');
      }
      // Lock first, so `before` (read after the lock) is exactly the state this write replaces.
      // NO KEY UPDATE: a framework revision naming this track (a foreign key, KEY SHARE) may
      // still commit meanwhile, so the two writers cannot deadlock over track and year locks.
      await byCode(m, `SELECT 1 FROM tracks WHERE code = $1 FOR NO KEY UPDATE`, code);
      const before = await this.get(code, m);
      await requireReferences(m, dto);
      await updateVersioned(m, 'tracks', 'code', code, dto.version, columnsOf(dto), `Sporet ${code}`);
      // Only after the version check won: a stale writer must not touch the shares.
      if (dto.shares) {
        await m.query(`DELETE FROM track_shares WHERE track_code = $1`, [code]);
        await insertShares(m, code, dto.shares);
      }
      const after = await this.recordChange(m, actor, 'update', code, before);
      if (changesAllocation(before, after)) {
        for (const year of await yearsUsingTrack(m, code)) await requestRecompute(m, year, 'track', actor);
      }
      return after;
    });
  }

  /** Every write ends here, inside its transaction, with its audit row. */
  private async recordChange(m: EntityManager, actor: string, action: 'create' | 'update', code: string, before: TrackDto | null): Promise<TrackDto> {
    const after = await this.get(code, m);
    await this.audit.record(m, { actor, action, entityType: 'track', entityId: code, before, after });
    return after;
  }
}

/** The rows `sql` finds for the track `code` ($1); 404 when there are none. */
async function byCode<T>(m: EntityManager, sql: string, code: string): Promise<T[]> {
  // A key that cannot be a code (e.g. one holding U+0000, which PostgreSQL refuses) is simply unknown.
  const rows: T[] = CODE_PATTERN.test(code) ? await m.query(sql, [code]) : [];
  if (rows.length === 0) throw new NotFoundException(`Sporet ${code} findes ikke`);
  return rows;
}

/** Weights as PostgreSQL's numeric(21,6) text ("1.000000") in their canonical API form ("1"). */
function canonical(track: TrackDto): TrackDto {
  return { ...track, shares: track.shares.map((s) => ({ committeeCode: s.committeeCode, weight: normaliseWeight(s.weight) })) };
}

/** The PATCH fields that were sent, as table columns (`shares` lives in its own table). */
function columnsOf(dto: UpdateTrackDto): Record<string, unknown> {
  return definedOnly({
    name: dto.name,
    description: dto.description,
    administration_code: dto.administrationCode,
    start_year: dto.startYear,
    status: dto.status,
    depends_on_free_municipality: dto.dependsOnFreeMunicipality,
  });
}

/** 400 naming each field that points at an administration or committee that does not exist. */
async function requireReferences(m: EntityManager, dto: { administrationCode?: string; shares?: TrackShareDto[] }): Promise<void> {
  const errors: string[] = [];
  if (dto.administrationCode !== undefined) {
    const found = await m.query(`SELECT 1 FROM administrations WHERE code = $1`, [dto.administrationCode]);
    if (found.length === 0) errors.push(`administrationCode: forvaltningen ${dto.administrationCode} findes ikke`);
  }
  if (dto.shares) {
    const codes = dto.shares.map((s) => s.committeeCode);
    const rows: { code: string }[] = await m.query(`SELECT code FROM committees WHERE code = ANY($1::text[])`, [codes]);
    const known = new Set(rows.map((r) => r.code));
    codes.forEach((code, i) => {
      if (!known.has(code)) errors.push(`shares.${i}.committeeCode: udvalget ${code} findes ikke`);
    });
  }
  if (errors.length) throw new BadRequestException(errors);
}

async function insertShares(m: EntityManager, trackCode: string, shares: TrackShareDto[]): Promise<void> {
  await m.query(
    `INSERT INTO track_shares (track_code, committee_code, weight)
     SELECT $1, s.committee_code, s.weight FROM unnest($2::text[], $3::numeric[]) AS s (committee_code, weight)`,
    [trackCode, shares.map((s) => s.committeeCode), shares.map((s) => s.weight)],
  );
}

/** Shares, start year and status decide a track's part of the pool; name and texts do not. */
function changesAllocation(before: TrackDto, after: TrackDto): boolean {
  return (
    before.status !== after.status ||
    before.startYear !== after.startYear ||
    JSON.stringify(before.shares) !== JSON.stringify(after.shares)
  );
}
