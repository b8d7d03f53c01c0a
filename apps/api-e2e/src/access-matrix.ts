/**
 * Who may call which endpoint: the access-control matrix of API.md, read by
 * access-matrix.spec.ts. `ok` means the role gets past authentication and authorisation
 * (the answer may still be a 2xx or a 4xx about the body); 401 and 403 must be exactly that.
 * Paths use the fixtures the spec creates: budget year 2030, track MX, committees SAU (own)
 * and ØU (other), a savings row of SAU (`{saving}`) and a user (`{user}`).
 */
export type Expect = 'ok' | 401 | 403;
export type Role = 'anonymous' | 'admin' | 'finance' | 'director' | 'committeeOwn' | 'committeeOther';

export const ROLES: Role[] = ['anonymous', 'admin', 'finance', 'director', 'committeeOwn', 'committeeOther'];

//                                                                                     anonymous admin finance director own  other
export const MATRIX: [method: string, path: string, body: unknown, expect: Expect[]][] = [
  ['GET', '/api/users', undefined,                                                     [401, 'ok', 403, 403, 403, 403]],
  ['POST', '/api/users', { email: 'x' },                                               [401, 'ok', 403, 403, 403, 403]],
  ['PATCH', '/api/users/{user}', { version: 999 },                                     [401, 'ok', 403, 403, 403, 403]],
  ['POST', '/api/users/{user}/password', { password: 'kort' },                         [401, 'ok', 403, 403, 403, 403]],
  ['POST', '/api/administrations', { code: '' },                                       [401, 'ok', 'ok', 403, 403, 403]],
  ['PATCH', '/api/administrations/BMF', { version: 999 },                              [401, 'ok', 'ok', 403, 403, 403]],
  ['POST', '/api/committees', { code: '' },                                            [401, 'ok', 'ok', 403, 403, 403]],
  ['PATCH', '/api/committees/SAU', { version: 999 },                                   [401, 'ok', 'ok', 403, 403, 403]],
  ['POST', '/api/budget-years', { year: 'x' },                                         [401, 403, 'ok', 403, 403, 403]],
  ['PATCH', '/api/budget-years/2030', { version: 999 },                                [401, 403, 'ok', 403, 403, 403]],
  ['POST', '/api/tracks', { code: '' },                                                [401, 403, 'ok', 403, 403, 403]],
  ['PATCH', '/api/tracks/MX', { version: 999 },                                        [401, 403, 'ok', 403, 403, 403]],
  ['POST', '/api/budget-years/2030/frameworks', { title: 1 },                          [401, 403, 'ok', 403, 403, 403]],
  ['PUT', '/api/budget-years/2030/bids', { entries: 'x' },                             [401, 403, 'ok', 403, 403, 403]],
  ['POST', '/api/budget-years/2030/allocation/recompute', undefined,                   [401, 403, 'ok', 403, 403, 403]],
  ['PATCH', '/api/savings/{saving}', { version: 999 },                                 [401, 403, 'ok', 403, 'ok', 403]],
  // Imports without a file (400 once past the guards); which rows a committee may change is checked per row.
  ['POST', '/api/budget-years/2030/savings/import?dryRun=true', undefined,             [401, 403, 'ok', 403, 'ok', 'ok']],
  ['POST', '/api/budget-years/2030/frameworks/import?dryRun=true', undefined,          [401, 403, 'ok', 403, 403, 403]],
  ['GET', '/api/audit/export', undefined,                                              [401, 'ok', 'ok', 'ok', 403, 403]],
  ['GET', '/api/budget-years/2030/savings/export', undefined,                          [401, 'ok', 'ok', 'ok', 'ok', 'ok']],
  ['GET', '/api/audit', undefined,                                                     [401, 'ok', 'ok', 'ok', 403, 403]],
  ['GET', '/api/budget-years/2030/savings', undefined,                                 [401, 'ok', 'ok', 'ok', 'ok', 'ok']],
  ['GET', '/api/budget-years/2030/realisation', undefined,                             [401, 'ok', 'ok', 'ok', 'ok', 'ok']],
  ['GET', '/api/budget-years/2030/reports/director.pdf', undefined,                    [401, 'ok', 'ok', 'ok', 'ok', 'ok']],
  ['GET', '/api/budget-years/2030/reports/committee/SAU.pdf', undefined,               [401, 'ok', 'ok', 'ok', 'ok', 'ok']],
  ['GET', '/api/tracks', undefined,                                                    [401, 'ok', 'ok', 'ok', 'ok', 'ok']],
  ['POST', '/api/auth/password', { currentPassword: 'x', newPassword: 'kort' },        [401, 'ok', 'ok', 'ok', 'ok', 'ok']],
  // Effect goals: ids that exist nowhere, so allowed roles get 404 ('ok'); a committee user's
  // right to an indicator's values depends on the goal's committees (effect-goals.spec.ts).
  ['POST', '/api/effect-goals', { title: '' },                                         [401, 'ok', 'ok', 403, 403, 403]],
  ['PATCH', '/api/effect-goals/00000000-0000-4000-8000-000000000000', { version: 999 }, [401, 'ok', 'ok', 403, 403, 403]],
  ['POST', '/api/effect-goals/00000000-0000-4000-8000-000000000000/indicators', { name: '' }, [401, 'ok', 'ok', 403, 403, 403]],
  ['PATCH', '/api/indicators/00000000-0000-4000-8000-000000000000', { version: 999 },  [401, 'ok', 'ok', 403, 403, 403]],
  ['PUT', '/api/indicators/00000000-0000-4000-8000-000000000000/values/2030', { value: '1' }, [401, 'ok', 'ok', 403, 'ok', 'ok']],
  ['PUT', '/api/price-indices/2030', { index: 'x' },                                   [401, 403, 'ok', 403, 403, 403]],
  ['GET', '/api/effect-account/2030', undefined,                                       [401, 'ok', 'ok', 'ok', 'ok', 'ok']],
  ['GET', '/api/analysis/tracks/MX', undefined,                                        [401, 'ok', 'ok', 'ok', 'ok', 'ok']],
  // Årshjul and follow-up rounds: unknown ids, so allowed roles get 404 ('ok'); a committee user may confirm only
  // its own committees' cells, checked on the savings row before the round. The feed wants a calendar token, never a session.
  ['POST', '/api/budget-years/2030/milestones', { title: 1 },                         [401, 403, 'ok', 403, 403, 403]],
  ['PATCH', '/api/milestones/00000000-0000-4000-8000-000000000000', { version: 999 },  [401, 403, 'ok', 403, 403, 403]],
  ['DELETE', '/api/milestones/00000000-0000-4000-8000-000000000000?version=999', undefined, [401, 403, 'ok', 403, 403, 403]],
  ['POST', '/api/budget-years/2030/milestones/copy-from/2029', undefined,              [401, 403, 'ok', 403, 403, 403]],
  ['GET', '/api/milestones/upcoming', undefined,                                       [401, 'ok', 'ok', 'ok', 'ok', 'ok']],
  ['POST', '/api/auth/calendar-token', undefined,                                      [401, 'ok', 'ok', 'ok', 'ok', 'ok']],
  ['GET', '/api/budget-years/2030/calendar.ics', undefined,                            [401, 401, 401, 401, 401, 401]],
  ['POST', '/api/budget-years/2030/follow-up-rounds', { asOf: 'x' },                   [401, 403, 'ok', 403, 403, 403]],
  ['PUT', '/api/follow-up-rounds/00000000-0000-4000-8000-000000000000/cells/{saving}', { forecast: null, status: 'on_track', comment: '', version: 999 }, [401, 403, 'ok', 403, 'ok', 403]],
  ['POST', '/api/follow-up-rounds/00000000-0000-4000-8000-000000000000/close', { version: 999 }, [401, 403, 'ok', 403, 403, 403]],
  // Last: it ends each role's session.
  ['POST', '/api/auth/logout', undefined,                                              [401, 'ok', 'ok', 'ok', 'ok', 'ok']],
];
