import { diffFrameworks } from './framework-diff';
import { FrameworkDto } from './frameworks.dto';

const base: FrameworkDto = {
  budgetYear: 2013,
  revision: 1,
  decidedOn: '2012-02-08',
  decidedBy: 'ØU',
  title: 'Rammeudmelding for budget 2013',
  allocationMethod: 'bids',
  pool: { '2013': '125800000', '2014': '180000000', '2015': '230000000', '2016': '264400000' },
  trackWeights: [{ trackCode: 'SELV', weight: '1' }, { trackCode: 'SVR', weight: '1' }, { trackCode: 'VOB', weight: '0.5' }],
  createdAt: '2012-02-08T10:00:00.000Z',
  createdBy: 'oekonomi@odense.dk',
};

describe('diffFrameworks', () => {
  it('lists every pool year with a signed change, added, removed and reweighted tracks, and a method change', () => {
    const summer: FrameworkDto = {
      ...base,
      revision: 2,
      allocationMethod: 'top_down',
      pool: { '2013': '205800000', '2014': '180000000', '2015': '225000000', '2016': '264400000' },
      trackWeights: [{ trackCode: 'SELV', weight: '1' }, { trackCode: 'SVR', weight: '2' }, { trackCode: 'VIF', weight: '0.5' }, { trackCode: 'ÆLIV', weight: '1' }],
    };
    expect(diffFrameworks(base, summer)).toEqual({
      from: 1,
      to: 2,
      pool: [
        { year: 2013, from: '125800000', to: '205800000', change: '80000000' },
        { year: 2014, from: '180000000', to: '180000000', change: '0' },
        { year: 2015, from: '230000000', to: '225000000', change: '-5000000' },
        { year: 2016, from: '264400000', to: '264400000', change: '0' },
      ],
      tracksAdded: [{ trackCode: 'VIF', weight: '0.5' }, { trackCode: 'ÆLIV', weight: '1' }],
      tracksRemoved: [{ trackCode: 'VOB', weight: '0.5' }],
      tracksReweighted: [{ trackCode: 'SVR', from: '1', to: '2' }],
      methodChanged: { from: 'bids', to: 'top_down' },
    });
  });

  it('has no methodChanged and empty lists when nothing changed, and reverses cleanly', () => {
    const same = diffFrameworks(base, { ...base, revision: 3, title: 'Kun ny titel' });
    expect(same).toEqual({
      from: 1,
      to: 3,
      pool: ['2013', '2014', '2015', '2016'].map((y) => ({ year: Number(y), from: base.pool[y], to: base.pool[y], change: '0' })),
      tracksAdded: [],
      tracksRemoved: [],
      tracksReweighted: [],
    });
    expect('methodChanged' in same).toBe(false);
  });

  it('computes changes beyond the range of a JS number exactly', () => {
    const big = { ...base, revision: 2, pool: { ...base.pool, '2013': '999999999999999' } };
    expect(diffFrameworks(big, base).pool[0]).toEqual({ year: 2013, from: '999999999999999', to: '125800000', change: '-999999874199999' });
  });
});
