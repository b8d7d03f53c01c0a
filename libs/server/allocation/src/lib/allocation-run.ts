import { EntityManager } from 'typeorm';
import { isoUtc } from '@budgetspor/server/common';

export type RunStatus = 'queued' | 'running' | 'succeeded' | 'failed';

/** An allocation run as the API returns it (API.md "Allocation"), plus a few extras. */
export interface AllocationRunDto {
  id: string;
  budgetYear: number;
  frameworkRevision: number | null;
  status: RunStatus;
  error?: string;
  queuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  generation: number;
  allocationMethod: 'top_down' | 'bids' | null;
  reason: string;
  requestedBy: string;
  attempts: number;
}

/** The columns of a run as the API returns it; add more after it in the same SELECT. */
export const RUN_COLUMNS = `
  id, budget_year AS "budgetYear", framework_revision AS "frameworkRevision", status, error,
  ${isoUtc('queued_at')} AS "queuedAt", ${isoUtc('started_at')} AS "startedAt", ${isoUtc('finished_at')} AS "finishedAt",
  generation, allocation_method AS "allocationMethod", reason, requested_by AS "requestedBy", attempts`;

export const RUNS_SQL = `SELECT ${RUN_COLUMNS} FROM allocation_runs`;

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function toRunDto(row: AllocationRunDto & { error: string | null }): AllocationRunDto {
  const { error, ...rest } = row;
  return error ? { ...rest, error } : rest;
}

export async function findRun(m: EntityManager, id: string): Promise<AllocationRunDto | null> {
  if (!UUID_PATTERN.test(id)) return null;
  const rows = await m.query(`${RUNS_SQL} WHERE id = $1`, [id]);
  return rows[0] ? toRunDto(rows[0]) : null;
}
