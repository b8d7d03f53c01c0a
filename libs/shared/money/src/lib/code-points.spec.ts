import fc from 'fast-check';
import { compareCodePoints } from './code-points';

const sign = (n: number) => Math.sign(n);

describe('compareCodePoints', () => {
  it('orders Danish letters by code point, not by Danish collation', () => {
    expect(compareCodePoints('SAU', 'ÆHU')).toBe(-1);
    expect(compareCodePoints('ÆHU', 'SAU')).toBe(1);
    expect(compareCodePoints('Æ', 'Ø')).toBe(-1);
    expect(compareCodePoints('Ø', 'Å')).toBe(1); // Danish alphabet puts Å last; code points do not
    expect(['ØKO', 'ÆHU', 'SAU', 'ÅBN', 'aaa', 'BUV'].sort(compareCodePoints)).toEqual([
      'BUV',
      'SAU',
      'aaa',
      'ÅBN',
      'ÆHU',
      'ØKO',
    ]);
  });

  it('uses code points, not UTF-16 units, for astral characters', () => {
    const astral = '\u{1F600}'; // stored as surrogates D83D DE00
    const highBmp = '\uFF61';
    expect(astral < highBmp).toBe(true); // what plain < says
    expect(compareCodePoints(astral, highBmp)).toBe(1);
    expect(compareCodePoints(highBmp, astral)).toBe(-1);
  });

  it('treats prefixes as smaller and equal strings as equal', () => {
    expect(compareCodePoints('AB', 'ABC')).toBe(-1);
    expect(compareCodePoints('ABC', 'AB')).toBe(1);
    expect(compareCodePoints('', '')).toBe(0);
    expect(compareCodePoints('', 'A')).toBe(-1);
    expect(compareCodePoints('SAU', 'SAU')).toBe(0);
  });

  const anyString = fc.string({ unit: 'binary', maxLength: 8 });

  it('property: agrees with comparing arrays of code points', () => {
    const cps = (s: string) => Array.from(s, (c) => c.codePointAt(0) as number);
    const reference = (a: string, b: string) => {
      const x = cps(a);
      const y = cps(b);
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return sign(x[i] - y[i]);
      return sign(x.length - y.length);
    };
    fc.assert(fc.property(anyString, anyString, (a, b) => compareCodePoints(a, b) === reference(a, b)));
  });

  it('property: antisymmetric and zero only for equal strings', () => {
    fc.assert(
      fc.property(anyString, anyString, (a, b) => {
        expect(compareCodePoints(a, b)).toBe(-compareCodePoints(b, a) || 0);
        expect(compareCodePoints(a, b) === 0).toBe(a === b);
      }),
    );
  });
});
