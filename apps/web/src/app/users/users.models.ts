import { StatusTone } from '@budgetspor/web/shared/ui';
import { UserRole } from '../auth/auth.models';

/** `GET /api/users` and `GET /api/users/:id`. */
export interface UserDetail {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: UserRole;
  readonly committeeCodes: readonly string[];
  readonly active: boolean;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** `POST /api/users`. */
export interface NewUser {
  readonly email: string;
  readonly name: string;
  readonly role: UserRole;
  readonly password: string;
  readonly committeeCodes: readonly string[];
}

/** `PATCH /api/users/:id` without the version: only the fields that are sent change. */
export interface UserChanges {
  readonly name?: string;
  readonly role?: UserRole;
  readonly committeeCodes?: readonly string[];
  readonly active?: boolean;
}

/** `GET /api/committees`. */
export interface Committee {
  readonly code: string;
  readonly name: string;
}

export const ROLES: readonly UserRole[] = ['admin', 'finance', 'committee', 'director'];

/** What each role may do, shown under the role picker so the admin chooses knowingly (API.md). */
export const ROLE_MEANINGS: Readonly<Record<UserRole, string>> = {
  admin: $localize`:@@users.role.adminMeaning:Opretter og styrer brugere. Kan læse alt.`,
  finance: $localize`:@@users.role.financeMeaning:Arbejder med alt i budgettet: budgetår, rammer, spor, fordeling og besparelser.`,
  committee: $localize`:@@users.role.committeeMeaning:Retter besparelser for sine egne udvalg. Kan læse alt.`,
  director: $localize`:@@users.role.directorMeaning:Kan læse alt, men ikke rette.`,
};

/** The same rule as the API's MIN_PASSWORD_LENGTH; the server checks it again. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

export const ACTIVE_INFO: Readonly<Record<'true' | 'false', { readonly tone: StatusTone; readonly label: string }>> = {
  true: { tone: 'ok', label: $localize`:@@users.status.active:Aktiv` },
  false: { tone: 'neutral', label: $localize`:@@users.status.deactivated:Deaktiveret` },
};

export const userLink = (id: string): readonly string[] => ['/users', id];

/**
 * A random password of 20 characters from an alphabet without look-alikes (0/O, 1/l/I), the
 * same as the server's generator: about 115 bits, easy to read aloud or type from a note.
 * Rejection sampling keeps every character equally likely.
 */
export function generatePassword(length = 20): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < length) {
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(length * 2));
    for (const b of bytes) {
      if (b < limit && out.length < length) {
        out += alphabet[b % alphabet.length];
      }
    }
  }
  return out;
}
