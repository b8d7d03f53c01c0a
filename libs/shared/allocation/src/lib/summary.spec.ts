import { allocate } from './allocate';
import { summariseByCommittee, summariseByTrack } from './summary';
import type { AllocationInput } from './types';

const input: AllocationInput = {
  pool: { '2014': '100', '2015': '50', '2016': '7' },
  trackWeights: [
    { trackCode: 'SVR', weight: '1' },
    { trackCode: 'LEV', weight: '1' },
  ],
  tracks: [
    {
      code: 'SVR',
      status: 'active',
      startYear: 2014,
      shares: [
        { committeeCode: 'ÆHU', weight: '1' },
        { committeeCode: 'SAU', weight: '1' },
      ],
    },
    { code: 'LEV', status: 'active', startYear: 2015, shares: [{ committeeCode: 'ÆHU', weight: '1' }] },
  ],
};

describe('summaries', () => {
  const r = allocate(input);
  // 2014: SVR 100 → SAU 50, ÆHU 50. 2015: LEV 25, SVR 25 → SAU 13, ÆHU 12.
  // 2016: 7 → LEV 4 (smaller code), SVR 3 → SAU 2, ÆHU 1.

  it('by track: every year, 0 where the track was not eligible', () => {
    expect(summariseByTrack(r)).toEqual({
      years: [2014, 2015, 2016],
      rows: [
        { code: 'LEV', amounts: { '2014': '0', '2015': '25', '2016': '4' }, total: '29' },
        { code: 'SVR', amounts: { '2014': '100', '2015': '25', '2016': '3' }, total: '128' },
      ],
      totals: { '2014': '100', '2015': '50', '2016': '7' },
      total: '157',
    });
  });

  it('by committee, in code-point order (SAU before ÆHU)', () => {
    expect(summariseByCommittee(r)).toEqual({
      years: [2014, 2015, 2016],
      rows: [
        { code: 'SAU', amounts: { '2014': '50', '2015': '13', '2016': '2' }, total: '65' },
        { code: 'ÆHU', amounts: { '2014': '50', '2015': '37', '2016': '5' }, total: '92' },
      ],
      totals: { '2014': '100', '2015': '50', '2016': '7' },
      total: '157',
    });
  });
});
