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
  ['GET', '/api/audit', undefined,                                                     [401, 'ok', 'ok', 'ok', 403, 403]],
  ['GET', '/api/budget-years/2030/savings', undefined,                                 [401, 'ok', 'ok', 'ok', 'ok', 'ok']],
  ['GET', '/api/budget-years/2030/realisation', undefined,                             [401, 'ok', 'ok', 'ok', 'ok', 'ok']],
  ['GET', '/api/tracks', undefined,                                                    [401, 'ok', 'ok', 'ok', 'ok', 'ok']],
  ['POST', '/api/auth/password', { currentPassword: 'x', newPassword: 'kort' },        [401, 'ok', 'ok', 'ok', 'ok', 'ok']],
  // Last: it ends each role's session.
  ['POST', '/api/auth/logout', undefined,                                              [401, 'ok', 'ok', 'ok', 'ok', 'ok']],
];
