import { allocationTable, auditTable, realisationTable } from './export-tables';
import { tableToCsv } from './table';

const csv = (table: Parameters<typeof tableToCsv>[0]) => tableToCsv(table, { delimiter: ';', decimal: ',' }).replace('\uFEFF', '').trim().split('\r\n');

describe('allocationTable', () => {
  it('lists the cells with names, then unallocated and uncovered years by type', () => {
    const table = allocationTable(
      { run: null, cells: [{ trackCode: 'SELV', committeeCode: 'SAU', year: 2014, amount: '26000000' }], unallocated: { '2015': '100' }, uncovered: { '2014': '-5' } },
      new Map([['SELV', 'Selvforsørgelse']]),
      new Map([['SAU', 'Social- og Arbejdsmarkedsudvalget']]),
    );
    expect(csv(table)).toEqual([
      'Type;Spor;Spornavn;Udvalg;Udvalgsnavn;År;Beløb (kr.)',
      'Fordelt;SELV;Selvforsørgelse;SAU;Social- og Arbejdsmarkedsudvalget;2014;26000000',
      'Ikke fordelt;;Intet spor kunne få puljen dette år;;;2015;100',
      'Udækket;;Puljen minus buddene;;;2014;-5',
    ]);
  });
});

describe('allocationTable at a chosen price level', () => {
  it('names the level in the amount header and writes the øre the conversion gave', () => {
    const table = allocationTable(
      { run: null, cells: [{ trackCode: 'SELV', committeeCode: 'SAU', year: 2014, amount: '26832000.51' }], unallocated: {}, priceLevel: 2016 },
      new Map(),
      new Map(),
    );
    expect(table.columns.at(-1)).toEqual({ header: 'Beløb (kr., 2016-pris)', kind: 'kroner' });
    expect(csv(table)[1]).toBe('Fordelt;SELV;;SAU;;2014;26832000,51');
  });
});

describe('realisationTable', () => {
  const dto = {
    groups: [{ key: 'SAU', expected: '1000', forecast: '900', realised: '-12.50', rate: '-0.0125' }],
    total: { expected: '1000', forecast: '900', realised: '-12.50', rate: '-0.0125' },
  };

  it('names each group and ends with the total', () => {
    expect(csv(realisationTable(dto, 'committee', new Map([['SAU', 'Socialudvalget']])))).toEqual([
      'Udvalg;Navn;Forventet (kr.);Prognose (kr.);Realiseret (kr.);Realiseringsgrad',
      'SAU;Socialudvalget;1000;900;-12,50;-0,0125',
      'I alt;;1000;900;-12,50;-0,0125',
    ]);
  });

  it('names the price level in the amount headers, not in the rate\'s', () => {
    const priced = { groups: [{ ...dto.groups[0], priceLevel: 2016 }], total: { ...dto.total, priceLevel: 2016 } };
    expect(csv(realisationTable(priced, 'committee', new Map()))[0]).toBe(
      'Udvalg;Navn;Forventet (kr., 2016-pris);Prognose (kr., 2016-pris);Realiseret (kr., 2016-pris);Realiseringsgrad',
    );
  });

  it('has no name column by year', () => {
    const table = realisationTable({ ...dto, groups: [{ ...dto.groups[0], key: 2014 }] }, 'year', new Map());
    expect(csv(table).slice(0, 2)).toEqual(['År;Forventet (kr.);Prognose (kr.);Realiseret (kr.);Realiseringsgrad', '2014;1000;900;-12,50;-0,0125']);
  });
});

describe('auditTable', () => {
  it('writes before and after as JSON text', () => {
    const table = auditTable([{ id: '7', at: '2014-01-15T08:00:00.000Z', actor: 'a@b.dk', action: 'update', entityType: 'savings', entityId: 'x', before: null, after: { comment: '=1' } }]);
    expect(csv(table)[1]).toBe('7;2014-01-15T08:00:00.000Z;a@b.dk;update;savings;x;;"{""comment"":""=1""}"');
  });
});
