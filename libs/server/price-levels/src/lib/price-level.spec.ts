import fc from 'fast-check';
import { parseDecimal } from '@budgetspor/server/common';
import { convertOre } from './price-level';

const index = (text: string) => parseDecimal(text);

describe('convertOre: amount × index(to) ÷ index(from), rounded once to whole øre', () => {
  it('converts the hand-computed examples', () => {
    // 26.000.000 kr. at 2014 prices (index 100) to 2016 prices (103.2): exactly 26.832.000 kr.
    expect(convertOre(2_600_000_000n, index('100'), index('103.2'))).toBe(2_683_200_000n);
    // 1 kr. back from 103.2 to 100: 100 × 100 / 103.2 = 96.899… øre → 97 øre.
    expect(convertOre(100n, index('103.2'), index('100'))).toBe(97n);
    // 12.345,67 kr. from 101.5 to 104.3: 1234567 × 1043 / 1015 = 1268624.0206… øre → 12.686,24 kr.
    expect(convertOre(1_234_567n, index('101.5'), index('104.3'))).toBe(1_268_624n);
    // Indices with six decimals: 1.000.000 kr. from 1.000001 to 1 = 99999900.0000999… øre.
    expect(convertOre(100_000_000n, index('1.000001'), index('1'))).toBe(99_999_900n);
  });

  it('rounds halves away from zero, for savings and for costs alike', () => {
    // 50 øre from 100 to 101 = 50.5 øre.
    expect(convertOre(50n, index('100'), index('101'))).toBe(51n);
    expect(convertOre(-50n, index('100'), index('101'))).toBe(-51n);
    // 49 øre → 49.49 øre.
    expect(convertOre(49n, index('100'), index('101'))).toBe(49n);
  });

  it('leaves an amount at its own price level untouched', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), (ore, idx) => {
        expect(convertOre(ore, idx, idx)).toBe(ore);
      }),
    );
  });

  it('is within half an øre of the exact value and keeps the sign', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        (ore, from, to) => {
          const result = convertOre(ore, from, to);
          const error = result * from - ore * to; // (result − exact) × from
          expect(2n * (error < 0n ? -error : error) <= from).toBe(true);
          expect(result === 0n || result < 0n === ore < 0n).toBe(true);
        },
      ),
    );
  });

  it('refuses an index of zero or less', () => {
    expect(() => convertOre(100n, 0n, index('100'))).toThrow(RangeError);
    expect(() => convertOre(100n, index('100'), -1n)).toThrow(RangeError);
  });
});
