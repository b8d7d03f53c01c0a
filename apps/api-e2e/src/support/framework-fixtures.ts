import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from './test-app';

export interface FrameworksTestApp {
  t: TestApp;
  /** Tokens; the finance user's email, the audit actor of its writes, is finance1@test.dk. */
  finance: string;
  director: string;
  committee: string;
}

/**
 * The real app on a fresh database with the test organisation, a user of each reading and
 * writing role, and five tracks modelled on Odense's (codes shortened). `ÅBEN` is there for
 * ordering: Å (U+00C5) comes before Æ (U+00C6) by code point, though Danish collation puts Å last.
 */
export async function startFrameworksTestApp(): Promise<FrameworksTestApp> {
  const t = await startTestApp();
  await t.createOrganisation();
  const [finance, director, committee] = await Promise.all([t.tokenFor('finance'), t.tokenFor('director'), t.tokenFor('committee', ['SAU'])]);
  await insertTrack(t, 'SELV', 'SAF', { SAU: '1' });
  await insertTrack(t, 'SVR', 'SAF', { SAU: '1', ÆHU: '1' });
  await insertTrack(t, 'ÆLIV', 'ÆHF', { ÆHU: '1' });
  await insertTrack(t, 'ÅBEN', 'BMF', { ØU: '1' });
  await insertTrack(t, 'VIF', 'BMF', { ØU: '1' });
  return { t, finance, director, committee };
}

/**
 * Tracks straight into the tables (the tracks API is a colleague's and may not exist yet).
 * `shares` maps committee code → weight; the committees must exist (`createOrganisation`).
 */
export async function insertTrack(t: TestApp, code: string, administrationCode: string, shares: Record<string, string>): Promise<void> {
  const db = t.app.get(DataSource);
  await db.query(`INSERT INTO tracks (code, name, administration_code, start_year) VALUES ($1, $2, $3, 2013)`, [code, `Spor ${code}`, administrationCode]);
  for (const [committee, weight] of Object.entries(shares)) {
    await db.query(`INSERT INTO track_shares (track_code, committee_code, weight) VALUES ($1, $2, $3)`, [code, committee, weight]);
  }
}

/** The audit rows of one resource, oldest first (GET /api/audit is not built yet). */
export function auditRows(t: TestApp, entityType: string, entityId: string): Promise<{ actor: string; action: string; before: unknown; after: unknown }[]> {
  return t.app.get(DataSource).query(
    `SELECT actor, action, before, after FROM audit_log WHERE entity_type = $1 AND entity_id = $2 ORDER BY id`,
    [entityType, entityId],
  );
}

/** A draft round, created through the API. */
export async function createBudgetYear(t: TestApp, token: string, year: number): Promise<void> {
  const res = await t.request('POST', '/api/budget-years', { token, body: { year, title: `Budget ${year}` } });
  if (res.status !== 201) throw new Error(`budget year ${year}: ${res.status} ${JSON.stringify(res.body)}`);
}

/** A valid framework body for `year` (pool of 100 mio. kr. a year); override what a test is about. */
export function frameworkBody(year: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    decidedOn: '2012-02-08',
    decidedBy: 'ØU',
    title: `Rammeudmelding for budget ${year}`,
    allocationMethod: 'top_down',
    pool: Object.fromEntries([0, 1, 2, 3].map((i) => [String(year + i), '100000000'])),
    trackWeights: [{ trackCode: 'SELV', weight: '1' }],
    ...overrides,
  };
}
