import { FrameworkDto } from '@budgetspor/server/frameworks';
import { frameworkTable, locateMessages, readFrameworkSheet } from './framework-file';
import { readSpreadsheet, SheetData } from './sheet-reader';
import { tableToCsv } from './table';
import { tablesToXlsx } from './xlsx-writer';

const framework: FrameworkDto = {
  budgetYear: 2014, revision: 2, decidedOn: '2013-02-06', decidedBy: 'ØU', title: 'Rammeudmelding for budget 2014',
  allocationMethod: 'top_down',
  pool: { '2014': '125800000', '2015': '180000000', '2016': '230000000', '2017': '264400000' },
  trackWeights: [{ trackCode: 'SELV', weight: '1' }, { trackCode: 'ÆLIV', weight: '0.333333' }],
  createdAt: '2013-02-06T10:00:00.000Z', createdBy: 'oekonomi@odense.dk',
};
const names = new Map([['SELV', 'Selvforsørgelse'], ['ÆLIV', 'Livskvalitet på egne vilkår']]);
const body = {
  decidedOn: '2013-02-06', decidedBy: 'ØU', title: 'Rammeudmelding for budget 2014', allocationMethod: 'top_down',
  pool: { '2014': '125800000', '2015': '180000000', '2016': '230000000', '2017': '264400000' },
  trackWeights: [{ trackCode: 'SELV', weight: '1' }, { trackCode: 'ÆLIV', weight: '0.333333' }],
};

function csvSheet(lines: string[]): SheetData {
  const [header, ...rows] = lines.map((line, i) => ({ row: i + 1, cells: line.split(';') }));
  return { sheet: 'r.csv', format: 'csv', decimal: ',', header, rows };
}

describe('frameworkTable and readFrameworkSheet', () => {
  it('reads back the request body from the XLSX the export writes', async () => {
    const buffer = await tablesToXlsx([frameworkTable(framework, names)]);
    const sheet = await readSpreadsheet({ buffer, originalname: 'r.xlsx' }, { sheet: 'Rammeudmelding', maxRows: 100 });
    const file = readFrameworkSheet(sheet);
    expect(file.errors).toEqual([]);
    expect(file.body).toEqual(body);
    expect(file.sources.get('pool.2015')).toEqual({ row: 11, column: 'Værdi', label: 'Pulje 2015' });
    expect(file.sources.get('trackWeights.1.weight')).toEqual({ row: 15, column: 'Værdi', label: 'Vægt for ÆLIV' });
  });

  it('reads back the CSV, where the weight has a decimal comma', () => {
    const text = tableToCsv(frameworkTable(framework, names), { delimiter: ';', decimal: ',' });
    expect(text).toContain('Sporvægt;ÆLIV;Livskvalitet på egne vilkår;0,333333\r\n');
    expect(readFrameworkSheet(csvSheet(text.replace('\uFEFF', '').trim().split('\r\n'))).body).toEqual(body);
  });

  it('accepts Danish labels as keys and added rows, and reports unknown sections and keys, repeats and bad cells', () => {
    const file = readFrameworkSheet(csvSheet([
      'Afsnit;Nøgle;Værdi',
      'ramme;Titel;Ny titel',
      'Ramme;Besluttet den;6-2-2013',
      'Ramme;farve;rød',
      'Puljen;2014;1',
      'Pulje;2014;100',
      'Pulje;2014;200',
      'Pulje;år;100',
      'Pulje;2015;mange',
      'Sporvægt;SELV;',
    ]));
    expect(file.body).toEqual({ title: 'Ny titel', decidedOn: '2013-02-06', pool: { '2014': '100' }, trackWeights: [] });
    expect(file.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [4, 'Nøgle', 'Nøgle: Ramme har ingen nøgle "farve"; brug decidedOn, decidedBy, title, allocationMethod'],
      [5, 'Afsnit', 'Afsnit: skal være Info, Ramme, Pulje, Sporvægt, ikke "Puljen"'],
      [7, 'Nøgle', 'Pulje 2014: står også i række 6'],
      [8, 'Nøgle', 'Nøgle: skal være et år i budgetperioden, fx 2014, ikke "år"'],
      [9, 'Værdi', 'Pulje 2015: skal være et tal, fx 100000000'],
      [10, 'Værdi', 'Vægt for SELV: skal udfyldes'],
    ]);
  });
});

describe('locateMessages', () => {
  it('puts each validation message at the cell its value came from, and names what is missing', () => {
    const file = readFrameworkSheet(csvSheet(['Afsnit;Nøgle;Værdi', 'Pulje;2014;1,5', 'Sporvægt;NY;-1']));
    const errors = locateMessages('r.csv', ['pool.2014: skal være et helt antal kroner', 'trackWeights.0.weight: skal være positiv', 'trackWeights.0.trackCode: sporet NY findes ikke', 'decidedOn: skal være en gyldig dato', 'pool.2017: mangler'], file);
    expect(errors).toEqual([
      { sheet: 'r.csv', row: 2, column: 'Værdi', message: 'Pulje 2014: skal være et helt antal kroner' },
      { sheet: 'r.csv', row: 3, column: 'Værdi', message: 'Vægt for NY: skal være positiv' },
      { sheet: 'r.csv', row: 3, column: 'Nøgle', message: 'Sporet NY: sporet NY findes ikke' },
      { sheet: 'r.csv', row: null, column: null, message: 'Besluttet den (rækken Ramme / decidedOn mangler): skal være en gyldig dato' },
      { sheet: 'r.csv', row: null, column: null, message: 'Pulje 2017: mangler' },
    ]);
  });

  it('does not report a cell that could not be read a second time', () => {
    const file = readFrameworkSheet(csvSheet(['Afsnit;Nøgle;Værdi', 'Pulje;2014;mange', 'Ramme;decidedOn;']));
    expect(file.errors).toHaveLength(1);
    expect(locateMessages('r.csv', ['pool.2014: mangler', 'decidedOn: skal være en gyldig dato'], file)).toEqual([
      { sheet: 'r.csv', row: 3, column: 'Værdi', message: 'Besluttet den: skal være en gyldig dato' },
    ]);
  });
});
