import fc from 'fast-check';
import { BOM, csvCell, csvText, detectDelimiter, guardFormula, parseCsv, unguardFormula } from './csv';

describe('guardFormula and unguardFormula', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+45 12 34 56 78', "'+45 12 34 56 78"],
    ['-X', "'-X"],
    ['@cmd', "'@cmd"],
    ['\tindrykket', "'\tindrykket"],
    ['\rlinje', "'\rlinje"],
    ["'=allerede", "''=allerede"],
    ['Forsinket opstart', 'Forsinket opstart'],
    ["'citat", "'citat"],
    ['', ''],
  ])('writes %j as %j', (text, guarded) => {
    expect(guardFormula(text)).toBe(guarded);
    expect(unguardFormula(guarded)).toBe(text);
  });

  it('is undone exactly by unguardFormula for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }).map((s) => (s.length % 2 ? `=${s}` : s)), (text) => {
      expect(unguardFormula(guardFormula(text))).toBe(text);
    }));
  });
});

describe('csvCell and csvText', () => {
  it('quotes cells holding the delimiter, quotes or line breaks, and nothing else', () => {
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('a,b', ';')).toBe('a,b');
    expect(csvCell('a,b', ',')).toBe('"a,b"');
    expect(csvCell('sagde "nej"', ';')).toBe('"sagde ""nej"""');
    expect(csvCell('to\nlinjer', ';')).toBe('"to\nlinjer"');
  });

  it('starts with a BOM and ends every record with CRLF', () => {
    expect(csvText([['Spor', 'Beløb'], ['SELV', '1250,50']], ';')).toBe(`${BOM}Spor;Beløb\r\nSELV;1250,50\r\n`);
  });
});

describe('detectDelimiter', () => {
  it('takes the more frequent of ; and , in the first line, outside quotes', () => {
    expect(detectDelimiter('Id;Version;Spor\n1,2,3,4')).toBe(';');
    expect(detectDelimiter('Id,Version,Spor')).toBe(',');
    expect(detectDelimiter('"a;b;c",x,y')).toBe(',');
    expect(detectDelimiter('Id')).toBe(';');
  });
});

describe('parseCsv', () => {
  it('reads quoted cells with delimiters, doubled quotes and line breaks, and numbers records from 1', () => {
    const { records } = parseCsv(`${BOM}Id;Kommentar\r\n1;"a;b ""c""\r\nd"\n2;\r3;x`, ';');
    expect(records).toEqual([
      { row: 1, cells: ['Id', 'Kommentar'] },
      { row: 2, cells: ['1', 'a;b "c"\r\nd'] },
      { row: 3, cells: ['2', ''] },
      { row: 4, cells: ['3', 'x'] },
    ]);
  });

  it('reports a quote that is never closed instead of guessing', () => {
    expect(parseCsv('Id;Kommentar\n1;"åben\n2;x', ';').unterminatedAt).toBe(2);
  });

  it('reads back whatever csvText writes', () => {
    const cell = fc.string({ unit: 'grapheme' });
    const records = fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(records, fc.constantFrom(';' as const, ',' as const), (rows, delimiter) => {
        expect(parseCsv(csvText(rows, delimiter), delimiter).records.map((r) => r.cells)).toEqual(rows);
      }),
    );
  });
});
