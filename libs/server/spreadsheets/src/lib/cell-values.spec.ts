import { readDate, readDecimal, readInteger, readKroner, readRequiredText, readText, ReadContext } from './cell-values';

const csv: ReadContext = { format: 'csv', decimal: ',' };
const xlsx: ReadContext = { format: 'xlsx', decimal: ',' };
const amount = { allowNegative: true };

describe('readText', () => {
  it('reads text, numbers and dates as text; unguards formulas only in CSV', () => {
    expect(readText("'=SUM(A1)", csv)).toEqual({ ok: true, value: '=SUM(A1)' });
    expect(readText("'=SUM(A1)", xlsx)).toEqual({ ok: true, value: "'=SUM(A1)" });
    expect(readText(123, xlsx)).toEqual({ ok: true, value: '123' });
    expect(readText(new Date(Date.UTC(2012, 1, 8)), xlsx)).toEqual({ ok: true, value: '2012-02-08' });
    expect(readText(null, xlsx)).toEqual({ ok: true, value: '' });
  });

  it('refuses error values and booleans with a Danish reason', () => {
    expect(readText({ error: 'fejlen #N/A' }, xlsx)).toEqual({ ok: false, error: 'cellen indeholder fejlen #N/A' });
    expect(readText(true, xlsx)).toEqual({ ok: false, error: 'cellen indeholder en sandhedsværdi (SAND/FALSK)' });
    expect(readRequiredText('  ', csv)).toEqual({ ok: false, error: 'skal udfyldes' });
  });
});

describe('readKroner', () => {
  it.each([
    ['-1250,50', csv, '-1250.50'],
    ['1.250,5', csv, '1250.50'],
    [1250.5, xlsx, '1250.50'],
    [26000000, xlsx, '26000000'],
    ['26.000.000', xlsx, '26000000'],
    [1375.0000000000002, xlsx, '1375'],
    ['', csv, null],
    [null, xlsx, null],
  ] as const)('reads %j as %j', (cell, ctx, value) => {
    expect(readKroner(cell, ctx, amount)).toEqual({ ok: true, value });
  });

  it.each([
    ['mange', csv, 'skal være et tal, fx -1250,50'],
    ['12.50', csv, 'skal være et tal, fx -1250,50'],
    ['1250,505', csv, 'må højst have 2 decimaler, fx -1250,50'],
    [1250.505, xlsx, 'må højst have 2 decimaler, fx -1250,50'],
    [new Date(), xlsx, 'skal være et tal, ikke en dato, fx -1250,50'],
    ['1234567890123456', csv, 'er for stort; højst 15 cifre før decimaltegnet'],
  ] as const)('refuses %j: %s', (cell, ctx, error) => {
    expect(readKroner(cell, ctx, amount)).toEqual({ ok: false, error });
  });

  it('applies the whole-kroner and no-negative rules, with a point file\'s example', () => {
    const point: ReadContext = { format: 'csv', decimal: '.' };
    expect(readKroner('1.5', point, { wholeKroner: true, allowNegative: false })).toEqual({ ok: false, error: 'skal være et helt antal kroner, fx 26000000' });
    expect(readKroner('-1', point, { wholeKroner: true, allowNegative: false })).toEqual({ ok: false, error: 'må ikke være negativt' });
    expect(readKroner('x', point, amount)).toEqual({ ok: false, error: 'skal være et tal, fx -1250.50' });
  });
});

describe('readInteger, readDecimal and readDate', () => {
  it('reads whole numbers only', () => {
    expect(readInteger('7', csv)).toEqual({ ok: true, value: 7 });
    expect(readInteger(2014, xlsx)).toEqual({ ok: true, value: 2014 });
    expect(readInteger('1,5', csv)).toEqual({ ok: false, error: 'skal være et heltal, fx 2014' });
  });

  it('reads weights as decimal text', () => {
    expect(readDecimal('0,333333', csv, '0,5')).toEqual({ ok: true, value: '0.333333' });
    expect(readDecimal(0.5, xlsx, '0,5')).toEqual({ ok: true, value: '0.5' });
  });

  it('reads ISO and Danish dates and date cells', () => {
    expect(readDate('2012-02-08', csv)).toEqual({ ok: true, value: '2012-02-08' });
    expect(readDate('8-2-2012', csv)).toEqual({ ok: true, value: '2012-02-08' });
    expect(readDate('08.02.2012', csv)).toEqual({ ok: true, value: '2012-02-08' });
    expect(readDate(new Date(Date.UTC(2012, 1, 8)), xlsx)).toEqual({ ok: true, value: '2012-02-08' });
    expect(readDate(40947, xlsx)).toEqual({ ok: true, value: '2012-02-08' }); // Excel's day number for it
    expect(readDate('i går', csv)).toEqual({ ok: true, value: 'i går' }); // judged by the DTO's date rule
  });
});
