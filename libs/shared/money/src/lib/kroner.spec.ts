import fc from 'fast-check';
import {
  MAX_ORE,
  addKroner,
  isKronerString,
  parseKroner,
  sumOre,
  toKronerString,
  tryParseKroner,
} from './kroner';
import { MoneyError, type MoneyErrorCode } from './money-error';

function codeOf(fn: () => unknown): MoneyErrorCode | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof MoneyError) return e.code;
    throw e;
  }
  return undefined;
}

const inRange = fc.bigInt({ min: -MAX_ORE, max: MAX_ORE });

describe('parseKroner', () => {
  it.each([
    ['26000000', 2_600_000_000n],
    ['1250.50', 125_050n],
    ['1250.5', 125_050n],
    ['-300.5', -30_050n],
    ['0', 0n],
    ['0.01', 1n],
    ['-0.50', -50n],
    ['1250.00', 125_000n],
    ['999999999999999.99', MAX_ORE],
  ])('parses %j to %p øre', (input, ore) => {
    expect(parseKroner(input)).toBe(ore);
  });

  it.each<[unknown, MoneyErrorCode]>([
    [1234567, 'not_a_string'],
    [1234567n, 'not_a_string'],
    [12.5, 'not_a_string'],
    [null, 'not_a_string'],
    [undefined, 'not_a_string'],
    [{}, 'not_a_string'],
    ['1.234', 'too_many_decimals'],
    ['1,5', 'format'],
    ['', 'format'],
    ['1e6', 'format'],
    [' 1', 'format'],
    ['1 ', 'format'],
    ['NaN', 'format'],
    ['Infinity', 'format'],
    ['+1', 'format'],
    ['1.234.567', 'format'],
    ['1.', 'format'],
    ['.5', 'format'],
    ['-', 'format'],
    ['--1', 'format'],
    ['007', 'format'],
    ['-01', 'format'],
    ['١٢', 'format'], // Arabic-Indic digits: \d must mean ASCII only
    ['0x10', 'format'],
    ['1000000000000000', 'too_large'], // 16 integer digits
    ['-1000000000000000', 'too_large'],
  ])('rejects %p with %s', (input, code) => {
    expect(codeOf(() => parseKroner(input))).toBe(code);
  });

  it('gives a Danish message for a number', () => {
    expect(() => parseKroner(1234567)).toThrow('skal være et beløb i kroner som tekst, fx "1250.50"');
    expect(() => parseKroner(1234567)).toThrow(MoneyError);
  });

  it('rejects negatives only when asked to', () => {
    expect(parseKroner('-1', { allowNegative: true })).toBe(-100n);
    expect(codeOf(() => parseKroner('-1', { allowNegative: false }))).toBe('negative');
    expect(codeOf(() => parseKroner('-0', { allowNegative: false }))).toBe('negative');
    expect(parseKroner('0', { allowNegative: false })).toBe(0n);
  });

  it('wholeKroner rejects øre but accepts .00', () => {
    expect(parseKroner('26000000', { wholeKroner: true })).toBe(2_600_000_000n);
    expect(parseKroner('12.00', { wholeKroner: true })).toBe(1200n);
    expect(codeOf(() => parseKroner('12.5', { wholeKroner: true }))).toBe('fractional');
    expect(codeOf(() => parseKroner('-0.01', { wholeKroner: true }))).toBe('fractional');
  });

  it('reports the format problem before the sign problem', () => {
    expect(codeOf(() => parseKroner('-1.234', { allowNegative: false }))).toBe('too_many_decimals');
  });
});

describe('tryParseKroner / isKronerString', () => {
  it('returns undefined / false instead of throwing', () => {
    expect(tryParseKroner('1.234')).toBeUndefined();
    expect(tryParseKroner(5)).toBeUndefined();
    expect(tryParseKroner('5')).toBe(500n);
    expect(isKronerString('1250.50')).toBe(true);
    expect(isKronerString(1250.5)).toBe(false);
    expect(isKronerString('-1', { allowNegative: false })).toBe(false);
    expect(isKronerString('1.5', { wholeKroner: true })).toBe(false);
  });
});

describe('toKronerString', () => {
  it.each([
    [2_600_000_000n, '26000000'],
    [125_050n, '1250.50'],
    [125_000n, '1250'],
    [-50n, '-0.50'],
    [-30_050n, '-300.50'],
    [1n, '0.01'],
    [0n, '0'],
    [MAX_ORE, '999999999999999.99'],
  ])('%p øre → %j', (ore, s) => {
    expect(toKronerString(ore)).toBe(s);
  });

  it('refuses amounts that would not parse back', () => {
    expect(codeOf(() => toKronerString(MAX_ORE + 1n))).toBe('too_large');
    expect(codeOf(() => toKronerString(-MAX_ORE - 1n))).toBe('too_large');
  });

  it('refuses a number at runtime', () => {
    expect(() => toKronerString(100 as unknown as bigint)).toThrow(TypeError);
  });

  it('property: parseKroner ∘ toKronerString is the identity on øre', () => {
    fc.assert(fc.property(inRange, (ore) => parseKroner(toKronerString(ore)) === ore));
  });

  it('property: toKronerString ∘ parseKroner canonicalises and is idempotent', () => {
    const kronerString = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.constantFrom('', '.5', '.50', '.05', '.00', '.99'))
      .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac}`);
    fc.assert(
      fc.property(kronerString, (s) => {
        const canonical = toKronerString(parseKroner(s));
        return toKronerString(parseKroner(canonical)) === canonical && /^-?(0|[1-9]\d*)(\.\d\d)?$/.test(canonical);
      }),
    );
  });
});

describe('addKroner / sumOre', () => {
  it('adds exactly where floats would not', () => {
    expect(addKroner('0.10', '0.20')).toBe('0.30');
    expect(addKroner('9007199254740.99', '0.01')).toBe('9007199254741');
    expect(addKroner('1250.50', '-1250.50')).toBe('0');
    expect(addKroner()).toBe('0');
  });

  it('rejects bad input and overflowing results', () => {
    expect(codeOf(() => addKroner('1', 2 as unknown as string))).toBe('not_a_string');
    expect(codeOf(() => addKroner('999999999999999.99', '0.01'))).toBe('too_large');
  });

  it('sumOre allows intermediate totals beyond the API range', () => {
    expect(sumOre([MAX_ORE, MAX_ORE, -MAX_ORE])).toBe(MAX_ORE);
    expect(() => sumOre([1n, 2 as unknown as bigint])).toThrow(TypeError);
  });

  it('property: addKroner agrees with bigint addition', () => {
    const half = fc.bigInt({ min: -MAX_ORE / 2n, max: MAX_ORE / 2n });
    fc.assert(
      fc.property(half, half, (a, b) => addKroner(toKronerString(a), toKronerString(b)) === toKronerString(a + b)),
    );
  });
});
