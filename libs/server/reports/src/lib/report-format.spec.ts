import { amountCell, dateText, rateText, timeText } from './report-format';

describe('report formatting', () => {
  it('writes amounts as Danish table cells, and "–" for one not entered', () => {
    expect(amountCell('1234567')).toBe('1.234.567');
    expect(amountCell('-1250.50')).toBe('-1.250,50');
    expect(amountCell('0')).toBe('0');
    expect(amountCell(null)).toBe('–');
  });

  it('writes rates as percent with one decimal, half away from zero', () => {
    expect(rateText('0.8750')).toBe('87,5 %');
    expect(rateText('1.2345')).toBe('123,5 %');
    expect(rateText('-0.0125')).toBe('-1,3 %');
    expect(rateText('-0.0004')).toBe('0,0 %');
    expect(rateText('12.5000')).toBe('1.250,0 %');
    expect(rateText(null)).toBe('–');
  });

  it('writes a calendar date in words without a time zone, and a moment in Danish time', () => {
    expect(dateText('2013-02-06')).toBe('6. februar 2013');
    expect(dateText('2012-12-31')).toBe('31. december 2012');
    // 23:30 UTC on 31 December is already New Year in Copenhagen.
    expect(timeText('2026-12-31T23:30:00Z')).toBe('1. januar 2027 kl. 00.30');
    expect(timeText('2026-06-15T08:05:00Z')).toBe('15. juni 2026 kl. 10.05');
  });
});
