import { formatRate, groupName, rateUnits, realisationRate, toSums } from './figures';

describe('realisationRate', () => {
  it('is realised ÷ expected with 4 decimals, rounded half away from zero, as the API computes it', () => {
    expect(realisationRate(8_750n, 10_000n)).toBe('0.8750');
    expect(realisationRate(66_665n, 100_000n)).toBe('0.6667');
    expect(realisationRate(2n, 3n)).toBe('0.6667');
    expect(realisationRate(-3_125n, 100_000n)).toBe('-0.0313');
    expect(realisationRate(125n, 100n)).toBe('1.2500');
    expect(realisationRate(0n, 100n)).toBe('0.0000');
  });

  it('is null when nothing is expected', () => {
    expect(realisationRate(500n, 0n)).toBeNull();
  });

  it('shows no minus sign on a negative rate that rounds to zero', () => {
    expect(realisationRate(-1n, 1_000_000n)).toBe('0.0000');
  });
});

describe('formatRate', () => {
  it('writes the rate as a Danish percentage with one decimal', () => {
    expect(formatRate('0.8750')).toBe('87,5 %');
    expect(formatRate('1.0000')).toBe('100,0 %');
    expect(formatRate('0.0000')).toBe('0,0 %');
    expect(formatRate('12.3456')).toBe('1.234,6 %');
  });

  it('rounds the second decimal of the percentage half away from zero', () => {
    expect(formatRate('0.8755')).toBe('87,6 %');
    expect(formatRate('0.8754')).toBe('87,5 %');
    expect(formatRate('-0.0313')).toBe('-3,1 %');
    expect(formatRate('-0.0315')).toBe('-3,2 %');
    expect(formatRate('-0.0004')).toBe('0,0 %');
  });

  it('writes "–" when there is no rate', () => {
    expect(formatRate(null)).toBe('–');
  });

  it('writes it the English way on an English page', () => {
    expect(formatRate('0.8750', 'en')).toBe('87.5%');
    expect(formatRate('12.3456', 'en')).toBe('1,234.6%');
    expect(formatRate('-0.0315', 'en')).toBe('-3.2%');
    expect(formatRate('-0.0004', 'en')).toBe('0.0%');
  });
});

describe('rateUnits', () => {
  it('reads the API rate exactly in ten-thousandths', () => {
    expect(rateUnits('0.9500')).toBe(9_500n);
    expect(rateUnits('-1.0001')).toBe(-10_001n);
    expect(() => rateUnits('0.95')).toThrow(TypeError);
  });
});

describe('toSums and groupName', () => {
  it('parses the API amounts to øre and keeps its rate', () => {
    expect(toSums({ expected: '1250.50', forecast: '0', realised: '-300', rate: '-0.2399' })).toEqual({
      expected: 125_050n,
      forecast: 0n,
      realised: -30_000n,
      rate: '-0.2399',
    });
  });

  it('names codes from the lists, falls back to the code, and lets a year be its own name', () => {
    const names = { track: new Map([['SVR', 'Velfærd']]), committee: new Map<string, string>(), administration: new Map<string, string>() };
    expect(groupName('track', 'SVR', names)).toBe('Velfærd');
    expect(groupName('committee', 'SAU', names)).toBe('SAU');
    expect(groupName('year', 2014, names)).toBe('2014');
  });
});
