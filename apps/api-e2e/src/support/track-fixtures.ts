import { startTestApp, TestApp } from './test-app';

export interface TracksTestApp {
  t: TestApp;
  /** A finance user's token and email: the audit actor of the writes made with it. */
  finance: string;
  financeEmail: string;
}

/**
 * The real app on a fresh database with the test organisation plus Børn- og Ungeudvalget,
 * so the Odense example "Sammenhængende velfærdsressourcer" can be entered as in the report.
 */
export async function startTracksTestApp(): Promise<TracksTestApp> {
  const t = await startTestApp();
  await t.createOrganisation();
  const admin = await t.adminToken();
  await expectCreated(t.request('POST', '/api/administrations', { token: admin, body: { code: 'BUF', name: 'Børn- og Ungeforvaltningen' } }));
  await expectCreated(t.request('POST', '/api/committees', { token: admin, body: { code: 'BUU', name: 'Børn- og Ungeudvalget', administrationCode: 'BUF' } }));
  const finance = await t.tokenFor('finance');
  const me = await t.request('GET', '/api/auth/me', { token: finance });
  return { t, finance, financeEmail: me.body.email };
}

async function expectCreated(response: Promise<{ status: number; body: unknown }>): Promise<void> {
  const res = await response;
  if (res.status !== 201) throw new Error(`set-up failed: ${res.status} ${JSON.stringify(res.body)}`);
}

/** The POST body of the Odense track SVR, shares deliberately unsorted and in non-canonical spelling. */
export function svrBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code: 'SVR',
    name: 'Sammenhængende velfærdsressourcer',
    administrationCode: 'ÆHF',
    startYear: 2013,
    shares: [
      { committeeCode: 'ÆHU', weight: '1' },
      { committeeCode: 'SAU', weight: '1.500' },
      { committeeCode: 'BUU', weight: '0.333333' },
    ],
    ...overrides,
  };
}
