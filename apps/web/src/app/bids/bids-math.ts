import { MAX_INTEGER_DIGITS, parseKroner, toKronerString } from '@budgetspor/shared/money';
import { Language, LANGUAGE } from '../core/language';

/**
 * The arithmetic of the bids grid, free of Angular so it can be tested on its own. Amounts
 * are bigint øre, the unit of @budgetspor/shared/money (bids themselves are whole kroner),
 * so no sum of bids ever passes through a floating-point number.
 */

/** What one grid cell holds: nothing, a valid bid, or text that is not one. */
export type ParsedBid =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ok'; readonly ore: bigint }
  | { readonly kind: 'error'; readonly message: string };

export const EMPTY_BID: ParsedBid = { kind: 'empty' };

const PLAIN = /^\d+$/;

interface Notation {
  /** Groups of three digits, separated the language's way (or by spaces). */
  readonly grouped: RegExp;
  readonly separators: RegExp;
  readonly decimal: string;
  /** The unit before or after the number. */
  readonly unit: RegExp;
}

const NOTATION: Readonly<Record<Language, Notation>> = {
  da: { grouped: /^\d{1,3}([. ]\d{3})+$/, separators: /[. ]/g, decimal: ',', unit: /\s*kr\.?$/i },
  en: { grouped: /^\d{1,3}([, ]\d{3})+$/, separators: /[, ]/g, decimal: '.', unit: /^dkk\s*|\s*(?:dkk|kr\.?)$/gi },
};

/**
 * Reads a bid as a user types it: `1234567`, `1.234.567`, `1 234 567`, with or without
 * "kr." and with ",00" øre tolerated (English: `1,234,567`, "DKK", ".00"). Whole kroner ≥ 0
 * only, as the API requires.
 */
export function parseBidInput(text: string, language: Language = LANGUAGE): ParsedBid {
  const n = NOTATION[language];
  let s = text.replace(/\u00a0/g, ' ').trim();
  if (s === '') {
    return EMPTY_BID;
  }
  s = s.replace(n.unit, '').trim();
  if (s.startsWith('-')) {
    return { kind: 'error', message: $localize`:@@bids.input.negative:Et bud kan ikke være negativt.` };
  }
  const [whole, ore, ...more] = s.split(n.decimal);
  if (more.length > 0) {
    return { kind: 'error', message: $localize`:@@bids.input.format:Skriv et helt antal kroner, fx 1.234.567 eller 1234567.` };
  }
  if (ore !== undefined && !/^0{1,2}$/.test(ore)) {
    return { kind: 'error', message: $localize`:@@bids.input.noOre:Skriv hele kroner uden øre, fx 1.234.567.` };
  }
  if (!PLAIN.test(whole) && !n.grouped.test(whole)) {
    return { kind: 'error', message: $localize`:@@bids.input.format:Skriv et helt antal kroner, fx 1.234.567 eller 1234567.` };
  }
  const digits = whole.replace(n.separators, '').replace(/^0+(?=\d)/, '');
  if (digits.length > MAX_INTEGER_DIGITS) {
    return { kind: 'error', message: $localize`:@@bids.input.tooLarge:Beløbet er for stort: højst ${MAX_INTEGER_DIGITS}:digits: cifre.` };
  }
  return { kind: 'ok', ore: parseKroner(digits, { wholeKroner: true, allowNegative: false }) };
}

/** The API's money string of a valid bid: 123456700n øre → "1234567". */
export function bidAmount(ore: bigint): string {
  return toKronerString(ore);
}

/** Per-year lines of the grid's footer, each with its total over the period. */
export interface YearLine {
  /** In the order of `years`. */
  readonly amounts: readonly bigint[];
  readonly total: bigint;
}

export interface BidSummary {
  /** Each row's bids over the period, in the order of the rows. */
  readonly rowTotals: readonly bigint[];
  readonly bids: YearLine;
  readonly pool: YearLine;
  /** Pool minus bids; negative when the year is over-bid. */
  readonly uncovered: YearLine;
  /** Cells whose text is not a bid; they count as 0 until corrected. */
  readonly invalidCells: number;
}

/**
 * Sums a grid of cells (`rows[r][y]` for the y-th of `years`) against the pool, whole
 * kroner as API strings per year (a year missing from the pool counts as 0).
 */
export function summariseBids(
  years: readonly number[],
  rows: readonly (readonly ParsedBid[])[],
  pool: Readonly<Record<string, string>>,
): BidSummary {
  const valueOf = (cell: ParsedBid | undefined) => (cell?.kind === 'ok' ? cell.ore : 0n);
  const rowTotals = rows.map((cells) => sum(years.map((_, y) => valueOf(cells[y]))));
  const bids = line(years.map((_, y) => sum(rows.map((cells) => valueOf(cells[y])))));
  const poolLine = line(years.map((year) => (pool[String(year)] === undefined ? 0n : parseKroner(pool[String(year)]))));
  const uncovered = line(years.map((_, y) => poolLine.amounts[y] - bids.amounts[y]));
  const invalidCells = rows.reduce((n, cells) => n + cells.filter((c) => c.kind === 'error').length, 0);
  return { rowTotals, bids, pool: poolLine, uncovered, invalidCells };
}

function sum(values: readonly bigint[]): bigint {
  return values.reduce((a, b) => a + b, 0n);
}

function line(amounts: bigint[]): YearLine {
  return { amounts, total: sum(amounts) };
}
