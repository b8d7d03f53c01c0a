import { createBudgetYear, frameworkBody } from './framework-fixtures';
import { TestApp } from './test-app';

/** A person the browser tests log in as. */
export interface Person {
  email: string;
  password: string;
  name: string;
}

/** GET …/allocation once a run of the year has settled (the fields the tests read). */
export interface SettledAllocation {
  run: { id: string; status: string };
  cells: { trackCode: string; committeeCode: string; year: number; amount: string }[];
  uncovered?: Record<string, string>;
}

/** What a framework revision says; the rest comes from `frameworkBody` (decided by ØU, top-down). */
export interface FrameworkFixture {
  year: number;
  /** Year → pool in kroner. */
  pool: Record<string, string>;
  /** Track code → weight, posted in this order. */
  trackWeights: Record<string, string>;
  /** `Rammeudmelding <year>` unless given. */
  title?: string;
  /** 6 February of the year before unless given. */
  decidedOn?: string;
}

/** `person` as a user of `role` (committee users for `committeeCodes`), created by the admin. */
export async function createUser(
  t: TestApp,
  person: Person,
  role: 'admin' | 'finance' | 'committee' | 'director',
  committeeCodes: string[] = [],
): Promise<void> {
  const res = await t.request('POST', '/api/users', { token: await t.adminToken(), body: { ...person, role, committeeCodes } });
  if (res.status !== 201) throw new Error(`${role} user: ${res.status} ${JSON.stringify(res.body)}`);
}

/**
 * A track through the API, each of `shares` (committee codes) with weight 1; administration SAF
 * and start year 2014 unless given.
 */
export async function createTrack(
  t: TestApp,
  token: string,
  track: { code: string; name: string; administrationCode?: string; startYear?: number; shares: string[] },
): Promise<void> {
  const { code, name, administrationCode = 'SAF', startYear = 2014 } = track;
  const shares = track.shares.map((committeeCode) => ({ committeeCode, weight: '1' }));
  const res = await t.request('POST', '/api/tracks', { token, body: { code, name, administrationCode, startYear, shares } });
  if (res.status !== 201) throw new Error(`track ${code}: ${res.status} ${JSON.stringify(res.body)}`);
}

/** A framework revision of an existing budget year, through the API. */
export async function createFramework(t: TestApp, token: string, framework: FrameworkFixture): Promise<void> {
  const { year, pool, trackWeights, title = `Rammeudmelding ${year}`, decidedOn = `${year - 1}-02-06` } = framework;
  const weights = Object.entries(trackWeights).map(([trackCode, weight]) => ({ trackCode, weight }));
  const body = frameworkBody(year, { decidedOn, title, pool, trackWeights: weights });
  const res = await t.request('POST', `/api/budget-years/${year}/frameworks`, { token, body });
  if (res.status !== 201) throw new Error(`framework ${year}: ${res.status} ${JSON.stringify(res.body)}`);
}

/** A budget round: the budget year (`Budget <year>`) and its first framework revision. */
export async function createRound(t: TestApp, token: string, framework: FrameworkFixture): Promise<void> {
  await createBudgetYear(t, token, framework.year);
  await createFramework(t, token, framework);
}

/**
 * Waits until the newest allocation run of `year` has succeeded and is the current one (and is
 * `runId` when given), then returns the allocation. Needs an app started with RUN_WORKER.
 */
export async function settledAllocation(t: TestApp, token: string, year: number, runId?: string): Promise<SettledAllocation> {
  for (let i = 0; i < 600; i++) {
    const latest = (await t.request('GET', `/api/budget-years/${year}/allocation-runs?limit=1`, { token })).body[0];
    const current = await t.request('GET', `/api/budget-years/${year}/allocation`, { token });
    if (latest?.status === 'succeeded' && current.body.run?.id === latest.id && (!runId || latest.id === runId)) return current.body;
    if (latest?.status === 'failed') throw new Error(`the allocation of ${year} failed: ${latest.error}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the allocation of ${year} did not settle`);
}
