import fc from 'fast-check';
import { realisationRate } from './amounts';

describe('realisationRate', () => {
  it.each([
    [1n, 3n, '0.3333'],
    [2n, 3n, '0.6667'],
    [-1n, 3n, '-0.3333'],
    [-2n, 3n, '-0.6667'],
    [1n, 32n, '0.0313'], // 0.03125: the half goes away from zero …
    [-1n, 32n, '-0.0313'], // … on both sides (half-up would give -0.0312, half-even 0.0312)
    [3n, 2n, '1.5000'],
    [0n, 7n, '0.0000'],
    [-1n, 30_000n, '0.0000'], // -0.0000333…: rounds to zero, which has no sign
    [-3n, 20_000n, '-0.0002'], // -0.00015
    [5n, 0n, null],
    [0n, 0n, null],
    [2_600_000_000n, 2_600_000_000n, '1.0000'],
  ])('%p / %p → %p', (realised, expected, rate) => {
    expect(realisationRate(realised, expected)).toBe(rate);
  });

  it('is the nearest 4-decimal value, ties away from zero, for any amounts', () => {
    const abs = (v: bigint) => (v < 0n ? -v : v);
    const amount = fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n });
    fc.assert(
      fc.property(amount, amount.filter((e) => e !== 0n), (realised, expected) => {
        const rate = realisationRate(realised, expected) as string;
        expect(rate).toMatch(/^-?\d+\.\d{4}$/);
        const r = BigInt(rate.replace('.', ''));
        // Same sign as the quotient (zero unsigned), and |r/10⁴ − realised/expected| ≤ ½·10⁻⁴ …
        if (r !== 0n) expect(r < 0n).toBe(realised < 0n !== expected < 0n);
        const distance = abs(2n * abs(r) * abs(expected) - 20_000n * abs(realised));
        expect(distance <= abs(expected)).toBe(true);
        // … and on an exact tie the magnitude went up.
        if (distance === abs(expected)) expect(abs(r) * abs(expected) > 10_000n * abs(realised)).toBe(true);
      }),
    );
  });
});
