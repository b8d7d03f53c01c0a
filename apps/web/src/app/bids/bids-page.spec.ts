import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CurrentUser, UserRole } from '../auth/auth.models';
import { AUTH_URLS, AuthService } from '../auth/auth.service';
import { BudgetYear } from '../budget-years/budget-years.service';
import { Track } from '../tracks/tracks.models';
import { COMMITTEES_URL, TRACKS_URL } from '../tracks/tracks.service';
import { bidsRoutes } from './bids.routes';
import { BidsView, bidsUrl, currentFrameworkUrl, Framework } from './bids.service';
import { UNSAVED_CHANGES_QUESTION } from '../core/unsaved-changes.guard';

@Component({ selector: 'app-elsewhere', changeDetection: ChangeDetectionStrategy.OnPush, template: '<h1>Andetsteds</h1>' })
class Elsewhere {}

const BUDGET_YEAR: BudgetYear = {
  year: 2014,
  title: 'Budget 2014',
  priceLevelYear: 2014,
  status: 'framework_announced',
  periodYears: [2014, 2015, 2016, 2017],
  version: 2,
};
const POOL = { '2014': '100000000', '2015': '120000000', '2016': '125800000', '2017': '1234567' };
const framework = (allocationMethod: Framework['allocationMethod']): Framework => ({
  budgetYear: 2014,
  revision: 1,
  decidedOn: '2013-02-06',
  decidedBy: 'ØU',
  title: 'Rammeudmelding 2014',
  allocationMethod,
  pool: POOL,
});
const track = (code: string, startYear: number, committees: string[]): Track => ({
  code,
  name: code === 'SVR' ? 'Sammenhængende velfærdsressourcer' : 'Livskvalitet på egne vilkår',
  description: null,
  administrationCode: 'ÆHF',
  startYear,
  status: 'active',
  dependsOnFreeMunicipality: false,
  shares: committees.map((committeeCode) => ({ committeeCode, weight: '1' })),
  version: 1,
});
const TRACKS = [track('ÆLIV', 2015, ['ÆHU']), track('SVR', 2013, ['SAU', 'ÆHU'])];
const COMMITTEES = [
  { code: 'SAU', name: 'Social- og Arbejdsmarkedsudvalget', administrationCode: 'SAF' },
  { code: 'ÆHU', name: 'Ældre- og Handicapudvalget', administrationCode: 'ÆHF' },
];
const bidsView = (entries: BidsView['entries']): BidsView => ({
  budgetYear: 2014,
  frameworkRevision: 1,
  allocationMethod: 'bids',
  entries,
  totals: {},
  uncovered: {},
});

describe('BidsPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const settle = async () => {
    await new Promise((r) => setTimeout(r));
    await harness.fixture.whenStable();
  };

  async function open(role: UserRole, method: Framework['allocationMethod'] | null = 'bids', entries: BidsView['entries'] = []): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'budget-years/:year/bids', children: bidsRoutes },
            { path: 'andetsteds', component: Elsewhere },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const user: CurrentUser = { id: '1', email: 'x@odense.dk', name: 'X', role, committeeCodes: [] };
    const loading = TestBed.inject(AuthService).ensureLoaded();
    http.expectOne(AUTH_URLS.me).flush(user);
    await loading;
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/budget-years/2014/bids');
    http.expectOne('/api/budget-years/2014').flush(BUDGET_YEAR);
    const current = http.expectOne(currentFrameworkUrl(2014));
    if (method) {
      current.flush(framework(method));
    } else {
      current.flush({ statusCode: 404, error: 'Not Found', message: 'Budgetåret 2014 har endnu ingen rammeudmelding' }, { status: 404, statusText: 'Not Found' });
    }
    await settle();
    if (method === 'bids') {
      http.expectOne(TRACKS_URL).flush(TRACKS);
      http.expectOne(COMMITTEES_URL).flush(COMMITTEES);
      http.expectOne(bidsUrl(2014)).flush(bidsView(entries));
      await settle();
    }
  }

  afterEach(() => http.verify());

  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const cell = (label: string) => {
    const input = page().querySelector<HTMLInputElement>(`input[aria-label="${label}"]`);
    if (!input) throw new Error(`No cell ${label}`);
    return input;
  };
  const type = async (label: string, value: string) => {
    const input = cell(label);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle();
  };
  const leave = async (label: string) => {
    cell(label).dispatchEvent(new Event('blur'));
    await settle();
  };
  const line = (name: string) => Array.from(page().querySelectorAll(`tfoot tr[data-line=${name}] td`)).map(text);
  const rowTotal = (row: string) => text(page().querySelector(`tr[data-row="${row}"] [data-testid=row-total]`));
  const button = (label: string) => {
    const found = Array.from(page().querySelectorAll('button')).find((b) => text(b) === label);
    if (!found) throw new Error(`No button ${label}`);
    return found;
  };
  const SVR_SAU = (y: number) => `Bud ${y}: SVR Sammenhængende velfærdsressourcer, SAU Social- og Arbejdsmarkedsudvalget`;
  const SVR_AEHU = (y: number) => `Bud ${y}: SVR Sammenhængende velfærdsressourcer, ÆHU Ældre- og Handicapudvalget`;
  const AELIV = (y: number) => `Bud ${y}: ÆLIV Livskvalitet på egne vilkår, ÆHU Ældre- og Handicapudvalget`;

  it('shows the saved bids in a row per track and committee, and the uncovered pool per year', async () => {
    await open('finance', 'bids', [
      { trackCode: 'SVR', committeeCode: 'SAU', year: 2014, amount: '26000000' },
      { trackCode: 'ÆLIV', committeeCode: 'ÆHU', year: 2016, amount: '45000000' },
    ]);

    expect(Array.from(page().querySelectorAll('tbody tr[data-row]')).map((r) => r.getAttribute('data-row'))).toEqual([
      'SVR/SAU',
      'SVR/ÆHU',
      'ÆLIV/ÆHU',
    ]);
    expect(cell(SVR_SAU(2014)).value).toBe('26.000.000');
    expect(cell(AELIV(2016)).value).toBe('45.000.000');
    // ÆLIV starts in 2015: no cell for 2014.
    expect(page().querySelector(`input[aria-label="${AELIV(2014)}"]`)).toBeNull();
    expect(line('bids')).toEqual(['26.000.000 kr.', '0 kr.', '45.000.000 kr.', '0 kr.', '71.000.000 kr.']);
    expect(line('pool')).toEqual(['100.000.000 kr.', '120.000.000 kr.', '125.800.000 kr.', '1.234.567 kr.', '347.034.567 kr.']);
    expect(line('uncovered')).toEqual(['74.000.000 kr.', '120.000.000 kr.', '80.800.000 kr.', '1.234.567 kr.', '276.034.567 kr.']);
  });

  it('updates row totals and the uncovered gap while the user types, and marks an over-bid year', async () => {
    await open('finance');

    await type(SVR_SAU(2014), '60.000.000');
    await type(SVR_AEHU(2014), '1234567');
    await type(SVR_SAU(2017), '1.234.568');

    expect(rowTotal('SVR/SAU')).toBe('61.234.568 kr.');
    expect(rowTotal('SVR/ÆHU')).toBe('1.234.567 kr.');
    expect(line('bids').slice(0, 4)).toEqual(['61.234.567 kr.', '0 kr.', '0 kr.', '1.234.568 kr.']);
    expect(line('uncovered')).toEqual([
      '38.765.433 kr.',
      '120.000.000 kr.',
      '125.800.000 kr.',
      '-1 kr. overbud',
      '284.565.432 kr.',
    ]);
    expect(text(page().querySelector('[data-testid=unsaved]'))).toBe('Der er ændringer, som ikke er gemt.');

    // Leaving a cell writes the amount the Danish way.
    await leave(SVR_AEHU(2014));
    expect(cell(SVR_AEHU(2014)).value).toBe('1.234.567');
  });

  it('names the row and column of a bad amount, and does not save until it is corrected', async () => {
    await open('finance');
    await type(SVR_SAU(2015), '12,50');
    expect(page().querySelector('.grid__error')).toBeNull();

    await leave(SVR_SAU(2015));
    expect(text(page().querySelector('#bid-0-1-error'))).toBe('SVR / SAU, 2015: Skriv hele kroner uden øre, fx 1.234.567.');
    expect(cell(SVR_SAU(2015)).getAttribute('aria-invalid')).toBe('true');

    await type(AELIV(2016), '-3');
    button('Gem bud').click();
    await settle();
    http.expectNone({ method: 'PUT' });
    const summary = page().querySelector('[data-testid=bids-errors]');
    expect(text(summary?.querySelector('p'))).toBe('Buddene er ikke gemt. Ret de 2 felter:');
    expect(Array.from(summary?.querySelectorAll('li') ?? []).map(text)).toEqual([
      'SVR / SAU, 2015: Skriv hele kroner uden øre, fx 1.234.567.',
      'ÆLIV / ÆHU, 2016: Et bud kan ikke være negativt.',
    ]);
    expect(text(page().querySelector('#bid-2-2-error'))).toBe('ÆLIV / ÆHU, 2016: Et bud kan ikke være negativt.');

    await type(SVR_SAU(2015), '12');
    await type(AELIV(2016), '');
    await type(SVR_AEHU(2017), '0');
    button('Gem bud').click();
    const put = http.expectOne({ method: 'PUT', url: bidsUrl(2014) });
    expect(put.request.body).toEqual({
      entries: [
        { trackCode: 'SVR', committeeCode: 'SAU', year: 2015, amount: '12' },
        { trackCode: 'SVR', committeeCode: 'ÆHU', year: 2017, amount: '0' },
      ],
    });
    put.flush(bidsView(put.request.body.entries));
    await settle();

    expect(text(page().querySelector('[data-testid=bids-notice]'))).toBe(
      'Buddene er gemt. Fordelingen for budget 2014 genberegnes med de nye bud.',
    );
    expect(page().querySelector('[data-testid=unsaved]')).toBeNull();
  });

  it("shows the API's message when a save is refused", async () => {
    await open('finance');
    await type(SVR_SAU(2014), '5');
    button('Gem bud').click();
    http.expectOne({ method: 'PUT', url: bidsUrl(2014) }).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'Den gældende rammeudmelding for budgetåret 2014 (revision 2) fordeler top-down; bud kræver allocationMethod "bids"',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();

    expect(text(page().querySelector('[data-testid=bids-notice]'))).toBe(
      'Den gældende rammeudmelding for budgetåret 2014 (revision 2) fordeler top-down; bud kræver allocationMethod "bids".',
    );
    expect(text(page().querySelector('[data-testid=unsaved]'))).toBe('Der er ændringer, som ikke er gemt.');
  });

  it('asks before leaving with unsaved bids, and stays when the user says no', async () => {
    await open('finance');
    await type(SVR_SAU(2014), '5');
    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(false);

    await TestBed.inject(Router).navigateByUrl('/andetsteds');

    expect(confirm).toHaveBeenCalledWith(UNSAVED_CHANGES_QUESTION);
    expect(TestBed.inject(Router).url).toBe('/budget-years/2014/bids');
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);
    confirm.mockRestore();
  });

  it('shows a director the bids as text, without inputs or "Gem bud"', async () => {
    await open('director', 'bids', [{ trackCode: 'SVR', committeeCode: 'SAU', year: 2014, amount: '26000000' }]);

    expect(page().querySelectorAll('input').length).toBe(0);
    expect(text(page().querySelector('tr[data-row="SVR/SAU"] td'))).toBe('26.000.000 kr.');
    expect(text(page())).toContain('Du kan se buddene. Kun økonomimedarbejdere kan rette dem.');
    expect(Array.from(page().querySelectorAll('button')).map(text)).not.toContain('Gem bud');
  });

  it('explains that a top-down framework takes no bids and links to the framework page', async () => {
    await open('finance', 'top_down');

    const notice = page().querySelector('[data-testid=not-bids]');
    expect(text(notice)).toContain('Den gældende rammeudmelding for budget 2014 (revision 1) fordeler puljen top-down');
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe('/budget-years/2014/framework');
    expect(page().querySelector('table')).toBeNull();
  });

  it('says that there is no framework yet', async () => {
    await open('finance', null);

    expect(text(page().querySelector('[data-testid=not-bids]'))).toContain('Der er endnu ingen rammeudmelding for budget 2014.');
  });
});
