import fc from 'fast-check';
import { addDays, danishDate, daysBetween, shiftYears, utcMidnight } from './dates';

describe('shiftYears', () => {
  it.each([
    ['2013-02-06', 1, '2014-02-06'],
    ['2013-10-09', -1, '2012-10-09'],
    ['2012-02-29', 1, '2013-02-28'], // no 29 February in 2013: the last day of February, not 1 March
    ['2012-02-29', 4, '2016-02-29'],
    ['2012-02-29', 88, '2100-02-28'], // 2100 is not a leap year (divisible by 100)
    ['2012-02-29', -12, '2000-02-29'], // 2000 is (divisible by 400)
    ['2013-02-28', -1, '2012-02-28'],
    ['2013-12-31', 1, '2014-12-31'],
    ['2014-06-30', 0, '2014-06-30'],
  ])('%s shifted %p years is %s', (date, years, shifted) => {
    expect(shiftYears(date, years)).toBe(shifted);
  });

  it('keeps month and day, except 29 February, and there and back is the identity for any day but that', () => {
    const day = fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2150-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -40, max: 40 }), (date, years) => {
        const shifted = shiftYears(date, years);
        expect(Number(shifted.slice(0, 4))).toBe(Number(date.slice(0, 4)) + years);
        expect(utcMidnight(shifted).toISOString().slice(0, 10)).toBe(shifted); // a real date
        if (date.slice(5) !== '02-29') {
          expect(shifted.slice(5)).toBe(date.slice(5));
          expect(shiftYears(shifted, -years)).toBe(date);
        } else {
          expect(['02-28', '02-29']).toContain(shifted.slice(5));
        }
      }),
    );
  });

  it('refuses text that is not a date', () => {
    expect(() => shiftYears('30-06-2014', 1)).toThrow(TypeError);
  });
});

describe('daysBetween and addDays', () => {
  it.each([
    ['2013-09-18', '2013-10-09', 21],
    ['2013-09-19', '2013-10-09', 20],
    ['2013-10-09', '2013-09-18', -21],
    ['2012-02-28', '2012-03-01', 2], // leap day counted
    ['2013-03-30', '2013-04-01', 2], // across the change to summer time: still whole days
    ['2013-12-31', '2014-01-01', 1],
  ])('from %s to %s is %p days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
    expect(addDays(from, days)).toBe(to);
  });
});

describe('danishDate', () => {
  it.each([
    ['2014-06-30', '30. juni 2014'],
    ['2013-02-06', '6. februar 2013'],
    ['2013-10-15', '15. oktober 2013'],
    ['2014-03-31', '31. marts 2014'],
    ['2014-05-01', '1. maj 2014'],
  ])('%s is %s', (date, text) => {
    expect(danishDate(date)).toBe(text);
  });
});
