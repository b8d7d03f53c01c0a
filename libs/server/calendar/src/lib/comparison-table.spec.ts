import { comparisonTable } from './comparison-table';
import { RoundComparisonDto } from './follow-up-rounds.dto';

const dto: RoundComparisonDto = {
  from: { id: 'a', asOf: '2014-03-31', title: 'Budgetopfølgning pr. 31. marts 2014', status: 'closed' },
  to: { id: 'b', asOf: '2014-06-30', title: 'Halvårsopfølgning', status: 'open' },
  cells: [
    { savingId: '1', trackCode: 'SELV', committeeCode: 'SAU', year: 2014, from: '24500000.50', to: '20000000', difference: '-4500000.50' },
    { savingId: '2', trackCode: 'SVR', committeeCode: 'ÆHU', year: 2015, from: null, to: null, difference: '0' },
  ],
  tracks: [
    { trackCode: 'SELV', from: '24500000.50', to: '20000000', difference: '-4500000.50' },
    { trackCode: 'SVR', from: '0', to: '0', difference: '0' },
  ],
  committees: [{ committeeCode: 'SAU', from: '24500000.50', to: '20000000', difference: '-4500000.50' }],
  total: { from: '24500000.50', to: '20000000', difference: '-4500000.50' },
};

describe('comparisonTable', () => {
  const table = comparisonTable(dto, new Map([['SELV', 'Selvhjulpne borgere']]), new Map([['SAU', 'Socialudvalget']]));

  it('names the round columns by the rounds, with kroner formats for the amounts', () => {
    expect(table.sheet).toBe('Sammenligning');
    expect(table.columns.map((c) => [c.header, c.kind])).toEqual([
      ['Type', 'text'], ['Spor', 'text'], ['Spornavn', 'text'], ['Udvalg', 'text'], ['Udvalgsnavn', 'text'], ['År', 'integer'],
      ['Fra: Budgetopfølgning pr. 31. marts 2014 (kr.)', 'kroner'], ['Til: Halvårsopfølgning (kr.)', 'kroner'], ['Forskel (kr.)', 'kroner'],
    ]);
  });

  it('has every cell (no forecast as an empty cell), then the sums per track, per committee and in all', () => {
    expect(table.rows).toEqual([
      ['Celle', 'SELV', 'Selvhjulpne borgere', 'SAU', 'Socialudvalget', 2014, '24500000.50', '20000000', '-4500000.50'],
      ['Celle', 'SVR', '', 'ÆHU', '', 2015, null, null, '0'],
      ['Spor i alt', 'SELV', 'Selvhjulpne borgere', null, null, null, '24500000.50', '20000000', '-4500000.50'],
      ['Spor i alt', 'SVR', '', null, null, null, '0', '0', '0'],
      ['Udvalg i alt', null, null, 'SAU', 'Socialudvalget', null, '24500000.50', '20000000', '-4500000.50'],
      ['I alt', null, null, null, null, null, '24500000.50', '20000000', '-4500000.50'],
    ]);
  });
});
