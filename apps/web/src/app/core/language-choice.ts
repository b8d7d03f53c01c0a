import type { Language } from './language';

/**
 * Choosing the language, used by src/locale-init.ts before the app starts. Kept apart from
 * ./language, which reads the result, so that running this code does not fix `LANGUAGE`
 * before the choice is made.
 */

/** Where the choice is remembered (this browser only; nothing is sent to the server). */
export const LANGUAGE_KEY = 'budgetspor.language';

export function isLanguage(value: unknown): value is Language {
  return value === 'da' || value === 'en';
}

/**
 * `?lang=en` (or `da`) in the address wins, which makes a link or a screenshot script open the
 * app in a given language; else the remembered choice; else Danish.
 */
export function pickLanguage(query: string | null, stored: string | null): Language {
  if (isLanguage(query)) return query;
  return isLanguage(stored) ? stored : 'da';
}

/**
 * Danish is the default, so choosing it forgets the key: a browser that never chose English
 * keeps nothing in its storage. Storage may be blocked; then the choice holds for the page
 * loaded with `?lang=` only.
 */
export function rememberLanguage(language: Language): void {
  try {
    if (language === 'da') window.localStorage.removeItem(LANGUAGE_KEY);
    else window.localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Not remembered.
  }
}

/** The remembered choice, or null (also when storage is blocked). */
export function rememberedLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}
