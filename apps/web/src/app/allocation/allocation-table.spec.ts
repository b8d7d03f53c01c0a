import { buildAllocationTable, localDecimal as danishDecimal, kr } from './allocation-table';
import { AllocationView } from './allocation.models';

const TRACKS = [
  { code: 'SVR', name: 'Sammenhængende velfærdsressourcer' },
  { code: 'SELV', name: 'Selvhjulpne borgere' },
];
const COMMITTEES = [
  { code: 'SAU', name: 'Social- og Arbejdsmarkedsudvalget' },
  { code: 'ÆHU', name: 'Ældre- og Handicapudvalget' },
];

const topDown: AllocationView = {
  run: null,
  cells: [
    { trackCode: 'SVR', committeeCode: 'ÆHU', year: 2014, amount: '617284' },
    { trackCode: 'SVR', committeeCode: 'SAU', year: 2014, amount: '617283' },
    { trackCode: 'SELV', committeeCode: 'SAU', year: 2014, amount: '1000000' },
    { trackCode: 'SELV', committeeCode: 'SAU', year: 2015, amount: '2500000' },
  ],
  unallocated: { '2016': '750000' },
};

describe('buildAllocationTable', () => {
  const table = buildAllocationTable([2014, 2015, 2016, 2017], topDown, TRACKS, COMMITTEES);
  const show = (amounts: readonly bigint[]) => amounts.map(kr);

  it('groups rows by track and committee in code order, with names', () => {
    expect(table.groups.map((g) => [g.trackCode, g.trackName, g.rows.map((r) => `${r.committeeCode} ${r.committeeName}`)])).toEqual([
      ['SELV', 'Selvhjulpne borgere', ['SAU Social- og Arbejdsmarkedsudvalget']],
      ['SVR', 'Sammenhængende velfærdsressourcer', ['SAU Social- og Arbejdsmarkedsudvalget', 'ÆHU Ældre- og Handicapudvalget']],
    ]);
  });

  it('has an amount per period year (0 kr. where the API left the cell out) and a row total', () => {
    const selv = table.groups[0].rows[0];
    expect(show(selv.amounts)).toEqual(['1.000.000 kr.', '2.500.000 kr.', '0 kr.', '0 kr.']);
    expect(kr(selv.total)).toBe('3.500.000 kr.');
  });

  it('sums each track and each year', () => {
    expect(show(table.groups[1].amounts)).toEqual(['1.234.567 kr.', '0 kr.', '0 kr.', '0 kr.']);
    expect(show(table.allocated.amounts)).toEqual(['2.234.567 kr.', '2.500.000 kr.', '0 kr.', '0 kr.']);
    expect(kr(table.allocated.total)).toBe('4.734.567 kr.');
  });

  it('reconciles the pool as allocated plus unallocated', () => {
    expect(table.mode).toBe('top_down');
    expect(show(table.unallocated?.amounts ?? [])).toEqual(['0 kr.', '0 kr.', '750.000 kr.', '0 kr.']);
    expect(show(table.pool.amounts)).toEqual(['2.234.567 kr.', '2.500.000 kr.', '750.000 kr.', '0 kr.']);
    expect(kr(table.pool.total)).toBe('5.484.567 kr.');
    expect(table.uncovered).toBeNull();
  });

  it('in bids mode shows the uncovered line, negative when over-bid, and the pool as bids plus uncovered', () => {
    const bids = buildAllocationTable(
      [2014, 2015],
      {
        run: null,
        cells: [
          { trackCode: 'SELV', committeeCode: 'SAU', year: 2014, amount: '3000000' },
          { trackCode: 'SELV', committeeCode: 'SAU', year: 2015, amount: '1000000' },
        ],
        unallocated: {},
        uncovered: { '2014': '-500000', '2015': '1000000' },
      },
      TRACKS,
      COMMITTEES,
    );
    expect(bids.mode).toBe('bids');
    expect(bids.unallocated).toBeNull();
    expect(show(bids.uncovered?.amounts ?? [])).toEqual(['-500.000 kr.', '1.000.000 kr.']);
    expect(show(bids.pool.amounts)).toEqual(['2.500.000 kr.', '2.000.000 kr.']);
  });

  it('falls back to the code when a track or committee has no name', () => {
    const t = buildAllocationTable([2014], { run: null, cells: [{ trackCode: 'NY', committeeCode: 'BUU', year: 2014, amount: '1' }], unallocated: {} }, [], []);
    expect([t.groups[0].trackName, t.groups[0].rows[0].committeeName]).toEqual(['NY', 'BUU']);
  });
});

describe('danishDecimal', () => {
  it.each([
    ['33333333.333333', '33.333.333,333333'],
    ['0.5', '0,5'],
    ['3', '3'],
    ['-1234.5', '-1.234,5'],
  ])('%s → %s', (input, expected) => expect(danishDecimal(input)).toBe(expected));
});
