import { parseWeight, toWeightString } from '@budgetspor/shared/money';
import { formatNumber } from '../core/format';
import { Language, LANGUAGE } from '../core/language';

/**
 * Weights as users type them: Danish "0,5" as well as the API's (and English) "0.5". Returns millionths
 * (exact, the library's unit), or null when the text is not a positive weight with at most
 * 6 decimals.
 */
export function parseWeightInput(text: string): bigint | null {
  const normalised = text.trim().replace(',', '.');
  try {
    return parseWeight(normalised);
  } catch {
    return null;
  }
}

/** The API form of a typed weight ("1,50" → "1.5"); assumes parseWeightInput accepted it. */
export function toApiWeight(text: string): string {
  const millionths = parseWeightInput(text);
  if (millionths === null) {
    throw new Error($localize`:@@tracks.invalidWeight:Ugyldig vægt: ${text}:weight:`);
  }
  return toWeightString(millionths);
}

/**
 * An API weight as the page's reader writes it: "1.5" → "1,5" in Danish, "1.5" in English.
 * Weights have no thousands separator (they are small), so only the decimal mark differs.
 */
export function localWeight(apiWeight: string, language: Language = LANGUAGE): string {
  return language === 'da' ? apiWeight.replace('.', ',') : apiWeight;
}

/** "1.5" (API) → "1,5" (how a Danish reader writes it). */
export function danishWeight(apiWeight: string): string {
  return localWeight(apiWeight, 'da');
}

/**
 * Each share's part of the total as a percentage in the page's language ("40 %", "33,3 %";
 * "40%", "33.3%"), rounded half up to one decimal. Rows without a valid weight get null and do
 * not count in the total; with no valid weight at all every row is null.
 */
export function sharePercents(weights: readonly (bigint | null)[], language: Language = LANGUAGE): (string | null)[] {
  const total = weights.reduce<bigint>((sum, w) => sum + (w ?? 0n), 0n);
  return weights.map((w) => {
    if (w === null || total === 0n) {
      return null;
    }
    // Rounded exactly here; the tenths (at most 1000) are then only written out.
    const tenths = (w * 2000n + total) / (2n * total);
    const number = formatNumber(Number(tenths) / 10, { maximumFractionDigits: 1 }, language);
    return language === 'da' ? `${number}\u00a0%` : `${number}%`;
  });
}

/** Percentages of a saved track's shares (API weights), in the same order. */
export function sharePercentsOf(shares: readonly { readonly weight: string }[], language: Language = LANGUAGE): (string | null)[] {
  return sharePercents(shares.map((s) => parseWeightInput(s.weight)), language);
}

/** True for a whole year in the API's range; used by the form validator. */
export function isYear(value: unknown): boolean {
  const text = String(value ?? '').trim();
  return /^\d{4}$/.test(text) && Number(text) >= 1900 && Number(text) <= 2200;
}
