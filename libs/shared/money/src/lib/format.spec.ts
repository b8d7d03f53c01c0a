import fc from 'fast-check';
import { formatKroner, formatMio, formatMoney, groupThousands } from './format';
import { MAX_ORE, toKronerString } from './kroner';
import { MoneyError } from './money-error';

describe('required examples', () => {
  it('"1234567" → 1.234.567 kr.', () => {
    expect(formatKroner('1234567')).toBe('1.234.567 kr.');
    expect(formatMoney('1234567', { style: 'kroner' })).toBe('1.234.567 kr.');
  });

  it('"125800000" → 125,8 mio. kr. (auto style)', () => {
    expect(formatMoney('125800000', { style: 'auto' })).toBe('125,8 mio. kr.');
    expect(formatMoney('125800000')).toBe('125,8 mio. kr.');
  });

  it('a number 1234567 is rejected', () => {
    for (const f of [formatKroner, formatMio, formatMoney]) {
      expect(() => f(1234567 as unknown as string)).toThrow(MoneyError);
    }
  });

  it('"1.234" is rejected', () => {
    for (const f of [formatKroner, formatMio, formatMoney]) {
      expect(() => f('1.234')).toThrow(MoneyError);
    }
  });
});

describe('formatKroner', () => {
  it.each([
    ['0', '0 kr.'],
    ['7', '7 kr.'],
    ['999', '999 kr.'],
    ['1000', '1.000 kr.'],
    ['1250.50', '1.250,50 kr.'],
    ['1250.5', '1.250,50 kr.'],
    ['0.05', '0,05 kr.'],
    ['-300', '-300 kr.'],
    ['-0.50', '-0,50 kr.'],
    ['-1234567.89', '-1.234.567,89 kr.'],
    ['26000000', '26.000.000 kr.'],
    ['999999999999999.99', '999.999.999.999.999,99 kr.'],
  ])('%j → %j', (input, out) => {
    expect(formatKroner(input)).toBe(out);
  });

  it('accepts bigint øre, also beyond the API range', () => {
    expect(formatKroner(125_050n)).toBe('1.250,50 kr.');
    expect(formatKroner(10n ** 22n)).toBe('100.000.000.000.000.000.000 kr.');
  });

  it('can omit the unit', () => {
    expect(formatKroner('1250.5', { unit: false })).toBe('1.250,50');
  });

  it('property: never loses digits (strip separators → canonical string)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -MAX_ORE, max: MAX_ORE }), (ore) => {
        const shown = formatKroner(ore);
        expect(shown).toMatch(/^-?\d{1,3}(\.\d{3})*(,\d\d)? kr\.$/);
        const stripped = shown.replace(/ kr\.$/, '').replace(/\./g, '').replace(',', '.');
        expect(stripped).toBe(toKronerString(ore));
      }),
    );
  });

  const icuHasDanish = new Intl.NumberFormat('da-DK').resolvedOptions().locale.startsWith('da');
  (icuHasDanish ? it : it.skip)('property: agrees with Intl da-DK where floats are exact', () => {
    const intl2 = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const intl0 = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });
    // Whole kroner up to 2^53 are exact as numbers; øre amounts only well below that.
    const whole = fc.bigInt({ min: -(2n ** 53n), max: 2n ** 53n });
    const withOre = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }).filter((o) => o % 100n !== 0n);
    fc.assert(fc.property(whole, (k) => formatKroner(k * 100n) === `${intl0.format(Number(k))} kr.`));
    fc.assert(fc.property(withOre, (o) => formatKroner(o) === `${intl2.format(Number(o) / 100)} kr.`));
  });
});

describe('formatMio', () => {
  it.each([
    ['264400000', '264,4 mio. kr.'],
    ['26000000', '26,0 mio. kr.'],
    ['125849999', '125,8 mio. kr.'],
    ['125849999.99', '125,8 mio. kr.'],
    ['125850000', '125,9 mio. kr.'],
    ['125800000', '125,8 mio. kr.'],
    ['1000000', '1,0 mio. kr.'],
    ['999950000', '1.000,0 mio. kr.'],
    ['1234567890123', '1.234.567,9 mio. kr.'],
    ['50000', '0,1 mio. kr.'],
    ['49999.99', '0,0 mio. kr.'],
    ['-125850000', '-125,9 mio. kr.'],
    ['-125849999', '-125,8 mio. kr.'],
    ['-50000', '-0,1 mio. kr.'],
    ['-49999.99', '0,0 mio. kr.'],
    ['0', '0,0 mio. kr.'],
  ])('%j → %j', (input, out) => {
    expect(formatMio(input)).toBe(out);
  });

  it('can omit the unit', () => {
    expect(formatMio('264400000', { unit: false })).toBe('264,4');
  });

  it('property: rounds to the nearest tenth of a million, halves away from zero', () => {
    const tenth = 10n ** 7n; // øre in 0,1 mio. kr.
    // Random bigints almost never land on an exact half, so generate those explicitly too.
    const halves = fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }).map((k) => k * tenth + tenth / 2n);
    const nearHalves = fc.tuple(halves, fc.constantFrom(-1n, 1n)).map(([h, d]) => h + d);
    const amounts = fc.oneof(fc.bigInt({ min: -MAX_ORE, max: MAX_ORE }), halves, nearHalves);
    fc.assert(
      fc.property(amounts, (ore) => {
        const shown = formatMio(ore);
        expect(shown).toMatch(/^-?\d{1,3}(\.\d{3})*,\d mio\. kr\.$/);
        const tenths = BigInt(shown.replace(/ mio\. kr\.$/, '').replace(/[.,]/g, ''));
        const diff2 = 2n * (tenths * tenth - ore); // twice the rounding error, in øre
        expect(diff2 <= tenth && diff2 >= -tenth).toBe(true);
        if (diff2 === tenth || diff2 === -tenth) {
          // exactly half: magnitude must have gone up
          expect(tenths * tenth * (ore < 0n ? -1n : 1n) > (ore < 0n ? -ore : ore)).toBe(true);
        }
      }),
    );
  });
});

describe('formatMoney', () => {
  it.each([
    ['999999.99', '999.999,99 kr.'],
    ['1000000', '1,0 mio. kr.'],
    ['-999999', '-999.999 kr.'],
    ['-1000000', '-1,0 mio. kr.'],
    ['26000000', '26,0 mio. kr.'],
    ['1250.50', '1.250,50 kr.'],
  ])('auto: %j → %j', (input, out) => {
    expect(formatMoney(input)).toBe(out);
  });

  it('honours explicit styles and bigint input', () => {
    expect(formatMoney(12_580_000_000n, { style: 'kroner' })).toBe('125.800.000 kr.');
    expect(formatMoney('1250', { style: 'mio' })).toBe('0,0 mio. kr.');
    expect(formatMoney(12_580_000_000n, { unit: false })).toBe('125,8');
  });
});

describe('groupThousands', () => {
  it.each([
    ['0', '0'],
    ['12', '12'],
    ['123', '123'],
    ['1234', '1.234'],
    ['123456', '123.456'],
    ['1234567', '1.234.567'],
  ])('%j → %j', (d, out) => {
    expect(groupThousands(d)).toBe(out);
  });
});

describe('English', () => {
  const en = { language: 'en' } as const;

  it.each([
    ['0', 'DKK 0'],
    ['999', 'DKK 999'],
    ['1000', 'DKK 1,000'],
    ['1234567', 'DKK 1,234,567'],
    ['1250.5', 'DKK 1,250.50'],
    ['0.05', 'DKK 0.05'],
    ['-300', '-DKK 300'],
    ['-1234567.89', '-DKK 1,234,567.89'],
  ])('formatKroner %j → %j', (input, out) => {
    expect(formatKroner(input, en)).toBe(out);
  });

  it.each([
    ['125800000', 'DKK 125.8m'],
    ['125850000', 'DKK 125.9m'],
    ['999950000', 'DKK 1,000.0m'],
    ['-125850000', '-DKK 125.9m'],
    ['-49999.99', 'DKK 0.0m'],
  ])('formatMio %j → %j', (input, out) => {
    expect(formatMio(input, en)).toBe(out);
  });

  it('formatMoney picks the same style as in Danish; the unit can be left out', () => {
    expect(formatMoney('125800000', en)).toBe('DKK 125.8m');
    expect(formatMoney('999999.99', en)).toBe('DKK 999,999.99');
    expect(formatMoney('1234567', { ...en, style: 'kroner', unit: false })).toBe('1,234,567');
    expect(formatMio('-264400000', { ...en, unit: false })).toBe('-264.4');
    expect(groupThousands('1234567', 'en')).toBe('1,234,567');
  });

  it('property: the same digits as the Danish text, with the separators swapped', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -MAX_ORE, max: MAX_ORE }), (ore) => {
        const swapped = formatKroner(ore, { unit: false })
          .replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
        expect(formatKroner(ore, { ...en, unit: false })).toBe(swapped);
        expect(formatKroner(ore, en)).toBe(ore < 0n ? `-DKK ${swapped.slice(1)}` : `DKK ${swapped}`);
      }),
    );
  });

  const icuHasEnglish = new Intl.NumberFormat('en-GB').resolvedOptions().locale === 'en-GB';
  (icuHasEnglish ? it : it.skip)('property: agrees with Intl en-GB DKK currency where floats are exact', () => {
    const intl2 = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'DKK', minimumFractionDigits: 2 });
    const intl0 = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'DKK', maximumFractionDigits: 0 });
    const whole = fc.bigInt({ min: -(2n ** 53n), max: 2n ** 53n });
    const withOre = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }).filter((o) => o % 100n !== 0n);
    // ICU puts a no-break space after "DKK"; the formatter writes a plain one, as the Danish " kr." does.
    const plain = (text: string) => text.replace(/\u00a0/g, ' ');
    fc.assert(fc.property(whole, (k) => formatKroner(k * 100n, en) === plain(intl0.format(Number(k)))));
    fc.assert(fc.property(withOre, (o) => formatKroner(o, en) === plain(intl2.format(Number(o) / 100))));
  });
});
