import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isoUtc } from '@budgetspor/server/common';

export interface AuditEntry {
  /** The user's email, or "system" for background jobs and start-up. */
  actor: string;
  action: string;
  entityType: string;
  /** The resource's id or key as in its URL. */
  entityId: string;
  /** The resource as the API returns it; null when created. */
  before: unknown;
  /** The resource as the API returns it; null when deleted. */
  after: unknown;
}

export interface AuditRow extends AuditEntry {
  id: string;
  at: string;
}

export const SYSTEM_ACTOR = 'system';

const RECORD_BATCH = 5000;

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends one row. Pass the transaction's manager so the audit row commits or rolls
   * back together with the change it describes.
   */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (actor, action, entity_type, entity_id, before, after)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [entry.actor, entry.action, entry.entityType, entry.entityId, json(entry.before), json(entry.after)],
    );
  }

  /**
   * Appends one row per entry, in order, with a statement per few thousand rather than per
   * row (an import may change tens of thousands of rows). Same transaction rule as `record`.
   */
  async recordMany(manager: EntityManager, entries: AuditEntry[]): Promise<void> {
    for (let i = 0; i < entries.length; i += RECORD_BATCH) {
      const batch = entries.slice(i, i + RECORD_BATCH);
      await manager.query(
        `INSERT INTO audit_log (actor, action, entity_type, entity_id, before, after)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::jsonb[])`,
        [
          batch.map((e) => e.actor),
          batch.map((e) => e.action),
          batch.map((e) => e.entityType),
          batch.map((e) => e.entityId),
          batch.map((e) => json(e.before)),
          batch.map((e) => json(e.after)),
        ],
      );
    }
  }

  async list(filter: { entityType?: string; entityId?: string; limit: number }): Promise<AuditRow[]> {
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT id::text AS id, ${isoUtc('at')} AS at,
              actor, action, entity_type AS "entityType", entity_id AS "entityId", before, after
         FROM audit_log
        WHERE ($1::text IS NULL OR entity_type = $1) AND ($2::text IS NULL OR entity_id = $2)
        ORDER BY audit_log.id DESC
        LIMIT $3`,
      [filter.entityType ?? null, filter.entityId ?? null, filter.limit],
    );
    return rows;
  }
}

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}
