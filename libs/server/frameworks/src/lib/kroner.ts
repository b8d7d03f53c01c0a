import { periodText } from '@budgetspor/server/budget-years';
import { MoneyError, ORE_PER_KRONE, parseKroner } from '@budgetspor/shared/money';

/** Pools and bids are whole kroner ≥ 0, as a decimal string ("100000000", also "100.00"). */
const WHOLE = { wholeKroner: true, allowNegative: false } as const;

/** The same wording as `@IsKroner({ wholeKroner: true, allowNegative: false })`, for values checked outside a DTO. */
export const WHOLE_KRONER_MESSAGE = 'skal være et helt antal kroner som tekst, fx "26000000" (ikke negativt)';

/** Whole kroner as bigint; throws MoneyError for anything `wholeKronerError` names. */
export function toWholeKroner(value: unknown): bigint {
  return parseKroner(value, WHOLE) / ORE_PER_KRONE;
}

export function wholeKronerError(value: unknown): string | undefined {
  try {
    toWholeKroner(value);
    return undefined;
  } catch (error) {
    if (error instanceof MoneyError) return error.code === 'too_large' ? error.message : WHOLE_KRONER_MESSAGE;
    throw error;
  }
}

/**
 * What is wrong with a pool (innovationspulje) for a round: it needs exactly the period's
 * years as keys, each whole kroner ≥ 0. One `pool.<year>: …` message per bad key, in year
 * order, then the keys that are not years of the period.
 */
export function poolErrors(pool: Record<string, unknown>, periodYears: number[]): string[] {
  const period = periodText(periodYears[0]);
  const expected = new Set(periodYears.map(String));
  const errors: string[] = [];
  for (const year of expected) {
    if (!Object.hasOwn(pool, year)) {
      errors.push(`pool.${year}: mangler; puljen skal have et beløb for hvert år i budgetperioden ${period}`);
      continue;
    }
    const error = wholeKronerError(pool[year]);
    if (error) errors.push(`pool.${year}: ${error}`);
  }
  for (const key of Object.keys(pool)) {
    if (!expected.has(key)) errors.push(`pool.${key}: er ikke et år i budgetperioden ${period}`);
  }
  return errors;
}
