import { SavingsRowDto } from '@budgetspor/server/savings';
import { diffSavings } from './savings-diff';
import { SavingsFileRow } from './savings-file';

const base = (id: string, committeeCode: string, extra: Partial<SavingsRowDto> = {}): SavingsRowDto => ({
  id, trackCode: 'SVR', committeeCode, year: 2014, expected: '1000', forecast: null, realised: null, status: 'on_track',
  comment: '', version: 1, updatedAt: '2014-01-15T08:00:00.000Z', updatedBy: 'system', ...extra,
});
const current = new Map([
  ['a', base('a', 'SAU')],
  ['b', base('b', 'ÆHU', { version: 4, updatedBy: 'aehu@odense.dk', comment: 'linje 1\r\nlinje 2' })],
  ['c', base('c', 'SAU', { forecast: '500' })],
]);
const file = (id: string, row: number, extra: Partial<SavingsFileRow> = {}): SavingsFileRow => {
  const { forecast, realised, status, comment, version, trackCode, committeeCode, year } = current.get(id) ?? base(id, 'SAU');
  return { row, id, version, trackCode, committeeCode, year, forecast, realised, status, comment, ...extra };
};
const finance = { role: 'finance', committeeCodes: [] };
const sau = { role: 'committee', committeeCodes: ['SAU'] };

describe('diffSavings', () => {
  it('finds nothing to do in the file as exported, even with Excel\'s line breaks', () => {
    const rows = [file('a', 2), file('b', 3, { comment: 'linje 1\nlinje 2' }), file('c', 4)];
    expect(diffSavings('Besparelser', 2014, rows, current, finance)).toEqual({ errors: [], conflicts: [], changes: [], updates: [] });
  });

  it('lists one change per changed cell, old → new, and the row to write', () => {
    const diff = diffSavings('Besparelser', 2014, [file('c', 4, { forecast: null, status: 'at_risk' })], current, sau);
    expect(diff.changes).toEqual([
      { row: 4, id: 'c', trackCode: 'SVR', committeeCode: 'SAU', year: 2014, field: 'forecast', old: '500', new: null },
      { row: 4, id: 'c', trackCode: 'SVR', committeeCode: 'SAU', year: 2014, field: 'status', old: 'on_track', new: 'at_risk' },
    ]);
    expect(diff.updates).toEqual([{ before: current.get('c'), values: { forecast: null, realised: null, status: 'at_risk', comment: '' } }]);
  });

  it('makes a change to a row of a stale version a conflict, and leaves a stale but unchanged row alone', () => {
    const diff = diffSavings('Besparelser', 2014, [file('b', 3, { version: 2, realised: '10' }), file('a', 2, { version: 7 })], current, finance);
    expect(diff.changes).toEqual([]);
    expect(diff.conflicts).toEqual([expect.objectContaining({ row: 3, id: 'b', fileVersion: 2, currentVersion: 4, updatedBy: 'aehu@odense.dk' })]);
    expect(diff.conflicts[0].message).toMatch(/^Besparelsen for SVR, ÆHU, 2014 er ændret af aehu@odense.dk \(version 4\)/);
  });

  it('refuses a committee user\'s change to another committee\'s row, and unknown or mixed-up rows', () => {
    const diff = diffSavings('Besparelser', 2014, [file('b', 3, { realised: '10' }), file('x', 5), file('a', 6, { year: 2015 })], current, sau);
    expect(diff.errors).toEqual([
      { sheet: 'Besparelser', row: 3, column: 'Udvalg', message: 'Udvalg: du må kun ændre besparelser for dine egne udvalg (SAU); rækken hører til udvalget ÆHU' },
      { sheet: 'Besparelser', row: 5, column: 'Id', message: 'Id: rækken x findes ikke i budget 2014; eksportér filen igen' },
      { sheet: 'Besparelser', row: 6, column: 'År', message: 'År: rækken a er SVR, SAU, 2014, ikke 2015; ret ikke i Id, Spor, Udvalg og År' },
    ]);
    expect(diff.updates).toEqual([]);
  });
});
