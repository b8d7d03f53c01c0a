import { apportion, compareCodePoints, parseWeight, toWeightString } from '@budgetspor/shared/money';
import fc from 'fast-check';
import { hamilton, makeWeightSet } from './hamilton';

// Keys chosen to make code-point order matter: Å < Æ < Ø, 'ﬀ' (U+FB00) < '𝔄' (U+1D504)
// although '𝔄' is smaller as UTF-16 code units.
const keys = ['A', 'B', 'BUU', 'SAU', 'ÆHU', 'ØU', 'Å', 'a', 'ﬀ', '𝔄', '_1', '-'];
const weight = fc.oneof(
  fc.constantFrom('1', '2', '3', '0.5', '1.5', '0.333333', '0.000001'),
  fc.bigInt({ min: 1n, max: 10n ** 21n - 1n }).map(toWeightString),
);
const parts = fc.uniqueArray(fc.record({ key: fc.constantFrom(...keys), weight }), {
  minLength: 1,
  maxLength: keys.length,
  selector: (p) => p.key,
});
const total = fc.oneof(fc.bigInt({ min: 0n, max: 40n }), fc.bigInt({ min: 0n, max: 10n ** 15n }));

function viaHamilton(t: bigint, ps: readonly { key: string; weight: string }[]) {
  const set = makeWeightSet(ps.map((p) => ({ key: p.key, weight: parseWeight(p.weight) })));
  const amounts: bigint[] = [];
  const extra = new Uint8Array(ps.length);
  const left = hamilton(t, set, amounts, extra);
  const byKey = new Map(set.keys.map((k, i) => [k, { amount: amounts[i], gotExtra: extra[i] === 1 }]));
  return { set, left, byKey };
}

describe('hamilton (the fast path) gives exactly what apportion gives', () => {
  it('for any total and weights, including ties and equal weights', () => {
    fc.assert(
      fc.property(total, parts, (t, ps) => {
        const fast = viaHamilton(t, ps);
        const slow = apportion(t, ps);
        for (const s of slow) {
          expect(fast.byKey.get(s.key)).toEqual({ amount: s.amount, gotExtra: s.gotExtra });
        }
        expect(fast.left).toBe(slow.filter((s) => s.gotExtra).length);
      }),
      { numRuns: 2000 },
    );
  });

  it('for many parts (the leftover kroner are picked by a quickselect)', () => {
    const many = fc.uniqueArray(
      fc.record({ key: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }), weight: fc.constantFrom('1', '2', '3', '0.5', '7.25') }),
      { minLength: 1, maxLength: 120, selector: (p) => p.key },
    );
    fc.assert(
      fc.property(total, many, (t, ps) => {
        const fast = viaHamilton(t, ps);
        for (const s of apportion(t, ps)) {
          expect(fast.byKey.get(s.key)).toEqual({ amount: s.amount, gotExtra: s.gotExtra });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('for equal weights, where it takes the shortcut', () => {
    fc.assert(
      fc.property(total, parts, weight, (t, ps, w) => {
        const same = ps.map((p) => ({ key: p.key, weight: w }));
        const fast = viaHamilton(t, same);
        expect(fast.set.equalWeights).toBe(true);
        for (const s of apportion(t, same)) {
          expect(fast.byKey.get(s.key)).toEqual({ amount: s.amount, gotExtra: s.gotExtra });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('orders its keys by code point whatever order the parts come in', () => {
    fc.assert(
      fc.property(parts, (ps) => {
        const { set } = viaHamilton(0n, ps);
        expect(set.keys).toEqual(ps.map((p) => p.key).sort(compareCodePoints));
      }),
    );
  });
});

describe('hamilton: hand-worked', () => {
  it('100 over 1,1,1 → 34,33,33: the extra krone to the smallest code', () => {
    const { byKey, left } = viaHamilton(100n, [
      { key: 'C', weight: '1' },
      { key: 'A', weight: '1' },
      { key: 'B', weight: '1' },
    ]);
    expect(left).toBe(1);
    expect(Object.fromEntries([...byKey].map(([k, v]) => [k, v.amount]))).toEqual({ A: 34n, B: 33n, C: 33n });
  });

  it('10 over A=1, B=3 → quotas 2.5 and 7.5 tie on the remainder; the larger weight wins', () => {
    const { byKey } = viaHamilton(10n, [
      { key: 'A', weight: '1' },
      { key: 'B', weight: '3' },
    ]);
    expect(byKey.get('A')).toEqual({ amount: 2n, gotExtra: false });
    expect(byKey.get('B')).toEqual({ amount: 8n, gotExtra: true });
  });

  it('a larger remainder beats a larger weight and a smaller code: 3 over A=4, B=1 (quotas 2.4, 0.6)', () => {
    const { byKey } = viaHamilton(3n, [
      { key: 'A', weight: '4' },
      { key: 'B', weight: '1' },
    ]);
    // floors 2 + 0 = 2; one krone left; B's remainder 0.6 beats A's 0.4.
    expect(byKey.get('A')).toEqual({ amount: 2n, gotExtra: false });
    expect(byKey.get('B')).toEqual({ amount: 1n, gotExtra: true });
  });
});
