import { danishWeight, localWeight, parseWeightInput, sharePercents, sharePercentsOf, toApiWeight } from './share-math';

describe('share weights', () => {
  it('reads Danish and API notation alike, exactly in millionths', () => {
    expect(parseWeightInput('0,5')).toBe(500_000n);
    expect(parseWeightInput(' 0.333333 ')).toBe(333_333n);
    expect(parseWeightInput('1,0000000')).toBeNull();
    expect(parseWeightInput('0')).toBeNull();
    expect(parseWeightInput('1.234,5')).toBeNull();
    expect(toApiWeight('1,500')).toBe('1.5');
    expect(danishWeight('0.333333')).toBe('0,333333');
  });

  it('gives each share its part of the total, rounded half up to one decimal', () => {
    expect(sharePercentsOf([{ weight: '1' }, { weight: '1' }, { weight: '1' }])).toEqual(['33,3\u00a0%', '33,3\u00a0%', '33,3\u00a0%']);
    expect(sharePercentsOf([{ weight: '1' }, { weight: '1.5' }, { weight: '0.333333' }])).toEqual(['35,3\u00a0%', '52,9\u00a0%', '11,8\u00a0%']);
    // 1/8 = 12,5 % exactly; 1/16 = 6,25 % rounds up to 6,3 %.
    expect(sharePercents([1n, 7n])).toEqual(['12,5\u00a0%', '87,5\u00a0%']);
    expect(sharePercents([1n, 15n])).toEqual(['6,3\u00a0%', '93,8\u00a0%']);
  });

  it('leaves out rows without a valid weight, and shows nothing when no weight is valid', () => {
    expect(sharePercents([null, 2n, 2n])).toEqual([null, '50\u00a0%', '50\u00a0%']);
    expect(sharePercents([null, null])).toEqual([null, null]);
    expect(sharePercents([])).toEqual([]);
  });

  it('writes weights and percentages the English way on an English page', () => {
    expect([localWeight('0.333333', 'en'), localWeight('0.5', 'da')]).toEqual(['0.333333', '0,5']);
    expect(sharePercentsOf([{ weight: '1' }, { weight: '1.5' }, { weight: '0.333333' }], 'en')).toEqual(['35.3%', '52.9%', '11.8%']);
    expect(sharePercents([1n, 15n], 'en')).toEqual(['6.3%', '93.8%']);
    expect(sharePercents([null, 2n, 2n], 'en')).toEqual([null, '50%', '50%']);
  });
});
