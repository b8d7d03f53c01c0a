import { tablesOf, textsOf } from '../testing/doc-text';
import { committeeReport, CommitteeReportInput } from './committee-report';

const INPUT: CommitteeReportInput = {
  year: 2014,
  budgetTitle: 'Budget 2014',
  periodYears: [2014, 2015, 2016, 2017],
  printedAt: new Date('2026-11-27T17:30:00Z'),
  basis: {
    framework: { revision: 2, title: 'Rammeudmelding 2014', decidedOn: '2013-02-06', decidedBy: 'ØU', allocationMethod: 'top_down' },
    allocatedAt: '2026-11-27T09:15:00Z',
  },
  priceLevel: 2014,
  ownPriceLevel: 2014,
  committee: { code: 'ÆHU', name: 'Ældre- og Handicapudvalget' },
  rows: [
    { trackCode: 'SVR', year: 2014, expected: '8666667', forecast: '9000000', realised: '4500000.50', status: 'on_track', comment: 'Godt i gang' },
    { trackCode: 'SVR', year: 2015, expected: '8666666', forecast: null, realised: null, status: 'at_risk', comment: '' },
    { trackCode: 'ÆLIV', year: 2014, expected: '1000000', forecast: '-1250.50', realised: '0', status: 'off_track', comment: '' },
  ],
  byTrack: [
    { key: 'SVR', expected: '17333333', forecast: '9000000', realised: '4500000.50', rate: '0.2596' },
    { key: 'ÆLIV', expected: '1000000', forecast: '-1250.50', realised: '0', rate: '0.0000' },
  ],
  total: { expected: '18333333', forecast: '8998749.50', realised: '4500000.50', rate: '0.2455' },
  trackNames: new Map([['SVR', 'Sammenhængende velfærdsressourcer']]),
};

describe('committee report', () => {
  const doc = committeeReport(INPUT);
  const tables = tablesOf(doc);
  const withHeader = (first: string) => tables.filter((t) => t[0]?.[0] === first);

  it('names the committee, the year, the revision it rests on, and the print time with page numbers', () => {
    const texts = textsOf(doc);
    expect(texts).toContain('Udvalgsrapport: Ældre- og Handicapudvalget');
    expect(texts.join('\n')).toContain('Grundlag: rammeudmelding revision 2, «Rammeudmelding 2014», besluttet 6. februar 2013 af ØU');
    expect(texts.join('\n')).toContain('beregnet 27. november 2026 kl. 10.15. Beløbene er i 2014-pris, budgetrundens eget prisniveau.');
    const footer = (doc.footer as (page: number, pages: number) => { columns: { text: string }[] })(2, 3);
    expect(footer.columns.map((c) => c.text)).toEqual(['Udskrevet 27. november 2026 kl. 18.30', 'Side 2 af 3']);
    expect(doc.defaultStyle?.font).toBe('Roboto');
  });

  it('has the key figures and a table per track with the API sums, named tracks and "I alt"', () => {
    const [overview] = withHeader('Spor');
    expect(overview).toEqual([
      ['Spor', 'Forventet\n(kr., 2014-pris)', 'Prognose\n(kr., 2014-pris)', 'Realiseret\n(kr., 2014-pris)', 'Realiseringsgrad'],
      ['Sammenhængende velfærdsressourcer (SVR)', '17.333.333', '9.000.000', '4.500.000,50', '26,0 %'],
      ['ÆLIV', '1.000.000', '-1.250,50', '0', '0,0 %'],
      ['I alt', '18.333.333', '8.998.749,50', '4.500.000,50', '24,6 %'],
    ]);
    expect(tablesOf(doc).some((t) => t[0]?.[0] === 'Forventet / 18,3 mio. kr. / 18.333.333 kr.')).toBe(true);
  });

  it('lists each track\'s years with status, the comment under its year and the track total', () => {
    const [svr, aeliv] = withHeader('År');
    expect(svr).toEqual([
      ['År', 'Forventet\n(kr., 2014-pris)', 'Prognose\n(kr., 2014-pris)', 'Realiseret\n(kr., 2014-pris)', 'Status'],
      ['2014', '8.666.667', '9.000.000', '4.500.000,50', 'På sporet'],
      ['Kommentar 2014: Godt i gang', '', '', '', ''],
      ['2015', '8.666.666', '–', '–', 'I risiko'],
      ['I alt', '17.333.333', '9.000.000', '4.500.000,50', 'Realiseringsgrad 26,0 %'],
    ]);
    expect(aeliv[1]).toEqual(['2014', '1.000.000', '-1.250,50', '0', 'Ikke på sporet']);
  });

  it('names the price level the amounts were converted to, in the basis and every amount header', () => {
    const converted = committeeReport({ ...INPUT, priceLevel: 2016 });
    expect(textsOf(converted).join('\n')).toContain(
      'Beløbene er omregnet fra budgetrundens 2014-pris til 2016-pris efter pris- og lønindekset, hvert beløb for sig og afrundet til hele øre',
    );
    const headers = tablesOf(converted).filter((t) => ['Spor', 'År'].includes(t[0]?.[0] ?? '')).map((t) => t[0].slice(1, 4));
    expect(headers).toHaveLength(3);
    for (const h of headers) expect(h).toEqual(['Forventet\n(kr., 2016-pris)', 'Prognose\n(kr., 2016-pris)', 'Realiseret\n(kr., 2016-pris)']);
  });

  it('says so when the committee has no savings, and when no allocation has run', () => {
    const empty = committeeReport({ ...INPUT, rows: [], byTrack: [], basis: { framework: null, allocatedAt: null } });
    const texts = textsOf(empty).join('\n');
    expect(texts).toContain('Ældre- og Handicapudvalget har ingen besparelser på innovationssporene i budget 2014.');
    expect(texts).toContain('Der er endnu ingen beregnet fordeling af innovationspuljen for budget 2014');
    expect(tablesOf(empty)).toEqual([]);
  });
});
