import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CurrentUser, UserRole } from '../auth/auth.models';
import { AUTH_URLS, AuthService } from '../auth/auth.service';
import { BudgetYearsPage } from './budget-years-page';
import { BUDGET_YEARS_URL, BudgetYear } from './budget-years.service';

const year = (y: number, status: BudgetYear['status'], version = 1): BudgetYear => ({
  year: y,
  title: `Budget ${y}`,
  priceLevelYear: y,
  status,
  periodYears: [y, y + 1, y + 2, y + 3],
  version,
});

const YEARS = [year(2013, 'closed', 4), year(2014, 'framework_announced', 2), year(2015, 'draft')];

describe('BudgetYearsPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const settle = async () => {
    await new Promise((r) => setTimeout(r));
    await harness.fixture.whenStable();
  };

  async function open(role: UserRole, years = YEARS): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'budget-years', component: BudgetYearsPage }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const user: CurrentUser = { id: '1', email: 'x@odense.dk', name: 'X', role, committeeCodes: [] };
    const loading = TestBed.inject(AuthService).ensureLoaded();
    http.expectOne(AUTH_URLS.me).flush(user);
    await loading;
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/budget-years');
    http.expectOne(BUDGET_YEARS_URL).flush(years);
    await settle();
  }

  afterEach(() => http.verify());

  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const rows = () => Array.from(page().querySelectorAll('tbody tr'));
  const buttons = (root: ParentNode = page()) => Array.from(root.querySelectorAll('button'));
  const button = (label: string | RegExp, root: ParentNode = document) => {
    const found = buttons(root).find((b) => (typeof label === 'string' ? text(b) === label : label.test(text(b))));
    if (!found) throw new Error(`No button ${label}`);
    return found;
  };

  it('lists the years with a status badge (icon and text) and the period', async () => {
    await open('director');

    expect(rows().map((r) => Array.from(r.querySelectorAll('th, td')).slice(0, 5).map(text))).toEqual([
      ['2013', 'Budget 2013', '2013–2016', '2013-priser', 'Lukket'],
      ['2014', 'Budget 2014', '2014–2017', '2014-priser', 'Rammeudmeldt'],
      ['2015', 'Budget 2015', '2015–2018', '2015-priser', 'Kladde'],
    ]);
    // Each stage has its own icon as well as its text: the closed year a padlock.
    expect(rows().map((r) => r.querySelector('lib-status-badge svg')?.getAttribute('data-icon'))).toEqual(['locked', 'info', 'neutral']);
    const links = Array.from(rows()[1].querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/budget-years/2014/framework',
      '/budget-years/2014/allocation',
      '/budget-years/2014/savings',
      '/budget-years/2014/dashboard',
    ]);
    expect(links.map(text)).toEqual([
      'Rammeudmelding for budget 2014',
      'Fordeling for budget 2014',
      'Besparelser for budget 2014',
      'Overblik for budget 2014',
    ]);
  });

  it('shows a director neither "Opret budgetår" nor status buttons', async () => {
    await open('director');

    expect(buttons().map(text)).toEqual([]);
  });

  it('shows finance "Opret budgetår" and the next step for every open year', async () => {
    await open('finance');

    expect(buttons().map(text)).toEqual([
      'Opret budgetår',
      'Ryk til Budgetforlig (budget 2014)',
      'Ryk til Rammeudmeldt (budget 2015)',
    ]);
  });

  it('says what closing means before it PATCHes with the version it read', async () => {
    await open('finance', [year(2014, 'agreed', 7)]);
    document.body.appendChild(page());
    const trigger = button(/Ryk til Lukket/, page());
    trigger.focus();
    trigger.click();
    await settle();

    const dialog = document.querySelector('[role=dialog]') as HTMLElement;
    expect(text(dialog.querySelector('h2'))).toBe('Ryk budget 2014 til Lukket?');
    expect(text(dialog)).toContain(
      'Budgetåret lukkes og bliver skrivebeskyttet: rammeudmeldinger, bud, fordeling og opfølgning på besparelser kan ikke længere ændres af nogen.',
    );
    expect(text(dialog)).toContain('Status går fra Budgetforlig til Lukket. Det kan ikke fortrydes');
    expect(document.activeElement).toBe(dialog);
    http.expectNone({ method: 'PATCH' });

    button('Ja, ryk til Lukket', dialog).click();
    const patch = http.expectOne(`${BUDGET_YEARS_URL}/2014`);
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ status: 'closed', version: 7 });
    patch.flush(year(2014, 'closed', 8));
    await settle();
    http.expectOne(BUDGET_YEARS_URL).flush([year(2014, 'closed', 8)]);
    await settle();

    expect(document.querySelector('[role=dialog]')).toBeNull();
    expect(text(page())).toContain('Budget 2014 har nu status Lukket.');
    expect(text(rows()[0].querySelectorAll('td')[3])).toBe('Lukket');
    page().remove();
  });

  it('closes the dialog on "Annuller" without a request and gives focus back', async () => {
    await open('finance');
    document.body.appendChild(page());
    const trigger = button(/Ryk til Rammeudmeldt/, page());
    trigger.focus();
    trigger.click();
    await settle();

    button('Annuller', document.querySelector('[role=dialog]') as HTMLElement).click();
    await settle();

    expect(document.querySelector('[role=dialog]')).toBeNull();
    expect(document.activeElement).toBe(trigger);
    page().remove();
  });

  it('moves focus to the create form when it opens and back to the button when it is cancelled', async () => {
    await open('finance');
    document.body.appendChild(page());
    button('Opret budgetår', page()).click();
    await settle();
    expect(document.activeElement?.textContent).toBe('Opret budgetår');
    expect(document.activeElement?.tagName).toBe('H2');

    button('Annuller', page()).click();
    await settle();
    expect(document.activeElement).toBe(button('Opret budgetår', page()));
    page().remove();
  });

  it('explains a 409 in Danish and reloads the list', async () => {
    await open('finance');
    button(/Ryk til Rammeudmeldt/, page()).click();
    await settle();
    button('Ja, ryk til Rammeudmeldt').click();
    http
      .expectOne(`${BUDGET_YEARS_URL}/2015`)
      .flush({ statusCode: 409, error: 'Conflict', message: 'Forældet version' }, { status: 409, statusText: 'Conflict' });
    await settle();
    http.expectOne(BUDGET_YEARS_URL).flush([year(2013, 'closed', 4), year(2014, 'framework_announced', 2), year(2015, 'agreed', 3)]);
    await settle();

    expect(text(page())).toContain(
      'Budget 2015 blev ændret af en anden, eller status er allerede flyttet, mens du så på siden. Listen er hentet igen',
    );
    expect(text(rows()[2].querySelectorAll('td')[3])).toBe('Budgetforlig');
  });

  it('creates a year and shows a field error and the API message', async () => {
    await open('finance');
    button('Opret budgetår', page()).click();
    await settle();
    const title = page().querySelector<HTMLInputElement>('#by-title') as HTMLInputElement;
    const yearInput = page().querySelector<HTMLInputElement>('#by-year') as HTMLInputElement;
    yearInput.value = '2016';
    yearInput.dispatchEvent(new Event('input'));
    button('Opret', page()).click();
    await settle();
    expect(text(page().querySelector('#by-title-error'))).toBe('Skriv en titel, fx "Budget 2027".');
    http.expectNone({ method: 'POST' });

    title.value = 'Budget 2016';
    title.dispatchEvent(new Event('input'));
    button('Opret', page()).click();
    const post = http.expectOne({ method: 'POST', url: BUDGET_YEARS_URL });
    expect(post.request.body).toEqual({ year: 2016, title: 'Budget 2016' });
    post.flush({ statusCode: 409, error: 'Conflict', message: 'Budgetåret 2016 findes allerede' }, { status: 409, statusText: 'Conflict' });
    await settle();

    expect(text(page().querySelector('.create [role=alert]'))).toBe('Budgetåret 2016 findes allerede.');
  });

  it('shows a Danish error and "Prøv igen" when the list cannot be loaded', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'budget-years', component: BudgetYearsPage }])],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/budget-years');
    http.expectOne(BUDGET_YEARS_URL).error(new ProgressEvent('error'));
    await settle();

    expect(text(page().querySelector('[role=alert]'))).toBe('Kunne ikke kontakte serveren. Tjek forbindelsen, og prøv igen.');
    expect(buttons().map(text)).toContain('Prøv igen');
  });
});
