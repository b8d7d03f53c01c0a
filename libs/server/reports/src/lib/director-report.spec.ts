import { tablesOf, textsOf } from '../testing/doc-text';
import { directorReport, DirectorReportInput } from './director-report';

const sums = (key: string | number, expected: string, forecast: string, realised: string, rate: string | null) => ({ key, expected, forecast, realised, rate });
const TOTAL = { expected: '30000000', forecast: '25000000', realised: '12000000', rate: '0.4000' };

const INPUT: DirectorReportInput = {
  year: 2013,
  budgetTitle: 'Budget 2013',
  periodYears: [2013, 2014, 2015, 2016],
  printedAt: new Date('2026-11-27T12:00:00Z'),
  basis: { framework: { revision: 1, title: 'Ramme 2013', decidedOn: '2012-02-08', decidedBy: 'ØU', allocationMethod: 'bids' }, allocatedAt: null },
  priceLevel: 2016,
  ownPriceLevel: 2013,
  realisation: {
    track: { groups: [sums('SVR', '20000000', '15000000', '8000000', '0.4000'), sums('LEV', '10000000', '10000000', '4000000', '0.4000')], total: TOTAL },
    committee: { groups: [sums('SAU', '30000000', '25000000', '12000000', '0.4000')], total: TOTAL },
    administration: { groups: [sums('SAF', '30000000', '25000000', '12000000', '0.4000')], total: TOTAL },
    year: { groups: [sums(2013, '30000000', '25000000', '12000000', '0.4000'), sums(2014, '0', '0', '0', null)], total: TOTAL },
  },
  names: {
    track: new Map([['SVR', 'Sammenhængende velfærdsressourcer'], ['LEV', 'Lev vel']]),
    committee: new Map([['SAU', 'Social- og Arbejdsmarkedsudvalget']]),
    administration: new Map([['SAF', 'Social- og Arbejdsmarkedsforvaltningen']]),
  },
};

describe('director report', () => {
  const doc = directorReport(INPUT);
  const sumsTables = tablesOf(doc).filter((t) => t[0]?.[4] === 'Realiseringsgrad');

  it('has a chart and a table for tracks, committees, administrations and years, in that order', () => {
    const texts = textsOf(doc);
    const headings = ['Realisering pr. spor', 'Realisering pr. udvalg', 'Realisering pr. forvaltning', 'Realisering pr. år'];
    expect(headings.map((h) => texts.indexOf(h))).toEqual([...headings.map((h) => texts.indexOf(h))].sort((a, b) => a - b));
    expect(sumsTables.map((t) => t[0][0])).toEqual(['Spor', 'Udvalg', 'Forvaltning', 'År']);
    // Four charts: each has its axis unit once.
    expect(texts.filter((t) => t === 'mio. kr.')).toHaveLength(4);
  });

  it('puts the API sums in the tables, named, with the total last', () => {
    expect(sumsTables[0].slice(1)).toEqual([
      ['Sammenhængende velfærdsressourcer (SVR)', '20.000.000', '15.000.000', '8.000.000', '40,0 %'],
      ['Lev vel (LEV)', '10.000.000', '10.000.000', '4.000.000', '40,0 %'],
      ['I alt', '30.000.000', '25.000.000', '12.000.000', '40,0 %'],
    ]);
    expect(sumsTables[3].slice(1, 3)).toEqual([
      ['2013', '30.000.000', '25.000.000', '12.000.000', '40,0 %'],
      ['2014', '0', '0', '0', '–'],
    ]);
    expect(textsOf(doc).join('\n')).toContain('puljen er fordelt efter udvalgenes bud');
  });

  it('says the amounts are converted to the chosen price level, in the basis and each table', () => {
    expect(textsOf(doc).join('\n')).toContain('Beløbene er omregnet fra budgetrundens 2013-pris til 2016-pris efter pris- og lønindekset');
    for (const table of sumsTables) expect(table[0].slice(1, 4)).toEqual(['Forventet\n(kr., 2016-pris)', 'Prognose\n(kr., 2016-pris)', 'Realiseret\n(kr., 2016-pris)']);
  });

  it('says there is nothing to follow up when the round has no savings', () => {
    const none = { groups: [], total: { expected: '0', forecast: '0', realised: '0', rate: null } };
    const empty = directorReport({ ...INPUT, realisation: { track: none, committee: none, administration: none, year: none } });
    expect(textsOf(empty)).toContain('Der er endnu ingen besparelser at følge op på i budget 2013.');
  });
});
