import { explainCell, exactFraction } from './explain';
import type { AllocationInput } from './types';

const input: AllocationInput = {
  pool: { '2014': '100', '2015': '0' },
  trackWeights: [
    { trackCode: 'SVR', weight: '1' },
    { trackCode: 'LEV', weight: '1' },
    { trackCode: 'SELV', weight: '1' },
    { trackCode: 'PAUSE', weight: '1' },
  ],
  tracks: [
    {
      code: 'SVR',
      status: 'active',
      startYear: 2014,
      shares: [
        { committeeCode: 'ÆHU', weight: '0.5' },
        { committeeCode: 'SAU', weight: '0.3' },
        { committeeCode: 'BUU', weight: '0.2' },
      ],
    },
    { code: 'LEV', status: 'active', startYear: 2014, shares: [{ committeeCode: 'ÆHU', weight: '1' }] },
    { code: 'SELV', status: 'active', startYear: 2014, shares: [{ committeeCode: 'SAU', weight: '1' }] },
    { code: 'PAUSE', status: 'paused', startYear: 2014, shares: [{ committeeCode: 'ØU', weight: '1' }] },
  ],
};

describe('explainCell', () => {
  it('shows both steps: 100 kr. over three tracks, then SVR’s 33 kr. over ÆHU 0.5 / SAU 0.3 / BUU 0.2', () => {
    // Step 1: quotas 33⅓ each; LEV (smallest code) gets the leftover krone: LEV 34, SELV 33, SVR 33.
    // Step 2: 33 · 0.5 = 16.5, 33 · 0.3 = 9.9, 33 · 0.2 = 6.6 → floors 16, 9, 6 (31), 2 kroner left
    // to SAU (.9) and BUU (.6): ÆHU 16, SAU 10, BUU 7.
    expect(explainCell(input, { year: 2014, trackCode: 'SVR', committeeCode: 'ÆHU' })).toEqual({
      year: 2014,
      trackCode: 'SVR',
      committeeCode: 'ÆHU',
      pool: '100',
      eligibleTracks: 3,
      trackWeight: '1',
      sumOfWeights: '3',
      trackQuota: { num: '100', den: '3', decimal: '33.333333', exact: false },
      trackFloor: '33',
      trackRemainder: { num: '1', den: '3', decimal: '0.333333', exact: false },
      trackLeftover: '1',
      trackGotExtra: false,
      trackAmount: '33',
      shareWeight: '0.5',
      sumOfShareWeights: '1',
      committeeQuota: { num: '33', den: '2', decimal: '16.5', exact: true },
      committeeFloor: '16',
      committeeRemainder: { num: '1', den: '2', decimal: '0.5', exact: true },
      committeeLeftover: '2',
      committeeGotExtra: false,
      amount: '16',
    });
    expect(explainCell(input, { year: 2014, trackCode: 'SVR', committeeCode: 'SAU' })).toMatchObject({
      committeeQuota: { num: '99', den: '10', decimal: '9.9', exact: true },
      committeeGotExtra: true,
      amount: '10',
    });
    expect(explainCell(input, { year: 2014, trackCode: 'LEV', committeeCode: 'ÆHU' })).toMatchObject({
      trackGotExtra: true,
      trackAmount: '34',
      amount: '34',
    });
  });

  it('explains 0 kr. cells too (left out of allocate’s cells)', () => {
    expect(explainCell(input, { year: 2015, trackCode: 'SVR', committeeCode: 'BUU' })).toMatchObject({
      pool: '0',
      trackAmount: '0',
      committeeQuota: { num: '0', den: '1', decimal: '0', exact: true },
      amount: '0',
    });
  });

  it('is undefined for a year outside the pool, an ineligible track or a committee without a share', () => {
    expect(explainCell(input, { year: 2013, trackCode: 'SVR', committeeCode: 'ÆHU' })).toBeUndefined();
    expect(explainCell(input, { year: 2014, trackCode: 'PAUSE', committeeCode: 'ØU' })).toBeUndefined();
    expect(explainCell(input, { year: 2014, trackCode: 'LEV', committeeCode: 'SAU' })).toBeUndefined();
  });
});

describe('exactFraction', () => {
  it.each([
    [2n, 3n, { num: '2', den: '3', decimal: '0.666667', exact: false }],
    [1n, 3n, { num: '1', den: '3', decimal: '0.333333', exact: false }],
    [1n, 2_000_000n, { num: '1', den: '2000000', decimal: '0.000001', exact: false }], // half rounds up
    [1n, 2_000_001n, { num: '1', den: '2000001', decimal: '0', exact: false }],
    [250n, 10n, { num: '25', den: '1', decimal: '25', exact: true }],
    [12_345_678_901_234_567_890n, 1_000_000n, { num: '1234567890123456789', den: '100000', decimal: '12345678901234.56789', exact: true }],
  ])('%p/%p', (num, den, expected) => {
    expect(exactFraction(num, den)).toEqual(expected);
  });
});
