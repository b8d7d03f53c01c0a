import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CurrentUser, UserRole } from '../auth/auth.models';
import { AUTH_URLS, AuthService } from '../auth/auth.service';
import { BudgetYear } from '../budget-years/budget-years.service';
import { SavingsRow } from './savings.models';
import { savingsRoutes } from './savings.routes';
import { UNSAVED_CHANGES_QUESTION } from '../core/unsaved-changes.guard';
import { PRICE_INDICES_URL, PriceIndex } from '../core/price-level';

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, template: '<h1>Fordeling</h1>' })
class ElsewherePage {}

const BUDGET_2014: BudgetYear = { year: 2014, title: 'Budget 2014', priceLevelYear: 2014, status: 'agreed', periodYears: [2014, 2015, 2016, 2017], version: 3 };
const TRACKS = [{ code: 'SELV', name: 'Selvhjulpne borgere' }, { code: 'SVR', name: 'Velfærdsressourcer' }];
const COMMITTEES = [{ code: 'SAU', name: 'Socialudvalget' }, { code: 'ÆHU', name: 'Ældreudvalget' }, { code: 'ØU', name: 'Økonomiudvalget' }];

const row = (id: string, trackCode: string, committeeCode: string, year: number, extra: Partial<SavingsRow> = {}): SavingsRow => ({
  id, trackCode, committeeCode, year, expected: '0', forecast: null, realised: null, status: 'on_track', comment: '', version: 1,
  updatedAt: '2026-11-27T10:00:00Z', updatedBy: 'system', ...extra,
});
const SELV_SAU = row('r1', 'SELV', 'SAU', 2014, { expected: '1234567' });
const SVR_SAU = row('r2', 'SVR', 'SAU', 2014, { expected: '500000', forecast: '400000', realised: '100000.50', status: 'at_risk', comment: 'Forsinket', version: 3 });
const SVR_AEHU = row('r3', 'SVR', 'ÆHU', 2015, { expected: '250000', forecast: '-300', version: 2 });
const SVR_OU = row('r4', 'SVR', 'ØU', 2015, { expected: '100000' });

describe('SavingsPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r));
      await harness.fixture.whenStable();
    }
  };

  async function open(role: UserRole, committeeCodes: string[] = [], options: { budgetYear?: BudgetYear; query?: string } = {}): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'budget-years/:year/savings', children: savingsRoutes },
            { path: 'budget-years/:year/allocation', component: ElsewherePage },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const user: CurrentUser = { id: '1', email: 'x@odense.dk', name: 'X', role, committeeCodes };
    const loading = TestBed.inject(AuthService).ensureLoaded();
    http.expectOne(AUTH_URLS.me).flush(user);
    await loading;
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/budget-years/2014/savings${options.query ?? ''}`);
    http.expectOne('/api/budget-years/2014').flush(options.budgetYear ?? BUDGET_2014);
    if (options.query) return;
    if (role === 'committee') {
      for (const code of committeeCodes) {
        const rows = [SELV_SAU, SVR_SAU, SVR_AEHU, SVR_OU].filter((r) => r.committeeCode === code);
        listRequest(code).flush(rows);
      }
    } else {
      listRequest().flush([SELV_SAU, SVR_SAU, SVR_AEHU, SVR_OU]);
    }
    http.expectOne('/api/tracks').flush(TRACKS);
    http.expectOne('/api/committees').flush(COMMITTEES);
    await settle();
    document.body.appendChild(page());
  }

  const listRequest = (committeeCode?: string): TestRequest =>
    http.expectOne(
      (r) => r.method === 'GET' && r.url === '/api/budget-years/2014/savings' && r.params.get('committeeCode') === (committeeCode ?? null),
    );

  afterEach(() => {
    // The price level's options: only the tests of the price level look at them.
    http.match(PRICE_INDICES_URL).forEach((r) => r.cancelled || r.flush([]));
    http.verify();
    page()?.remove();
    jest.restoreAllMocks();
  });

  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const visible = (el: Element) => {
    const copy = el.cloneNode(true) as Element;
    copy.querySelectorAll('.visually-hidden').forEach((h) => h.remove());
    return text(copy);
  };
  const bodyRows = () => Array.from(page().querySelectorAll('app-savings-grid tbody tr'));
  const field = <T extends HTMLElement = HTMLInputElement>(label: string): T => {
    const found = page().querySelector<T>(`[aria-label="${label}"]`);
    if (!found) throw new Error(`No field labelled ${label}`);
    return found;
  };
  const label = (name: string, track: string, trackName: string, committee: string, year: number) =>
    `${name} for spor ${track} (${trackName}), udvalg ${committee}, ${year}`;
  const button = (name: string | RegExp, root: ParentNode = page()) => {
    const found = Array.from(root.querySelectorAll('button')).find((b) => (typeof name === 'string' ? visible(b) === name || text(b) === name : name.test(text(b))));
    if (!found) throw new Error(`No button ${name}`);
    return found;
  };
  async function type(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): Promise<void> {
    el.value = value;
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input'));
    el.dispatchEvent(new Event('blur'));
    await settle();
  }
  const rowOf = (id: string) => page().querySelector(`tr[data-row-id="${id}"]`) as HTMLElement;
  const dialog = () => document.querySelector('[role=dialog]') as HTMLElement | null;
  const patch = (id: string) => http.expectOne((r) => r.method === 'PATCH' && r.url === `/api/savings/${id}`);

  it('shows a committee user the rows of its own committees, merged in the API order, with totals', async () => {
    await open('committee', ['ÆHU', 'SAU']);

    expect(text(page().querySelector('h1'))).toBe('Vores besparelser – budget 2014');
    expect(bodyRows().map((r) => Array.from(r.querySelectorAll('th, td')).slice(0, 4).map(visible))).toEqual([
      ['SELV Selvhjulpne borgere', 'SAU', '2014', '1.234.567'],
      ['SVR Velfærdsressourcer', 'SAU', '2014', '500.000'],
      ['SVR Velfærdsressourcer', 'ÆHU', '2015', '250.000'],
    ]);
    expect(field(label('Prognose', 'SVR', 'Velfærdsressourcer', 'SAU', 2014)).value).toBe('400.000');
    expect(field(label('Realiseret', 'SVR', 'Velfærdsressourcer', 'SAU', 2014)).value).toBe('100.000,50');
    expect(field<HTMLSelectElement>(label('Status', 'SVR', 'Velfærdsressourcer', 'SAU', 2014)).selectedOptions[0].textContent?.trim()).toBe('I risiko');
    expect(Array.from(page().querySelectorAll('tfoot td'), visible).slice(2, 5)).toEqual(['1.984.567', '399.700', '100.000,50']);
    // Two committees: a committee filter too.
    expect(page().querySelector('#savings-filter-committee')).not.toBeNull();
    expect(text(rowOf('r1').querySelector('.grid__changed'))).toMatch(/^puljefordelingen, 27\.11\.2026 kl\. /);
  });

  it('saves an edited row with only the changed fields and the version it read, says "Gemt", and uses the new version next time', async () => {
    await open('committee', ['SAU']);
    const forecast = field(label('Prognose', 'SELV', 'Selvhjulpne borgere', 'SAU', 2014));
    await type(forecast, '-1.250,50');
    expect(forecast.value).toBe('-1.250,50');
    await type(field<HTMLSelectElement>(label('Status', 'SELV', 'Selvhjulpne borgere', 'SAU', 2014)), 'at_risk');
    await type(field<HTMLTextAreaElement>(label('Kommentar', 'SELV', 'Selvhjulpne borgere', 'SAU', 2014)), 'Jobcentret er forsinket');
    expect(text(page().querySelector('[data-testid=dirty-count]'))).toBe('1 række med ugemte ændringer.');

    button('Gem SELV, SAU, 2014').click();
    const request = patch('r1');
    expect(request.request.body).toEqual({ forecast: '-1250.50', status: 'at_risk', comment: 'Jobcentret er forsinket', version: 1 });
    request.flush({ ...SELV_SAU, forecast: '-1250.50', status: 'at_risk', comment: 'Jobcentret er forsinket', version: 2, updatedBy: 'x@odense.dk' });
    await settle();

    expect(text(rowOf('r1').querySelector('[data-testid=row-message]'))).toBe('Gemt');
    expect(text(page().querySelector('[data-testid=announcement]'))).toBe('SELV, SAU, 2014 er gemt.');
    expect(button('Gem SELV, SAU, 2014').disabled).toBe(true);
    expect(text(rowOf('r1').querySelector('.grid__changed'))).toContain('x@odense.dk');
    expect(Array.from(page().querySelectorAll('tfoot td'), visible)[3]).toBe('398.749,50');

    // An amount typed the API's way is written back the Danish way; the next PATCH carries version 2.
    await type(field(label('Realiseret', 'SELV', 'Selvhjulpne borgere', 'SAU', 2014)), '1250.5');
    expect(field(label('Realiseret', 'SELV', 'Selvhjulpne borgere', 'SAU', 2014)).value).toBe('1.250,50');
    button('Gem SELV, SAU, 2014').click();
    const second = patch('r1');
    expect(second.request.body).toEqual({ realised: '1250.50', version: 2 });
    second.flush({ ...SELV_SAU, realised: '1250.50', version: 3 });
    await settle();
  });

  it('shows a validation error next to the field and sends nothing', async () => {
    await open('committee', ['SAU']);
    const forecast = field(label('Prognose', 'SVR', 'Velfærdsressourcer', 'SAU', 2014));
    await type(forecast, '12,345');

    const error = page().querySelector(`#${forecast.id}-error`);
    expect(text(error)).toBe('Højst 2 decimaler (øre), fx 1.250,50.');
    expect(error?.closest('td')).toBe(forecast.closest('td'));
    expect(forecast.getAttribute('aria-invalid')).toBe('true');
    expect(forecast.getAttribute('aria-describedby')).toBe(error?.id);

    button('Gem SVR, SAU, 2014').click();
    await settle();
    http.expectNone({ method: 'PATCH' });
    expect(text(rowOf('r2').querySelector('[data-testid=row-message]'))).toBe('Ikke gemt: ret fejlene i rækken først.');

    await type(forecast, 'mange penge');
    expect(text(page().querySelector(`#${forecast.id}-error`))).toBe('Skriv et beløb i kroner, fx 1.250,50 eller -300.');
  });

  it('shows the API’s refusal in Danish, with the field named in Danish', async () => {
    await open('finance');
    await type(field<HTMLTextAreaElement>(label('Kommentar', 'SVR', 'Velfærdsressourcer', 'ØU', 2015)), 'Ny');
    button('Gem SVR, ØU, 2015').click();
    patch('r4').flush(
      { statusCode: 400, error: 'Bad Request', message: ['comment: må højst være 4000 tegn'] },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(text(rowOf('r4').querySelector('[data-testid=row-message]'))).toBe('Ikke gemt: Kommentar: må højst være 4000 tegn.');
    expect(text(rowOf('r4'))).not.toContain('{');
  });

  it('on 409 fetches the row, compares field by field, and "Behold mine" saves the user’s values on the new version', async () => {
    await open('committee', ['SAU']);
    const forecast = field(label('Prognose', 'SVR', 'Velfærdsressourcer', 'SAU', 2014));
    await type(forecast, '2.000.000');
    const save = button('Gem SVR, SAU, 2014');
    save.focus();
    save.click();
    patch('r2').flush(
      { statusCode: 409, error: 'Conflict', message: 'Besparelsen for SVR, SAU, 2014 (budget 2014) er blevet ændret af en anden, siden du hentede version 3.' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    const theirs = { ...SVR_SAU, forecast: '999000', comment: 'Bente: justeret', version: 4, updatedBy: 'bente@odense.dk', updatedAt: '2026-11-28T09:15:00Z' };
    http.expectOne({ method: 'GET', url: '/api/savings/r2' }).flush(theirs);
    await settle();

    const d = dialog() as HTMLElement;
    expect(text(d.querySelector('h2'))).toBe('Rækken SVR, SAU, 2014 er ændret af en anden');
    expect(document.activeElement).toBe(d);
    const headers = Array.from(d.querySelectorAll('thead th'), text);
    expect(headers[1]).toBe('Dine ændringer');
    expect(headers[2]).toMatch(/^Gemt af bente@odense\.dk 28\.11\.2026 kl\. \d\d\.15\.00$/);
    expect(Array.from(d.querySelectorAll('tbody tr'), (tr) => Array.from(tr.children, text))).toEqual([
      ['Prognose', '2.000.000 kr.', '999.000 kr.'],
      ['Realiseret', 'Ikke ændret af dig', '100.000,50 kr.'],
      ['Status', 'Ikke ændret af dig', 'I risiko'],
      ['Kommentar', 'Ikke ændret af dig', 'Bente: justeret'],
    ]);

    button('Behold mine', d).click();
    const again = patch('r2');
    expect(again.request.body).toEqual({ forecast: '2000000', version: 4 });
    again.flush({ ...theirs, forecast: '2000000', version: 5, updatedBy: 'x@odense.dk' });
    await settle();

    expect(dialog()).toBeNull();
    expect(forecast.value).toBe('2.000.000');
    // The other person's comment survives: only the user's changed field was sent.
    expect(field<HTMLTextAreaElement>(label('Kommentar', 'SVR', 'Velfærdsressourcer', 'SAU', 2014)).value).toBe('Bente: justeret');
    expect(text(rowOf('r2').querySelector('[data-testid=row-message]'))).toBe('Gemt');
    // "Gem" is disabled now that the row is saved, so focus goes back to the row's first field.
    expect(document.activeElement).toBe(forecast);
  });

  it('on 409 "Brug den gemte" drops the user’s edits for the saved row, without a PATCH', async () => {
    await open('committee', ['SAU']);
    const status = field<HTMLSelectElement>(label('Status', 'SELV', 'Selvhjulpne borgere', 'SAU', 2014));
    await type(status, 'off_track');
    button('Gem SELV, SAU, 2014').click();
    patch('r1').flush({ statusCode: 409, error: 'Conflict', message: 'ændret' }, { status: 409, statusText: 'Conflict' });
    await settle();
    http.expectOne('/api/savings/r1').flush({ ...SELV_SAU, status: 'realised', realised: '5000', version: 2, updatedBy: 'bente@odense.dk' });
    await settle();
    expect(Array.from((dialog() as HTMLElement).querySelectorAll('tbody tr[data-field=status] td'), text)).toEqual(['Ikke på sporet', 'Realiseret']);

    button('Brug den gemte', dialog() as HTMLElement).click();
    await settle();
    http.expectNone({ method: 'PATCH' });
    expect(dialog()).toBeNull();
    expect(field<HTMLSelectElement>(label('Status', 'SELV', 'Selvhjulpne borgere', 'SAU', 2014)).value).toBe('realised');
    expect(field(label('Realiseret', 'SELV', 'Selvhjulpne borgere', 'SAU', 2014)).value).toBe('5.000');
    expect(text(page().querySelector('[data-testid=dirty-count]'))).toBe('Ingen ugemte ændringer.');

    // The row now has the fresh version: the next save sends 2.
    await type(field(label('Prognose', 'SELV', 'Selvhjulpne borgere', 'SAU', 2014)), '10');
    button('Gem SELV, SAU, 2014').click();
    expect(patch('r1').request.body).toEqual({ forecast: '10', version: 2 });
  });

  it('keeps the edits when the conflict dialog is closed with Escape, and asks again on the next "Gem"', async () => {
    await open('committee', ['SAU']);
    const forecast = field(label('Prognose', 'SELV', 'Selvhjulpne borgere', 'SAU', 2014));
    await type(forecast, '500');
    const conflict = async () => {
      button('Gem SELV, SAU, 2014').click();
      patch('r1').flush({ statusCode: 409, error: 'Conflict', message: 'ændret' }, { status: 409, statusText: 'Conflict' });
      await settle();
      http.expectOne('/api/savings/r1').flush({ ...SELV_SAU, forecast: '7', version: 2 });
      await settle();
    };
    await conflict();

    (dialog() as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();
    expect(dialog()).toBeNull();
    http.expectNone({ method: 'PATCH' });
    expect(forecast.value).toBe('500');
    expect(text(rowOf('r1').querySelector('[data-testid=row-message]'))).toMatch(/^Ikke gemt: en anden har ændret rækken/);

    await conflict();
    expect(Array.from(dialog()?.querySelectorAll('tr[data-field=forecast] > *') ?? [], text)).toEqual(['Prognose', '500 kr.', '7 kr.']);
    button('Behold mine', dialog() as HTMLElement).click();
    expect(patch('r1').request.body).toEqual({ forecast: '500', version: 2 });
  });

  it('shows the API’s message, not the dialog, for a 409 when the row has not changed (a closed year)', async () => {
    await open('finance');
    await type(field(label('Prognose', 'SELV', 'Selvhjulpne borgere', 'SAU', 2014)), '1');
    button('Gem SELV, SAU, 2014').click();
    patch('r1').flush({ statusCode: 409, error: 'Conflict', message: 'Budget 2014 er lukket' }, { status: 409, statusText: 'Conflict' });
    await settle();
    http.expectOne('/api/savings/r1').flush(SELV_SAU);
    await settle();
    expect(dialog()).toBeNull();
    expect(text(rowOf('r1').querySelector('[data-testid=row-message]'))).toBe('Budget 2014 er lukket.');
  });

  it('gives a director every row read-only, with status as text, and the committee and track filters', async () => {
    await open('director');

    expect(text(page().querySelector('h1'))).toBe('Besparelser – budget 2014');
    expect(page().querySelectorAll('app-savings-grid input, app-savings-grid select, app-savings-grid textarea')).toHaveLength(0);
    expect(page().querySelectorAll('app-savings-grid button')).toHaveLength(0);
    expect(text(rowOf('r2').querySelector('lib-status-badge'))).toBe('I risiko');
    expect(visible(rowOf('r1').querySelectorAll('td')[3])).toBe('–');

    await type(page().querySelector('#savings-filter-committee') as HTMLSelectElement, 'SAU');
    expect(bodyRows().map((r) => r.getAttribute('data-row-id'))).toEqual(['r1', 'r2']);
    await type(page().querySelector('#savings-filter-track') as HTMLSelectElement, 'SVR');
    expect(bodyRows().map((r) => r.getAttribute('data-row-id'))).toEqual(['r2']);
    expect(Array.from(page().querySelectorAll('tfoot td'), visible).slice(2, 5)).toEqual(['500.000', '400.000', '100.000,50']);
  });

  it('lets finance edit every row, and "Gem alle ændringer" saves each changed row', async () => {
    await open('finance');
    await type(field(label('Prognose', 'SELV', 'Selvhjulpne borgere', 'SAU', 2014)), '1');
    await type(field(label('Prognose', 'SVR', 'Velfærdsressourcer', 'ØU', 2015)), '2');
    button('Gem alle ændringer').click();
    await settle();
    patch('r1').flush({ ...SELV_SAU, forecast: '1', version: 2 });
    await settle();
    patch('r4').flush({ ...SVR_OU, forecast: '2', version: 2 });
    await settle();
    expect(text(page().querySelector('[data-testid=announcement]'))).toBe('2 rækker gemt.');
    expect(text(page().querySelector('[data-testid=dirty-count]'))).toBe('Ingen ugemte ændringer.');
  });

  it('makes a closed year read-only for everyone', async () => {
    await open('finance', [], { budgetYear: { ...BUDGET_2014, status: 'closed' } });
    expect(text(page())).toContain('Budget 2014 er lukket. Besparelserne kan ses, men ikke længere rettes.');
    expect(page().querySelectorAll('app-savings-grid input')).toHaveLength(0);
  });

  it('asks before leaving with unsaved edits, stays on "Annuller", and warns before the tab closes', async () => {
    await open('committee', ['SAU']);
    const router = TestBed.inject(Router);
    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(false);

    const before = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(before);
    expect(before.defaultPrevented).toBe(false);
    expect(await router.navigateByUrl('/budget-years/2014/allocation')).toBe(true);
    expect(confirm).not.toHaveBeenCalled();

    await harness.navigateByUrl('/budget-years/2014/savings');
    http.expectOne('/api/budget-years/2014').flush(BUDGET_2014);
    listRequest('SAU').flush([SELV_SAU, SVR_SAU]);
    http.expectOne('/api/tracks').flush(TRACKS);
    http.expectOne('/api/committees').flush(COMMITTEES);
    await settle();
    await type(field<HTMLTextAreaElement>(label('Kommentar', 'SELV', 'Selvhjulpne borgere', 'SAU', 2014)), 'Ikke gemt endnu');

    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    expect(await router.navigateByUrl('/budget-years/2014/allocation')).toBe(false);
    expect(confirm).toHaveBeenCalledWith(UNSAVED_CHANGES_QUESTION);
    expect(field<HTMLTextAreaElement>(label('Kommentar', 'SELV', 'Selvhjulpne borgere', 'SAU', 2014)).value).toBe('Ikke gemt endnu');

    confirm.mockReturnValue(true);
    expect(await router.navigateByUrl('/budget-years/2014/allocation')).toBe(true);
  });

  it('exports what the grid shows, prints a committee report per committee, and imports only without unsaved edits', async () => {
    await open('finance');
    const urls = (selector: string) => Array.from(page().querySelectorAll(`${selector} button`)).map((b) => (b as HTMLElement).dataset['url']);
    expect(urls('app-export-buttons')).toEqual(['/api/budget-years/2014/savings/export?format=xlsx', '/api/budget-years/2014/savings/export?format=csv']);
    expect(Array.from(page().querySelectorAll('.reports__item'), visible)).toEqual([
      'SAU – Socialudvalget Udskriv udvalgsrapport (PDF)',
      'ÆHU – Ældreudvalget Udskriv udvalgsrapport (PDF)',
      'ØU – Økonomiudvalget Udskriv udvalgsrapport (PDF)',
    ]);

    await type(page().querySelector('#savings-filter-committee') as HTMLSelectElement, 'ÆHU');
    expect(urls('app-export-buttons')[0]).toBe('/api/budget-years/2014/savings/export?committeeCode=%C3%86HU&format=xlsx');
    expect(urls('.reports')).toEqual(['/api/budget-years/2014/reports/committee/%C3%86HU.pdf']);

    expect(button('Indlæs fra fil').disabled).toBe(false);
    await type(field(label('Prognose', 'SVR', 'Velfærdsressourcer', 'ÆHU', 2015)), '1.000');
    expect(button('Indlæs fra fil').disabled).toBe(true);
    expect(page().textContent).toContain('Gem dine ændringer i tabellen, før du indlæser en fil.');
  });

  it('exports a one-committee user’s own committee and lets the user import its rows', async () => {
    await open('committee', ['SAU']);
    const first = page().querySelector('app-export-buttons button') as HTMLElement;
    expect(first.dataset['url']).toBe('/api/budget-years/2014/savings/export?committeeCode=SAU&format=xlsx');
    expect(button('Indlæs fra fil')).toBeTruthy();
  });
  describe('at a chosen price level (?prisniveau=)', () => {
    const INDICES: PriceIndex[] = [2014, 2016].map((year, i) => ({ year, index: i ? '104.2' : '100.0', source: null, illustrative: false, version: 1 }));
    /** The rows as `?priceLevel=2016` answers: each amount converted, with øre, and the level on the row. */
    const AT_2016: SavingsRow[] = [
      { ...SELV_SAU, expected: '1286419.81', priceLevel: 2016 },
      { ...SVR_SAU, expected: '521000', forecast: '416800', realised: '104200.52', priceLevel: 2016 },
      { ...SVR_AEHU, expected: '260500', forecast: '-312.60', priceLevel: 2016 },
      { ...SVR_OU, expected: '104200', priceLevel: 2016 },
    ];
    const rowsAt = (priceLevel: string | null, committeeCode?: string) =>
      http.expectOne(
        (r) =>
          r.method === 'GET' &&
          r.url === '/api/budget-years/2014/savings' &&
          r.params.get('priceLevel') === priceLevel &&
          r.params.get('committeeCode') === (committeeCode ?? null),
      );
    const names = () => {
      http.expectOne('/api/tracks').flush(TRACKS);
      http.expectOne('/api/committees').flush(COMMITTEES);
    };
    const caption = () => text(page().querySelector('app-savings-grid caption'));
    const inputs = () => page().querySelectorAll('app-savings-grid input, app-savings-grid select, app-savings-grid textarea');

    it('shows the converted amounts read-only, names the level, exports at it, and links back to the round’s own level for editing', async () => {
      await open('finance', [], { query: '?prisniveau=2016' });
      rowsAt('2016').flush(AT_2016);
      names();
      http.expectOne(PRICE_INDICES_URL).flush(INDICES);
      await settle();

      expect(caption()).toBe('Besparelser pr. spor, udvalg og år (kr., 2016-priser)');
      expect(bodyRows().map((r) => Array.from(r.querySelectorAll('td')).slice(2, 5).map(visible))).toEqual([
        ['1.286.419,81', '–', '–'],
        ['521.000', '416.800', '104.200,52'],
        ['260.500', '-312,60', '–'],
        ['104.200', '–', '–'],
      ]);
      expect(Array.from(page().querySelectorAll('tfoot td'), visible).slice(2, 5)).toEqual(['2.172.119,81', '416.487,40', '104.200,52']);
      // Nothing to type into, save or import: PATCH and import take the round's own level.
      expect(inputs()).toHaveLength(0);
      expect(page().querySelectorAll('app-savings-grid button')).toHaveLength(0);
      expect(Array.from(page().querySelectorAll('button'), visible)).not.toContain('Gem alle ændringer');
      expect(page().querySelector('app-file-picker-button')).toBeNull();

      const note = page().querySelector('[data-testid=price-level-note]') as HTMLElement;
      expect(text(note)).toBe(
        'Beløbene er omregnet til 2016-priser, så de kan ikke rettes her, og en eksport af dem kan ikke indlæses igen. ' +
          'Prognose og realiseret indtastes i budgettets eget prisniveau: vis og ret i 2014-priser.',
      );
      const select = page().querySelector('app-price-level-select select') as HTMLSelectElement;
      expect(select.selectedOptions[0].textContent?.trim()).toBe('2016-priser');
      const urls = Array.from(page().querySelectorAll('app-export-buttons button'), (b) => (b as HTMLElement).dataset['url']);
      expect(urls).toEqual([
        '/api/budget-years/2014/savings/export?priceLevel=2016&format=xlsx',
        '/api/budget-years/2014/savings/export?priceLevel=2016&format=csv',
      ]);
      // The committee reports (PDF) are at the same level.
      const reports = Array.from(page().querySelectorAll('.reports button'), (b) => (b as HTMLElement).dataset['url']);
      expect(reports.length).toBeGreaterThan(0);
      for (const url of reports) expect(url).toMatch(/^\/api\/budget-years\/2014\/reports\/committee\/[^/?]+\.pdf\?priceLevel=2016$/);

      // Back to the round's own level: the rows as entered, editable again.
      const back = note.querySelector('a') as HTMLAnchorElement;
      expect(back.getAttribute('href')).toBe('/budget-years/2014/savings');
      back.click();
      await settle();
      http.expectOne('/api/budget-years/2014').flush(BUDGET_2014);
      rowsAt(null).flush([SELV_SAU, SVR_SAU, SVR_AEHU, SVR_OU]);
      names();
      await settle();
      expect(caption()).toBe('Besparelser pr. spor, udvalg og år (kr., 2014-priser)');
      expect(page().querySelector('[data-testid=price-level-note]')).toBeNull();
      expect(field(label('Prognose', 'SVR', 'Velfærdsressourcer', 'SAU', 2014)).value).toBe('400.000');
    });

    it('tells a reader where the round’s own amounts are, without offering to edit', async () => {
      await open('director', [], { query: '?prisniveau=2016' });
      rowsAt('2016').flush(AT_2016);
      names();
      await settle();
      expect(text(page().querySelector('[data-testid=price-level-note]'))).toBe(
        'Beløbene er omregnet til 2016-priser. Budgettets eget prisniveau er 2014-priser: vis i 2014-priser.',
      );
      expect(text(page().querySelector('.reports'))).toContain('Rapporterne viser beløbene i budgettets eget prisniveau, 2014-priser.');
    });

    it('asks a committee user’s rows at the level too, one request per committee', async () => {
      await open('committee', ['SAU', 'ÆHU'], { query: '?prisniveau=2016' });
      rowsAt('2016', 'SAU').flush(AT_2016.slice(0, 2));
      rowsAt('2016', 'ÆHU').flush(AT_2016.slice(2, 3));
      names();
      await settle();
      expect(bodyRows().map((r) => r.getAttribute('data-row-id'))).toEqual(['r1', 'r2', 'r3']);
      expect(inputs()).toHaveLength(0);
      expect(page().querySelector('[data-testid=price-level-note]')?.textContent).toContain('vis og ret i 2014-priser');
    });

    it('needs no conversion for the round’s own level: the rows stay editable', async () => {
      await open('finance', [], { query: '?prisniveau=2014' });
      rowsAt(null).flush([SELV_SAU, SVR_SAU, SVR_AEHU, SVR_OU]);
      names();
      await settle();
      expect(caption()).toBe('Besparelser pr. spor, udvalg og år (kr., 2014-priser)');
      expect(page().querySelector('[data-testid=price-level-note]')).toBeNull();
      expect(inputs().length).toBeGreaterThan(0);
      expect((page().querySelector('app-export-buttons button') as HTMLElement).dataset['url']).toBe('/api/budget-years/2014/savings/export?format=xlsx');
    });

    it('loads the chosen level into the URL, and keeps the choice locked while edits are unsaved', async () => {
      await open('finance');
      http.expectOne(PRICE_INDICES_URL).flush(INDICES);
      await settle();
      const fieldset = page().querySelector('fieldset.toolbar__level') as HTMLFieldSetElement;
      expect(fieldset.disabled).toBe(false);

      await type(field(label('Prognose', 'SELV', 'Selvhjulpne borgere', 'SAU', 2014)), '1');
      expect(fieldset.disabled).toBe(true);
      expect(text(fieldset)).toContain('Gem dine ændringer, før du skifter prisniveau.');
      await type(field(label('Prognose', 'SELV', 'Selvhjulpne borgere', 'SAU', 2014)), '');
      expect(fieldset.disabled).toBe(false);

      await type(page().querySelector('app-price-level-select select') as HTMLSelectElement, '2016');
      expect(TestBed.inject(Router).url).toBe('/budget-years/2014/savings?prisniveau=2016');
      http.expectOne('/api/budget-years/2014').flush(BUDGET_2014);
      rowsAt('2016').flush(AT_2016);
      names();
      await settle();
      expect(caption()).toContain('2016-priser');
      expect(inputs()).toHaveLength(0);
    });

    it('asks before the back button changes the level under unsaved edits', async () => {
      await open('finance');
      await type(field(label('Prognose', 'SELV', 'Selvhjulpne borgere', 'SAU', 2014)), '1');
      const confirm = jest.spyOn(window, 'confirm').mockReturnValue(false);
      expect(await TestBed.inject(Router).navigateByUrl('/budget-years/2014/savings?prisniveau=2016')).toBe(false);
      expect(confirm).toHaveBeenCalledWith(UNSAVED_CHANGES_QUESTION);
      expect(field(label('Prognose', 'SELV', 'Selvhjulpne borgere', 'SAU', 2014)).value).toBe('1');
    });

    it('offers the way back when the level cannot be shown (no index for it)', async () => {
      await open('finance', [], { query: '?prisniveau=1999' });
      rowsAt('1999').flush(
        { statusCode: 400, error: 'Bad Request', message: 'Pris- og lønindekset for 1999 mangler' },
        { status: 400, statusText: 'Bad Request' },
      );
      // The failed list cancels the lists of names asked for with it.
      expect([...http.match('/api/tracks'), ...http.match('/api/committees')].every((r) => r.cancelled)).toBe(true);
      await settle();
      expect(text(page().querySelector('[role=alert]'))).toBe('Pris- og lønindekset for 1999 mangler.');
      const back = page().querySelector('[role=alert] ~ p a') as HTMLAnchorElement;
      expect([text(back), back.getAttribute('href')]).toEqual(['Vis i budgettets eget prisniveau', '/budget-years/2014/savings']);
    });
  });
});
