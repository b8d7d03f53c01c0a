import fc from 'fast-check';
import { type ApportionPart, type ApportionResult, apportion, normaliseWeight, parseWeight, toWeightString } from './apportion';
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

const amounts = (r: ApportionResult[]) => Object.fromEntries(r.map((x) => [x.key, x.amount]));
const parts = (...kw: [string, string][]): ApportionPart[] => kw.map(([key, weight]) => ({ key, weight }));

describe('parseWeight', () => {
  it.each([
    ['1', 1_000_000n],
    ['0.333333', 333_333n],
    ['0.000001', 1n],
    ['2.5', 2_500_000n],
    ['6789.50', 6_789_500_000n],
  ])('%j → %p millionths', (s, v) => {
    expect(parseWeight(s)).toBe(v);
  });

  it.each<[unknown, MoneyErrorCode]>([
    [1, 'not_a_string'],
    [1n, 'not_a_string'],
    ['0', 'not_positive'],
    ['0.000000', 'not_positive'],
    ['-1', 'not_positive'],
    ['1.0000001', 'too_many_decimals'],
    ['1,5', 'format'],
    ['', 'format'],
    ['1e3', 'format'],
    ['01', 'format'],
    ['+1', 'format'],
    ['1000000000000000', 'too_large'],
  ])('rejects %p with %s', (input, code) => {
    expect(codeOf(() => parseWeight(input))).toBe(code);
  });
});

describe('apportion: hand-worked examples', () => {
  it('10 over three equal weights → 4,3,3; the extra unit goes to the smallest key', () => {
    const r = apportion(10n, parts(['C', '1'], ['A', '1'], ['B', '1']));
    expect(r.map((x) => x.key)).toEqual(['C', 'A', 'B']); // input order kept
    expect(amounts(r)).toEqual({ A: 4n, B: 3n, C: 3n });
    expect(r[1]).toEqual({
      key: 'A',
      amount: 4n,
      quota: { num: 10n, den: 3n },
      floor: 3n,
      remainder: { num: 1n, den: 3n },
      gotExtra: true,
    });
    expect(r[0].gotExtra).toBe(false);
  });

  it('equal remainders: the larger weight wins before the key is consulted', () => {
    // quotas 0.5 and 1.5, both remainders 1/2; "A" would win on key but has the smaller weight
    const r = apportion(2n, parts(['A', '1'], ['B', '3']));
    expect(amounts(r)).toEqual({ A: 0n, B: 2n });
    expect(r.map((x) => x.remainder)).toEqual([
      { num: 1n, den: 2n },
      { num: 1n, den: 2n },
    ]);
  });

  it('ÆHU vs SAU tie → SAU first (code point order, not Danish collation)', () => {
    expect(amounts(apportion(1n, parts(['ÆHU', '1'], ['SAU', '1'])))).toEqual({ ÆHU: 0n, SAU: 1n });
    expect(amounts(apportion(1n, parts(['Ø', '1'], ['Æ', '1'])))).toEqual({ Ø: 0n, Æ: 1n });
    // Danish collation puts Å last; code points put it before Æ.
    expect(amounts(apportion(1n, parts(['Æ', '1'], ['Å', '1'])))).toEqual({ Æ: 0n, Å: 1n });
  });

  it('astral keys tie-break by code point, not UTF-16 units', () => {
    expect(amounts(apportion(1n, parts(['\u{1F600}', '1'], ['\uFF61', '1'])))).toEqual({
      '\u{1F600}': 0n,
      '\uFF61': 1n,
    });
  });

  it('largest remainder beats key order', () => {
    // quotas 2.333331, 2.333331, 2.333338
    const r = apportion(7n, parts(['A', '0.333333'], ['B', '0.333333'], ['C', '0.333334']));
    expect(amounts(r)).toEqual({ A: 2n, B: 2n, C: 3n });
  });

  it('exact quotas need no leftover', () => {
    const r = apportion(100n, parts(['A', '0.5'], ['B', '0.3'], ['C', '0.2']));
    expect(amounts(r)).toEqual({ A: 50n, B: 30n, C: 20n });
    expect(r.every((x) => !x.gotExtra && x.remainder.num === 0n && x.remainder.den === 1n)).toBe(true);
  });

  it('1000 kr. over 12345 : 6789.5 : 100 → 642, 353, 5', () => {
    // quotas ≈ 641.815, 352.986, 5.199; floors sum to 998, the 2 left go to B then A
    const r = apportion(1000n, parts(['A', '12345'], ['B', '6789.5'], ['C', '100']));
    expect(amounts(r)).toEqual({ A: 642n, B: 353n, C: 5n });
    expect(r[0].quota).toEqual({ num: 8_230_000n, den: 12_823n }); // 24690000/38469 reduced by 3
  });

  it('a single part takes everything; zero total gives zeros', () => {
    expect(amounts(apportion(17n, parts(['X', '0.000001'])))).toEqual({ X: 17n });
    expect(amounts(apportion(0n, parts(['A', '1'], ['B', '2'])))).toEqual({ A: 0n, B: 0n });
  });

  it.each<[string, () => unknown, MoneyErrorCode]>([
    ['empty parts', () => apportion(10n, []), 'no_parts'],
    ['duplicate keys', () => apportion(10n, parts(['A', '1'], ['A', '2'])), 'duplicate_key'],
    ['negative total', () => apportion(-1n, parts(['A', '1'])), 'invalid_total'],
    ['number total', () => apportion(10 as unknown as bigint, parts(['A', '1'])), 'invalid_total'],
    ['zero weight', () => apportion(10n, parts(['A', '1'], ['B', '0'])), 'not_positive'],
    ['7 decimals', () => apportion(10n, parts(['A', '0.0000001'])), 'too_many_decimals'],
    ['number weight', () => apportion(10n, [{ key: 'A', weight: 1 as unknown as string }]), 'not_a_string'],
    ['non-string key', () => apportion(10n, [{ key: 1 as unknown as string, weight: '1' }]), 'not_a_string'],
  ])('rejects %s', (_, fn, code) => {
    expect(codeOf(fn)).toBe(code);
  });
});

describe('apportion: properties', () => {
  const weight = fc.oneof(
    fc.integer({ min: 1, max: 10_000 }).map(String),
    fc
      .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 999_999 }))
      .filter(([i, f]) => i + f > 0)
      .map(([i, f]) => `${i}.${String(f).padStart(6, '0')}`),
  );
  // Few distinct weights and small totals make remainder and weight ties common.
  const tieWeight = fc.constantFrom('1', '2', '0.5', '3');
  const key = fc.string({ unit: 'binary', maxLength: 3 });
  const partsOf = (w: fc.Arbitrary<string>) =>
    fc.uniqueArray(fc.record({ key, weight: w }), { selector: (p) => p.key, minLength: 1, maxLength: 12 });
  const total = fc.oneof(fc.bigInt({ min: 0n, max: 50n }), fc.bigInt({ min: 0n, max: 10n ** 15n }));
  const anyParts = fc.oneof(partsOf(weight), partsOf(tieWeight));

  // a/b ≥ c/d for positive denominators
  const geq = (x: { num: bigint; den: bigint }, y: { num: bigint; den: bigint }) => x.num * y.den >= y.num * x.den;

  it('sums exactly to the total; each amount is floor(quota) or floor(quota)+1', () => {
    fc.assert(
      fc.property(total, anyParts, (t, ps) => {
        const r = apportion(t, ps);
        expect(r.map((x) => x.key)).toEqual(ps.map((p) => p.key));
        expect(r.reduce((s, x) => s + x.amount, 0n)).toBe(t);
        for (const x of r) {
          expect(x.amount >= 0n).toBe(true);
          expect(x.floor * x.quota.den <= x.quota.num && x.quota.num < (x.floor + 1n) * x.quota.den).toBe(true);
          expect(x.amount).toBe(x.floor + (x.gotExtra ? 1n : 0n));
          // remainder = quota − floor
          expect(x.remainder.num * x.quota.den).toBe((x.quota.num - x.floor * x.quota.den) * x.remainder.den);
        }
      }),
    );
  });

  it('every part given an extra unit has a remainder ≥ every part not given one', () => {
    fc.assert(
      fc.property(total, anyParts, (t, ps) => {
        const r = apportion(t, ps);
        for (const a of r.filter((x) => x.gotExtra)) {
          for (const b of r.filter((x) => !x.gotExtra)) expect(geq(a.remainder, b.remainder)).toBe(true);
        }
      }),
    );
  });

  it('result does not depend on input order', () => {
    const withShuffle = anyParts.chain((ps) =>
      fc.tuple(fc.constant(ps), fc.shuffledSubarray(ps, { minLength: ps.length, maxLength: ps.length })),
    );
    fc.assert(
      fc.property(total, withShuffle, (t, [ps, shuffled]) => {
        expect(amounts(apportion(t, shuffled))).toEqual(amounts(apportion(t, ps)));
      }),
    );
  });

  it('zero total gives all zeros', () => {
    fc.assert(
      fc.property(anyParts, (ps) => {
        expect(apportion(0n, ps).every((x) => x.amount === 0n && !x.gotExtra)).toBe(true);
      }),
    );
  });
});

describe('weight text', () => {
  it.each([
    [1000000n, '1'],
    [333333n, '0.333333'],
    [1500000n, '1.5'],
    [1n, '0.000001'],
  ])('%p millionths is "%s" and parses back', (millionths, text) => {
    expect(toWeightString(millionths)).toBe(text);
    expect(parseWeight(text)).toBe(millionths);
  });

  it.each([
    ['1.000000', '1'],
    ['0.333300', '0.3333'],
    ['12.500000', '12.5'],
    ['7', '7'],
  ])('normalises PostgreSQL numeric %s to %s', (pg, text) => {
    expect(normaliseWeight(pg)).toBe(text);
  });
});
