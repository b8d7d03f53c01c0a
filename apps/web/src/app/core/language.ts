/**
 * The language the interface speaks: Danish unless the user chose English. It is fixed for a
 * page load (translations are loaded once, before the app starts), so changing it means
 * loading the page again; see src/locale-init.ts and src/locale/README.md.
 */

export type Language = 'da' | 'en';

/** Angular's LOCALE_ID and Intl's locale for each language. */
export const LOCALE_IDS: Readonly<Record<Language, string>> = { da: 'da-DK', en: 'en-GB' };

/**
 * The language of this page load. src/locale-init.ts chooses it before any of the app's code
 * runs (it is a polyfill, a bundle of its own) and marks it on `<html lang>`, which is read
 * here: one decision, whichever bundle asks.
 */
export const LANGUAGE: Language = typeof document !== 'undefined' && document.documentElement.lang === 'en' ? 'en' : 'da';

/** The LOCALE_ID of this page load: `da-DK` or `en-GB`. */
export const LOCALE: string = LOCALE_IDS[LANGUAGE];
