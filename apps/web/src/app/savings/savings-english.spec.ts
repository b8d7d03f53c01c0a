import type { SavingsGridRow } from './savings-grid';
import type { SavingsRow } from './savings.models';
import { inEnglish, render, text } from '../../locale/english-testing';

/**
 * The savings and follow-up pages' texts for an English user: the English texts are loaded
 * (src/locale-init.ts) before the modules are evaluated, so those are imported dynamically.
 */
describe('savings and follow-up in English', () => {
  inEnglish();

  it('shows the grid with English headings, labels, amounts and the price level', async () => {
    const { SavingsGrid } = await import('./savings-grid');
    const { draftFromRow } = await import('./savings-draft');
    const row: SavingsRow = {
      id: 'r1', trackCode: 'SELV', committeeCode: 'SAU', year: 2014, expected: '1234567', forecast: '-1250.50', realised: null,
      status: 'at_risk', comment: '', version: 1, updatedAt: '2026-11-27T10:00:00Z', updatedBy: 'system',
    };
    const line = (editable: boolean): SavingsGridRow => ({
      row, trackName: 'Selvhjulpne borgere', committeeName: 'Socialudvalget', draft: draftFromRow(row), errors: {}, editable,
      dirty: false, saving: false, message: null,
    });
    const totals = { expected: '1,234,567', forecast: '-1,250.50', realised: '0' };

    const grid = await render(SavingsGrid, { rows: [line(true)], totals, priceLevel: 2016 });
    expect(text(grid.querySelector('caption'))).toBe('Savings by track, committee and year (DKK, 2016 prices)');
    expect(Array.from(grid.querySelectorAll('thead th'), text)).toEqual([
      'Track', 'Committee', 'Year', 'Expected', 'Forecast', 'Realised', 'Status', 'Comment', 'Last changed',
    ]);
    const forecast = grid.querySelector('#savings-r1-forecast') as HTMLInputElement;
    expect(forecast.getAttribute('aria-label')).toBe('Forecast for track SELV (Selvhjulpne borgere), committee SAU, 2014');
    expect(forecast.value).toBe('-1,250.50');
    expect(text(grid.querySelector('#savings-r1-save'))).toBe('Save SELV, SAU, 2014');
    expect((grid.querySelector('#savings-r1-status') as HTMLSelectElement).selectedOptions[0].textContent?.trim()).toBe('At risk');
    expect(text(grid.querySelector('.grid__who'))).toBe('the pool allocation');

    const readOnly = await render(SavingsGrid, { rows: [line(false)], totals, priceLevel: 2016 });
    expect(Array.from(readOnly.querySelectorAll('tbody td.num'), text)).toEqual(['2014', '1,234,567', '-1,250.50', '–not entered']);
    expect(text(readOnly.querySelector('tfoot th'))).toBe('Total');
  });

  it('writes the messages of editing and importing in English', async () => {
    const { AMOUNT_FORMAT_ERROR, parseAmountInput } = await import('./amount-input');
    const { validateComment } = await import('./savings-draft');
    const { previewSummary } = await import('./savings-import');
    const { displayValue } = await import('./savings.models');
    expect(parseAmountInput('1,250.50')).toEqual({ ok: true, value: '1250.50' });
    expect(AMOUNT_FORMAT_ERROR).toBe('Enter an amount in kroner, e.g. 1,250.50 or -300.');
    expect(validateComment('x'.repeat(4001))).toBe('The comment may be at most 4,000 characters; it is 4,001.');
    expect([displayValue('forecast', '1250000.5'), displayValue('realised', null), displayValue('status', 'off_track')]).toEqual([
      'DKK 1,250,000.50',
      '(not entered)',
      'Off track',
    ]);
    const report = { rows: 1234, changedRows: 1, errors: [], conflicts: [], changes: [{}, {}] } as never;
    expect(previewSummary(report)).toBe('The file has 1,234 rows. 2 changes in 1 row will be saved when you choose «Save the changes».');
  });

  it('writes follow-up rounds, progress and dates the English way', async () => {
    const { progressText, ROUND_STATUS_INFO } = await import('../follow-up/follow-up.models');
    const { roundLabel } = await import('../follow-up/history-chart');
    const { signedKroner } = await import('../follow-up/comparison-tables');
    expect([progressText(1, 1), progressText(12, 1040), ROUND_STATUS_INFO.closed.label]).toEqual([
      '1 of 1 cell confirmed',
      '12 of 1,040 cells confirmed',
      'Closed',
    ]);
    expect(roundLabel('2014-06-30')).toBe('as of 30 June 2014');
    expect([signedKroner('8499699'), signedKroner('-4500000.5', true)]).toEqual(['+8,499,699', '-DKK 4,500,000.50']);
  });
});
