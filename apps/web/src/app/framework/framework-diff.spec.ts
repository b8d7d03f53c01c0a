import { diffFrameworks } from './framework-diff';
import { Framework } from './framework.models';

const base: Framework = {
  budgetYear: 2013,
  revision: 1,
  decidedOn: '2012-02-08',
  decidedBy: 'ØU',
  title: 'Rammeudmelding for budget 2013',
  allocationMethod: 'bids',
  pool: { '2013': '125800000', '2014': '180000000', '2015': '230000000', '2016': '264400000' },
  trackWeights: [
    { trackCode: 'SELV', weight: '1' },
    { trackCode: 'SVR', weight: '1' },
  ],
  createdAt: '2012-02-08T10:00:00.000Z',
  createdBy: 'okonomi@odense.dk',
};

// The summer-2012 revision: 80 mio. kr. more in 2013, two new tracks, SELV out, SVR reweighted.
const summer: Framework = {
  ...base,
  revision: 2,
  decidedOn: '2012-06-20',
  title: 'Revideret rammeudmelding',
  allocationMethod: 'top_down',
  pool: { ...base.pool, '2013': '205800000', '2016': '264399000' },
  trackWeights: [
    { trackCode: 'SVR', weight: '2' },
    { trackCode: 'VIF', weight: '0.5' },
    { trackCode: 'ÆLIV', weight: '1' },
  ],
};

const NAMES = new Map([
  ['SVR', 'Sammenhængende velfærdsressourcer'],
  ['ÆLIV', 'Livskvalitet på egne vilkår'],
]);

describe('diffFrameworks', () => {
  it('puts every field, pool year and track weight side by side with what happened to it', () => {
    const diff = diffFrameworks(base, summer, NAMES);
    expect(diff.from).toBe(1);
    expect(diff.to).toBe(2);
    expect(diff.rows.map((r) => [r.label, r.before, r.after, r.change, r.delta])).toEqual([
      ['Besluttet den', '2012-02-08', '2012-06-20', 'changed', undefined],
      ['Besluttet af', 'ØU', 'ØU', 'unchanged', undefined],
      ['Titel', 'Rammeudmelding for budget 2013', 'Revideret rammeudmelding', 'changed', undefined],
      ['Fordelingsmetode', 'bids', 'top_down', 'changed', undefined],
      ['Pulje 2013', '125800000', '205800000', 'changed', 80_000_000n],
      ['Pulje 2014', '180000000', '180000000', 'unchanged', 0n],
      ['Pulje 2015', '230000000', '230000000', 'unchanged', 0n],
      ['Pulje 2016', '264400000', '264399000', 'changed', -1_000n],
      ['Pulje i alt', '800200000', '880199000', 'changed', 79_999_000n],
      ['Vægt: SELV', '1', null, 'removed', undefined],
      ['Vægt: Sammenhængende velfærdsressourcer (SVR)', '1', '2', 'changed', undefined],
      ['Vægt: VIF', null, '0.5', 'added', undefined],
      // Æ (U+00C6) after V by code point, as the API sorts.
      ['Vægt: Livskvalitet på egne vilkår (ÆLIV)', null, '1', 'added', undefined],
    ]);
    expect(diff.changes).toBe(10);
  });

  it('shows the other direction when the newer revision is chosen first', () => {
    const diff = diffFrameworks(summer, base);
    expect(diff.rows.find((r) => r.key === '2013')?.delta).toBe(-80_000_000n);
    expect(diff.rows.find((r) => r.key === 'SELV')?.change).toBe('added');
    expect(diff.rows.find((r) => r.key === 'VIF')?.change).toBe('removed');
  });

  it('finds nothing changed between a revision and itself, nor between spellings of one amount or weight', () => {
    expect(diffFrameworks(base, base).changes).toBe(0);
    const respelled: Framework = {
      ...base,
      revision: 2,
      pool: { ...base.pool, '2013': '125800000.00' },
      trackWeights: [
        { trackCode: 'SELV', weight: '1.000000' },
        { trackCode: 'SVR', weight: '1' },
      ],
    };
    expect(diffFrameworks(base, respelled).changes).toBe(0);
  });

  it('compares a pool year only one revision has against 0 kr.', () => {
    const other: Framework = { ...base, revision: 2, pool: { '2013': '125800000' } };
    const rows = diffFrameworks(base, other).rows.filter((r) => r.section === 'pool');
    expect(rows.map((r) => [r.key, r.change, r.delta])).toEqual([
      ['2013', 'unchanged', 0n],
      ['2014', 'removed', -180_000_000n],
      ['2015', 'removed', -230_000_000n],
      ['2016', 'removed', -264_400_000n],
      ['total', 'changed', -674_400_000n],
    ]);
  });
});
