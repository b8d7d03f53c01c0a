export type UserRole = 'admin' | 'finance' | 'committee' | 'director';

/** `GET /api/auth/me` and the `user` of `POST /api/auth/login`. */
export interface CurrentUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: UserRole;
  readonly committeeCodes: readonly string[];
}

export const ROLE_LABELS: Readonly<Record<UserRole, string>> = {
  admin: $localize`:@@auth.role.admin:Administrator`,
  finance: $localize`:@@auth.role.finance:Økonomi`,
  committee: $localize`:@@auth.role.committee:Udvalg`,
  director: $localize`:@@auth.role.director:Direktion`,
};

export const LOGIN_PATH = '/log-ind';

/**
 * Only a path inside the app is a place to return to after login: "//evil.example" or
 * "https://…" would make the login page an open redirect.
 */
export function safeReturnUrl(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/';
  }
  return value.startsWith(LOGIN_PATH) ? '/' : value;
}
