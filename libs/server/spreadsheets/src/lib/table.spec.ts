import { columnWidths, shownLength, Table, tableToCsv } from './table';

const table: Table = {
  sheet: 'Besparelser',
  columns: [
    { header: 'Spor', kind: 'text' },
    { header: 'År', kind: 'integer' },
    { header: 'Forventet (kr.)', kind: 'wholeKroner' },
    { header: 'Prognose (kr.)', kind: 'kroner' },
    { header: 'Kommentar', kind: 'text' },
  ],
  rows: [
    ['-X', 2014, '26000000', '-1250.50', '=HYPERLINK("http://ond")'],
    ['SELV', 2015, '0', null, 'a;b'],
  ],
};

describe('tableToCsv', () => {
  it('writes ; and decimal comma by default, guarding text but not the numbers it writes', () => {
    expect(tableToCsv(table, { delimiter: ';', decimal: ',' })).toBe(
      '\uFEFFSpor;År;Forventet (kr.);Prognose (kr.);Kommentar\r\n' +
        `'-X;2014;26000000;-1250,50;"'=HYPERLINK(""http://ond"")"\r\n` +
        'SELV;2015;0;;"a;b"\r\n',
    );
  });

  it('writes , and decimal point on request', () => {
    const text = tableToCsv(table, { delimiter: ',', decimal: '.' });
    expect(text.split('\r\n')[1]).toBe(`'-X,2014,26000000,-1250.50,"'=HYPERLINK(""http://ond"")"`);
  });
});

describe('columnWidths', () => {
  it('fits the widest cell as Danish Excel shows it, within 6 and 60 characters', () => {
    expect(columnWidths(table)).toEqual([6, 6, 17, 16, 26]);
    expect(columnWidths({ sheet: 'x', columns: [{ header: 'K', kind: 'text' }], rows: [['x'.repeat(500)]] })).toEqual([60]);
  });

  it('counts thousands separators, decimals and the sign', () => {
    expect(shownLength({ kind: 'wholeKroner', value: '26000000' })).toBe('26.000.000'.length);
    expect(shownLength({ kind: 'kroner', value: '-1250.5' })).toBe('-1.250,50'.length);
    expect(shownLength({ kind: 'decimal', value: '0.333333' })).toBe('0,333333'.length);
  });
});
