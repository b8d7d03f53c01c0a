import fc from 'fast-check';
import { canonicalDecimal, decimalError, divideHalfAwayFromZero, formatDecimal, formatTenths, parseDecimal } from './decimal';

describe('exact decimals', () => {
  it('parses and formats the canonical text', () => {
    expect(parseDecimal('72.5')).toBe(72_500_000n);
    expect(parseDecimal('-0.000001')).toBe(-1n);
    expect(formatDecimal(72_500_000n)).toBe('72.5');
    expect(formatDecimal(-1n)).toBe('-0.000001');
    expect(formatDecimal(0n)).toBe('0');
    expect(canonicalDecimal('103.200000')).toBe('103.2');
    expect(canonicalDecimal('-12.000000')).toBe('-12');
    expect(canonicalDecimal(null)).toBeNull();
  });

  it('round-trips every value', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 21n) + 1n, max: 10n ** 21n - 1n }), (v) => {
        expect(parseDecimal(formatDecimal(v))).toBe(v);
      }),
    );
  });

  it('says in Danish what is wrong with a value', () => {
    expect(decimalError('72.5')).toBeNull();
    expect(decimalError('-3')).toBeNull();
    expect(decimalError(72.5)).toBe('skal være et decimaltal som tekst, fx "72.5"');
    expect(decimalError('72,5')).toMatch(/punktum som decimaltegn/);
    expect(decimalError('007')).toMatch(/punktum som decimaltegn/);
    expect(decimalError('1.1234567')).toBe('må højst have 6 decimaler');
    expect(decimalError('1234567890123456')).toMatch(/for stort/);
    expect(decimalError('0', { positive: true })).toBe('skal være større end 0');
    expect(decimalError('-1', { positive: true })).toBe('skal være større end 0');
    expect(decimalError('0.000001', { positive: true })).toBeNull();
  });

  it('divides with halves away from zero', () => {
    expect(divideHalfAwayFromZero(5n, 2n)).toBe(3n);
    expect(divideHalfAwayFromZero(-5n, 2n)).toBe(-3n);
    expect(divideHalfAwayFromZero(5n, -2n)).toBe(-3n);
    expect(divideHalfAwayFromZero(7n, 3n)).toBe(2n);
    expect(divideHalfAwayFromZero(-7n, 3n)).toBe(-2n);
    expect(() => divideHalfAwayFromZero(1n, 0n)).toThrow(RangeError);
  });

  it('writes tenths with exactly one decimal', () => {
    expect(formatTenths(505n)).toBe('50.5');
    expect(formatTenths(1000n)).toBe('100.0');
    expect(formatTenths(-5n)).toBe('-0.5');
    expect(formatTenths(0n)).toBe('0.0');
  });
});
