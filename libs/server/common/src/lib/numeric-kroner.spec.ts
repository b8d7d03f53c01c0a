import fc from 'fast-check';
import { parseKroner, toKronerString } from '@budgetspor/shared/money';
import { kronerFromNumeric, kronerFromOre, oreFromNumeric } from './numeric-kroner';

describe('kronerFromNumeric, oreFromNumeric and kronerFromOre', () => {
  it.each([
    ['26000000', '26000000', 2_600_000_000n],
    ['26000000.00', '26000000', 2_600_000_000n],
    ['1250.50', '1250.50', 125_050n],
    ['-300.50', '-300.50', -30_050n],
    ['-300.00', '-300', -30_000n],
    ['-0.01', '-0.01', -1n],
    ['0.00', '0', 0n],
    ['0', '0', 0n],
    ['123456789012345678901.10', '123456789012345678901.10', 12_345_678_901_234_567_890_110n],
  ])('reads %j as %j and %p øre, and writes the øre back as the same text', (text, kroner, ore) => {
    expect(kronerFromNumeric(text)).toBe(kroner);
    expect(oreFromNumeric(text)).toBe(ore);
    expect(kronerFromOre(ore)).toBe(kroner);
  });

  it.each(['1250.5', '1.234', '', 'abc', '1e3', ' 5', '5.'])('refuses %j, which PostgreSQL never sends for these columns', (text) => {
    expect(() => kronerFromNumeric(text)).toThrow(TypeError);
    expect(() => oreFromNumeric(text)).toThrow(TypeError);
  });

  it('agrees with the shared money library wherever that one applies', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 17n) + 1n, max: 10n ** 17n - 1n }), (ore) => {
        const sign = ore < 0n ? '-' : '';
        const magnitude = ore < 0n ? -ore : ore;
        const numeric = `${sign}${magnitude / 100n}.${(magnitude % 100n).toString().padStart(2, '0')}`;
        expect(kronerFromNumeric(numeric)).toBe(toKronerString(ore));
        expect(kronerFromOre(ore)).toBe(toKronerString(ore));
        expect(oreFromNumeric(numeric)).toBe(ore);
        expect(parseKroner(kronerFromNumeric(numeric))).toBe(ore);
      }),
    );
  });

  it('writes amounts beyond 15 digits too, and reads them back', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (ore) => {
        expect(oreFromNumeric(kronerFromOre(ore))).toBe(ore);
      }),
    );
  });
});
