import fc from 'fast-check';
import { decimalToSheetValue, normaliseDecimalText, numberToDecimalText, withDecimalMark } from './numbers';

describe('withDecimalMark', () => {
  it('writes the decimal comma, and leaves whole numbers and point files alone', () => {
    expect(withDecimalMark('-1250.50', ',')).toBe('-1250,50');
    expect(withDecimalMark('26000000', ',')).toBe('26000000');
    expect(withDecimalMark('0.333333', '.')).toBe('0.333333');
  });
});

describe('normaliseDecimalText', () => {
  it.each([
    ['1250,50', ',', '1250.50'],
    ['1.250,50', ',', '1250.50'],
    ['26.000.000', ',', '26000000'],
    ['1 250,5', ',', '1250.5'],
    ['1\u00a0250', ',', '1250'],
    ['-300,50', ',', '-300.50'],
    ['\u2212300', ',', '-300'],
    ['  42 kr.', ',', '42'],
    ['0,00', ',', '0.00'],
    ['-0', ',', '0'],
    ['007', ',', '7'],
    ['1,250.50', '.', '1250.50'],
    ['1250.5', '.', '1250.5'],
  ] as const)('reads %j with mark %j as %j', (text, mark, expected) => {
    expect(normaliseDecimalText(text, mark)).toBe(expected);
  });

  it.each([
    ['1250.50', ','], // a point in a decimal-comma file is a thousands separator, so this is no number
    ['12.50', ','],
    ['1.2345,5', ','],
    ['1,2345', '.'],
    ['abc', ','],
    ['', ','],
    ['1e3', '.'],
    ['--5', ','],
    ['1,2,3', '.'],
  ] as const)('refuses %j with mark %j', (text, mark) => {
    expect(normaliseDecimalText(text, mark)).toBeUndefined();
  });

  it('reads back what withDecimalMark writes, for any amount', () => {
    const decimal = fc.tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 99 })).map(([int, frac]) =>
      frac === 0 ? String(int) : `${int}.${String(frac).padStart(2, '0')}`,
    );
    fc.assert(
      fc.property(decimal, fc.constantFrom(',' as const, '.' as const), (text, mark) => {
        const back = normaliseDecimalText(withDecimalMark(text, mark), mark);
        expect(back === undefined ? undefined : Number(back)).toBe(Number(text));
      }),
    );
  });
});

describe('numberToDecimalText', () => {
  it.each([
    [1250.5, '1250.5'],
    [-300.5, '-300.5'],
    [26000000, '26000000'],
    [1375.0000000000002, '1375'],
    [0.1 + 0.2, '0.3'],
    [0.333333, '0.333333'],
    [0, '0'],
    [-0, '0'],
    [999999999999999, '999999999999999'],
  ])('reads %p as %j', (value, text) => {
    expect(numberToDecimalText(value)).toBe(text);
  });

  it.each([NaN, Infinity, 1e21, 1234567890123456, 1e-9])('has no decimal text for %p', (value) => {
    expect(numberToDecimalText(value)).toBeUndefined();
  });
});

describe('decimalToSheetValue', () => {
  it('is a number while Excel keeps every digit, and the text itself beyond 15 significant digits', () => {
    expect(decimalToSheetValue('1250.50')).toBe(1250.5);
    expect(decimalToSheetValue('-0.01')).toBe(-0.01);
    expect(decimalToSheetValue('9999999999999.99')).toBe(9999999999999.99);
    expect(decimalToSheetValue('99999999999999.99')).toBe('99999999999999.99');
  });

  it('round-trips through numberToDecimalText for any amount with at most 15 significant digits', () => {
    const amount = fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }).map((ore) => {
      const abs = ore < 0n ? -ore : ore;
      const text = `${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`.replace(/\.?0+$/, '').replace(/^$/, '0');
      return ore < 0n && text !== '0' ? `-${text}` : text;
    });
    fc.assert(
      fc.property(amount, (text) => {
        const value = decimalToSheetValue(text);
        expect(typeof value === 'number' ? numberToDecimalText(value) : value).toBe(text);
      }),
    );
  });
});
