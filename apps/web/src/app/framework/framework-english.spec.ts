import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Framework } from './framework.models';
import { inEnglish, text } from '../../locale/english-testing';

/**
 * The framework announcement for an English user: amounts are typed and read the English way
 * ("125.8m", "125,800,000"), dates and money are written in English. As in
 * locale/english.spec.ts, the app's modules are imported only after locale-init.ts has run.
 */
describe('the framework announcement in English', () => {
  inEnglish();

  const revision = (n: number, pool: Record<string, string>, weight: string): Framework => ({
    budgetYear: 2014, revision: n, decidedOn: n === 1 ? '2013-02-06' : '2013-06-19', decidedBy: 'ØU', title: 'Budget 2014', allocationMethod: 'top_down',
    pool, trackWeights: [{ trackCode: 'SVR', weight }], createdAt: '2013-02-07T10:00:00Z', createdBy: 'x@odense.dk',
  });

  it('reads pool amounts in English notation and answers in English', async () => {
    const { parsePoolAmount } = await import('./framework-input');
    for (const input of ['125800000', '125,800,000', 'DKK 125,800,000', '125.8m', 'DKK 125.8m', '125.8 mio.', '125.8 million', '125 800 000 kr.']) {
      expect([input, parsePoolAmount(input)]).toEqual([input, { ok: true, kroner: '125800000' }]);
    }
    expect(parsePoolAmount('')).toEqual({ ok: false, error: 'Enter the pool, e.g. 125.8m or 125800000.' });
    expect(parsePoolAmount('125,8')).toEqual({
      ok: false,
      error: 'Use a full stop as the decimal point and commas for thousands. Enter whole kroner, e.g. 125800000 or 125,800,000, or millions, e.g. 125.8m.',
    });
    expect(parsePoolAmount('1250.50')).toEqual({ ok: false, error: 'The pool must be a whole number of kroner, without øre.' });
  });

  it('reads and writes weights with a decimal point', async () => {
    const { localWeight, parseWeightInput } = await import('./framework-input');
    expect(parseWeightInput('0.5')).toEqual({ kind: 'weight', weight: '0.5' });
    expect(parseWeightInput('0,5')).toEqual({ kind: 'error', error: 'Enter the weight as a positive number, e.g. 1 or 0.5.' });
    expect(localWeight('1.5')).toBe('1.5');
  });

  it('compares two revisions in English, with English money, dates and plurals', async () => {
    const { diffFrameworks } = await import('./framework-diff');
    const { FrameworkDiffTable } = await import('./framework-diff-table');
    const fixture = TestBed.createComponent(FrameworkDiffTable);
    fixture.componentRef.setInput('diff', diffFrameworks(revision(1, { '2014': '100000000' }, '1'), revision(2, { '2014': '125800000' }, '1.5')));
    await fixture.whenStable();
    const table = fixture.nativeElement as HTMLElement;
    // Each value, and the change and its difference, on a line of its own.
    const row = (key: string) =>
      Array.from(table.querySelectorAll(`tr[data-key="${key}"] > *`), (cell) => {
        const lines = cell.querySelectorAll('span');
        return lines.length ? Array.from(lines, text).join(' / ') : text(cell);
      });

    expect(text(table.querySelector('[data-testid=diff-summary]'))).toBe('4 changes from revision 1 to revision 2.');
    expect(row('field:decidedOn')).toEqual(['Decided on', '6 February 2013', '19 June 2013', 'changed']);
    expect(row('pool:2014')).toEqual(['Pool 2014', 'DKK 100.0m / DKK 100,000,000', 'DKK 125.8m / DKK 125,800,000', 'changed / +DKK 25,800,000']);
    expect(row('weight:SVR')).toEqual(['Weight: SVR', '1', '1.5', 'changed']);
    expect(row('field:allocationMethod')).toEqual(['Allocation method', 'Top-down (weights)', 'Top-down (weights)', 'unchanged']);
  });

  it('shows the page, the current revision and the editor in English', async () => {
    const { frameworkRoutes } = await import('./framework.routes');
    const { AUTH_URLS, AuthService } = await import('../auth/auth.service');
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'budget-years/:year/framework', children: frameworkRoutes }], withComponentInputBinding()),
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AuthService).ensureLoaded();
    http.expectOne(AUTH_URLS.me).flush({ id: '1', email: 'x@odense.dk', name: 'X', role: 'finance', committeeCodes: [] });
    await loading;
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/budget-years/2014/framework');
    http.expectOne('/api/budget-years/2014').flush({ year: 2014, title: 'Budget 2014', priceLevelYear: 2014, status: 'framework_announced', periodYears: [2014, 2015], version: 2 });
    http.expectOne('/api/budget-years/2014/frameworks').flush([revision(1, { '2014': '125800000', '2015': '1234567' }, '0.5')]);
    http.expectOne('/api/tracks').flush([{ code: 'SVR', name: 'Welfare', startYear: 2014, status: 'active', shares: [{ committeeCode: 'SAU', weight: '1' }] }]);
    await new Promise((r) => setTimeout(r));
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement as HTMLElement;

    expect(text(page.querySelector('h1'))).toBe('Framework announcement – budget 2014');
    expect(text(page.querySelector('a[href$="/revisions"]'))).toBe('Revision history and comparison (1 revision)');
    expect(Array.from(page.querySelectorAll('app-framework-summary tbody tr'), (tr) => Array.from(tr.children, text))).toEqual([
      ['2014', 'DKK 125.8m', 'DKK 125,800,000'],
      ['2015', 'DKK 1.2m', 'DKK 1,234,567'],
      ['Welfare (SVR)', '0.5'],
    ]);
    expect(text(page.querySelector('app-framework-summary dd:nth-of-type(1)'))).toBe('1');
    expect(text(page.querySelector('#fw-editor-heading'))).toBe('New revision (revision 2)');
    expect((page.querySelector('#fw-weight-SVR') as HTMLInputElement).value).toBe('0.5');
    expect(text(page.querySelector('button[type=submit]'))).toBe('Save as revision 2');
    expect(text(page.querySelector('#fw-pool-2014-reading'))).toBe('= DKK 125,800,000 (DKK 125.8m)');
    expect(text(page.querySelector('[data-testid=preview-table] caption'))).toBe('Preview: the pool allocated to tracks and committees (not saved)');
    http.verify();
  });
});
