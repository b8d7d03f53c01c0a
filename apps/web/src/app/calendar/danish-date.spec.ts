import { danishDate, dateParts, todayInCopenhagen, wheelDay } from './danish-date';

describe('Danish dates', () => {
  it('writes a date the Danish way, and leaves what is no date as it is', () => {
    expect(danishDate('2013-02-06')).toBe('6. februar 2013');
    expect(danishDate('2014-12-31')).toBe('31. december 2014');
    expect(danishDate('2013-02-30')).toBe('2013-02-30');
    expect(danishDate('')).toBe('');
  });

  it('knows real dates, 29 February only in a leap year', () => {
    expect(dateParts('2016-02-29')).toEqual([2016, 2, 29]);
    expect(dateParts('2014-02-29')).toBeNull();
    expect(dateParts('2014-13-01')).toBeNull();
    expect(dateParts('6.2.2013')).toBeNull();
  });

  it('puts a date on the wheel by month and day, whatever the year', () => {
    expect(wheelDay('2013-01-01')).toBe(0);
    expect(wheelDay('2013-02-06')).toBe(36);
    expect(wheelDay('2014-02-06')).toBe(36);
    expect(wheelDay('2016-02-29')).toBe(wheelDay('2016-02-28'));
    expect(wheelDay('2013-12-31')).toBe(364);
  });

  it('takes today in Copenhagen, not in UTC', () => {
    // 23:30 UTC on 31 December is already 1 January in Copenhagen.
    expect(todayInCopenhagen(new Date('2013-12-31T23:30:00Z'))).toBe('2014-01-01');
  });
});
