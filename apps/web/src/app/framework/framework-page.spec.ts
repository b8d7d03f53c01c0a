import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CurrentUser, UserRole } from '../auth/auth.models';
import { AUTH_URLS, AuthService } from '../auth/auth.service';
import { BudgetYear } from '../budget-years/budget-years.service';
import { formatDateTime } from '../core/api-error';
import { frameworkRoutes } from './framework.routes';
import { Framework, Track } from './framework.models';
import { frameworksUrl, TRACKS_URL } from './framework.service';

const BUDGET_YEAR_URL = '/api/budget-years/2014';
const budgetYear = (status: BudgetYear['status'] = 'framework_announced'): BudgetYear => ({
  year: 2014,
  title: 'Budget 2014',
  priceLevelYear: 2014,
  status,
  periodYears: [2014, 2015, 2016, 2017],
  version: 2,
});
const TRACKS: Track[] = [
  { code: 'SELV', name: 'Selvforsørgelse', startYear: 2014, status: 'active', shares: [{ committeeCode: 'SAU', weight: '1' }] },
  {
    code: 'SVR',
    name: 'Sammenhængende velfærdsressourcer',
    startYear: 2014,
    status: 'active',
    shares: [
      { committeeCode: 'SAU', weight: '1' },
      { committeeCode: 'ÆHU', weight: '1' },
    ],
  },
];
const REVISION_1: Framework = {
  budgetYear: 2014,
  revision: 1,
  decidedOn: '2013-02-06',
  decidedBy: 'ØU',
  title: 'Rammeudmelding for budget 2014',
  allocationMethod: 'top_down',
  pool: { '2014': '125800000', '2015': '180000000', '2016': '230000000', '2017': '264400000' },
  trackWeights: [
    { trackCode: 'SELV', weight: '1' },
    { trackCode: 'SVR', weight: '0.5' },
  ],
  createdAt: '2013-02-06T10:15:00.000Z',
  createdBy: 'okonomi@odense.dk',
};

describe('FrameworkPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const settle = async () => {
    await new Promise((r) => setTimeout(r));
    await harness.fixture.whenStable();
  };

  async function open(role: UserRole, revisions: Framework[] = [REVISION_1], status: BudgetYear['status'] = 'framework_announced'): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'budget-years/:year/framework', children: frameworkRoutes }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const user: CurrentUser = { id: '1', email: 'x@odense.dk', name: 'X', role, committeeCodes: [] };
    const loading = TestBed.inject(AuthService).ensureLoaded();
    http.expectOne(AUTH_URLS.me).flush(user);
    await loading;
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/budget-years/2014/framework');
    http.expectOne(BUDGET_YEAR_URL).flush(budgetYear(status));
    http.expectOne(frameworksUrl(2014)).flush(revisions);
    http.expectOne(TRACKS_URL).flush(TRACKS);
    await settle();
  }

  afterEach(() => http.verify());

  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const rowsOf = (root: Element, selector: string) =>
    Array.from(root.querySelectorAll(selector)).map((r) => Array.from(r.querySelectorAll('th, td')).map(text).join(' | '));
  const field = (id: string) => {
    const el = page().querySelector<HTMLInputElement>(`[id="${id}"]`);
    if (!el) throw new Error(`No field #${id}`);
    return el;
  };
  const label = (id: string) => text(page().querySelector(`label[for="${id}"]`));
  const error = (id: string) => text(page().querySelector(`[id="${id}-error"]`));
  const type = async (id: string, value: string) => {
    const el = field(id);
    el.value = value;
    el.dispatchEvent(new Event('input'));
    el.dispatchEvent(new Event('blur'));
    await settle();
  };
  const button = (name: RegExp) => {
    const found = Array.from(page().querySelectorAll('button')).find((b) => name.test(text(b)));
    if (!found) throw new Error(`No button ${name}`);
    return found;
  };
  const submit = async () => {
    button(/^Gem som revision/).click();
    await settle();
  };
  const previewRow = (track: string) =>
    Array.from(page().querySelectorAll(`[data-testid=preview-table] tbody[data-track="${track}"] tr.track td`)).map(text);

  it('shows the current revision with the pool in mio. kr. and exact kroner, and track names', async () => {
    await open('director');

    expect(text(page().querySelector('h1'))).toBe('Rammeudmelding – budget 2014');
    const facts = Array.from(page().querySelectorAll('app-framework-summary dl > div')).map((d) => `${text(d.querySelector('dt'))}: ${text(d.querySelector('dd'))}`);
    expect(facts).toEqual([
      'Revision: 1',
      'Besluttet: 6. februar 2013 af ØU',
      'Titel: Rammeudmelding for budget 2014',
      'Fordelingsmetode: Top-down (vægte)',
      // Local time, so the expectation does not depend on the machine's time zone.
      `Registreret: ${formatDateTime(REVISION_1.createdAt)} af okonomi@odense.dk`,
    ]);
    const [poolTable, weightTable] = Array.from(page().querySelectorAll('app-framework-summary table'));
    expect(rowsOf(poolTable, 'tbody tr')[0]).toBe('2014 | 125,8 mio. kr. | 125.800.000 kr.');
    expect(rowsOf(poolTable, 'tfoot tr')).toEqual(['I alt | 800,2 mio. kr. | 800.200.000 kr.']);
    expect(rowsOf(weightTable, 'tbody tr')).toEqual(['Selvforsørgelse (SELV) | 1', 'Sammenhængende velfærdsressourcer (SVR) | 0,5']);
    // Only finance writes frameworks.
    expect(page().querySelector('app-framework-editor')).toBeNull();
    expect(text(page())).toContain('Kun økonomi kan udmelde en ny revision af rammen.');
  });

  it('gives finance an editor prefilled from the current revision, with a live preview', async () => {
    await open('finance');

    expect(text(page().querySelector('#fw-editor-heading'))).toBe('Ny revision (revision 2)');
    expect(field('fw-decided-on').value).toBe('2013-02-06');
    expect(field('fw-decided-by').value).toBe('ØU');
    expect(field('fw-pool-2014').value).toBe('125800000');
    expect(label('fw-pool-2014')).toBe('Pulje 2014');
    expect(text(page().querySelector('#fw-pool-2014-reading'))).toBe('= 125.800.000 kr. (125,8 mio. kr.)');
    expect(field('fw-weight-SVR').value).toBe('0,5');
    expect(field('fw-weight-SELV').value).toBe('1');
    expect(label('fw-weight-SVR')).toBe('Vægt for Sammenhængende velfærdsressourcer (SVR)');
    // 125.800.000 kr. in 2014 over weights 1 and 0,5: two thirds and one third.
    expect(previewRow('SELV')[1]).toBe('83.866.667 kr.');
    expect(previewRow('SVR')[1]).toBe('41.933.333 kr.');

    await type('fw-pool-2014', '300');
    await type('fw-weight-SVR', '2');
    expect(previewRow('SELV').slice(0, 2)).toEqual(['1', '100 kr.']);
    expect(previewRow('SVR').slice(0, 2)).toEqual(['2', '200 kr.']);
    // SVR's 200 kr. split evenly over its two committees.
    const committees = Array.from(page().querySelectorAll('tbody[data-track="SVR"] tr.committee')).map((r) => text(r.querySelectorAll('td')[1]));
    expect(committees).toEqual(['100 kr.', '100 kr.']);
    expect(text(page().querySelector('tfoot tr[data-line=unallocated] td'))).toBe('0 kr.');
  });

  it('says what the preview is missing instead of showing wrong numbers', async () => {
    await open('finance');

    await type('fw-pool-2015', '');
    await type('fw-weight-SVR', 'x');
    expect(page().querySelector('[data-testid=preview-table]')).toBeNull();
    const missing = Array.from(page().querySelectorAll('[data-testid=preview-missing] li')).map(text);
    expect(missing).toEqual([
      'Puljen for 2015 mangler.',
      'Vægten for Sammenhængende velfærdsressourcer (SVR) kan ikke læses: Skriv vægten som et positivt tal, fx 1 eller 0,5.',
    ]);
  });

  it('shows a Danish message next to each bad field and does not save', async () => {
    await open('finance');
    document.body.appendChild(page());

    await type('fw-decided-on', '');
    await type('fw-title', '   ');
    field('fw-pool-2014').value = '125.8 mio.';
    field('fw-pool-2014').dispatchEvent(new Event('input'));
    field('fw-pool-2016').value = '1250,50';
    field('fw-pool-2016').dispatchEvent(new Event('input'));
    field('fw-weight-SELV').value = '0,1234567';
    field('fw-weight-SELV').dispatchEvent(new Event('input'));
    field('fw-weight-SVR').value = '-1';
    field('fw-weight-SVR').dispatchEvent(new Event('input'));
    await settle();
    // Fields not yet left show no message until the user tries to save.
    expect(error('fw-pool-2014')).toBe('');
    await submit();

    expect(error('fw-decided-on')).toBe('Vælg datoen for beslutningen.');
    expect(error('fw-title')).toBe('Skriv en titel, fx "Rammeudmelding for budget 2014".');
    expect(error('fw-pool-2014')).toBe('Brug komma som decimaltegn og punktum til tusinder. Skriv hele kroner, fx 125800000 eller 125.800.000, eller mio. kr., fx 125,8 mio.');
    expect(error('fw-pool-2016')).toBe('Puljen skal være et helt antal kroner, uden øre.');
    expect(error('fw-weight-SELV')).toBe('Vægten må højst have 6 decimaler.');
    expect(error('fw-weight-SVR')).toBe('Vægten skal være større end 0.');
    expect(field('fw-pool-2014').getAttribute('aria-invalid')).toBe('true');
    expect(field('fw-pool-2014').getAttribute('aria-describedby')).toBe('fw-pool-2014-error');
    expect(text(page().querySelector('form [role=alert]'))).toBe('Ret de markerede felter, før revisionen kan gemmes.');
    // Focus goes to the first field to fix.
    expect(document.activeElement).toBe(field('fw-decided-on'));
    http.expectNone({ method: 'POST' });
    page().remove();
  });

  it('needs at least one weighted track for top-down, but not for bids', async () => {
    await open('finance');
    await type('fw-weight-SELV', '0');
    await type('fw-weight-SVR', '');
    await submit();
    expect(text(page().querySelector('#fw-weights-error'))).toBe(
      'Giv mindst ét spor en vægt: ved top-down fordeles puljen efter sporenes vægte.',
    );
    http.expectNone({ method: 'POST' });

    const radios = Array.from(page().querySelectorAll<HTMLInputElement>('input[type=radio]'));
    expect(radios.map((r) => [text(r.closest('label')), r.checked])).toEqual([
      ['Top-down (vægte)', true],
      ['Bud fra udvalgene', false],
    ]);
    const bids = radios[1];
    bids.click();
    await settle();
    expect(text(page().querySelector('app-framework-preview'))).toContain('Der er derfor ingen forhåndsvisning her.');
    await submit();
    const post = http.expectOne({ method: 'POST', url: frameworksUrl(2014) });
    expect(post.request.body.allocationMethod).toBe('bids');
    expect(post.request.body.trackWeights).toEqual([]);
    post.flush({ ...REVISION_1, revision: 2, allocationMethod: 'bids', trackWeights: [] });
    await settle();
    http.expectOne(BUDGET_YEAR_URL).flush(budgetYear());
    await settle();
  });

  it('saves the next revision with amounts in kroner and shows its number', async () => {
    await open('finance');
    await type('fw-decided-on', '2013-06-19');
    await type('fw-title', ' Revideret rammeudmelding ');
    await type('fw-pool-2014', '130 mio.');
    await type('fw-pool-2015', '180.500.000 kr.');
    await type('fw-weight-SVR', '0');
    await submit();

    const post = http.expectOne({ method: 'POST', url: frameworksUrl(2014) });
    expect(post.request.body).toEqual({
      decidedOn: '2013-06-19',
      decidedBy: 'ØU',
      title: 'Revideret rammeudmelding',
      allocationMethod: 'top_down',
      pool: { '2014': '130000000', '2015': '180500000', '2016': '230000000', '2017': '264400000' },
      trackWeights: [{ trackCode: 'SELV', weight: '1' }],
    });
    expect(text(button(/Gemmer/))).toBe('Gemmer …');
    const saved: Framework = { ...REVISION_1, ...post.request.body, revision: 2 };
    post.flush(saved);
    await settle();
    http.expectOne(BUDGET_YEAR_URL).flush(budgetYear());
    await settle();

    const notice = page().querySelector('[data-testid=saved-notice]');
    expect(text(notice)).toContain('Revision 2 er gemt og er nu den gældende rammeudmelding.');
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe('/budget-years/2014/framework/revisions?from=1&to=2');
    expect(text(page().querySelector('[data-testid=current-revision]'))).toBe('2');
    // The form now starts from revision 2.
    expect(text(page().querySelector('#fw-editor-heading'))).toBe('Ny revision (revision 3)');
    expect(field('fw-pool-2014').value).toBe('130000000');
    expect(field('fw-weight-SVR').value).toBe('');
  });

  it("shows the API's message in Danish when saving fails", async () => {
    await open('finance');
    await submit();
    http
      .expectOne({ method: 'POST', url: frameworksUrl(2014) })
      .flush(
        { statusCode: 400, error: 'Bad Request', message: ['trackWeights.0.trackCode: sporet SELV findes ikke'] },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();

    expect(text(page().querySelector('form [role=alert]'))).toBe('trackWeights.0.trackCode: sporet SELV findes ikke.');
    expect(text(button(/^Gem som revision/))).toBe('Gem som revision 2');
  });

  it('turns read-only when the API says the year was closed meanwhile', async () => {
    await open('finance');
    await submit();
    http
      .expectOne({ method: 'POST', url: frameworksUrl(2014) })
      .flush({ statusCode: 409, error: 'Conflict', message: 'Budgetåret 2014 er lukket' }, { status: 409, statusText: 'Conflict' });
    await settle();
    http.expectOne(BUDGET_YEAR_URL).flush(budgetYear('closed'));
    await settle();

    expect(page().querySelector('app-framework-editor')).toBeNull();
    expect(text(page())).toContain('Budgetåret 2014 er lukket.');
    expect(text(page().querySelector('[data-testid=read-only]'))).toBe(
      'Budget 2014 er lukket og kan kun læses. Rammeudmeldingen kan ikke længere revideres.',
    );
  });

  it('has no editor in a closed year, only the current revision and a read-only notice', async () => {
    await open('finance', [REVISION_1], 'closed');

    expect(page().querySelector('app-framework-editor')).toBeNull();
    expect(page().querySelectorAll('input')).toHaveLength(0);
    expect(text(page().querySelector('[data-testid=read-only]'))).toContain('er lukket og kan kun læses');
    expect(text(page().querySelector('[data-testid=current-revision]'))).toBe('1');
  });

  it('shows an empty state and a blank first revision when there is none', async () => {
    await open('finance', [], 'draft');

    expect(text(page().querySelector('[data-testid=empty]'))).toBe(
      'Der er endnu ingen rammeudmelding for budget 2014. Udfyld formularen herunder for at udmelde den første.',
    );
    expect(text(page().querySelector('#fw-editor-heading'))).toBe('Ny revision (revision 1)');
    expect(field('fw-pool-2014').value).toBe('');
    expect(field('fw-title').value).toBe('Rammeudmelding for budget 2014');
    expect(Array.from(page().querySelectorAll('[data-testid=preview-missing] li')).map(text)).toEqual([
      'Puljen for 2014 mangler.',
      'Puljen for 2015 mangler.',
      'Puljen for 2016 mangler.',
      'Puljen for 2017 mangler.',
      'Ingen spor har en vægt endnu.',
    ]);
    expect(text(page())).not.toMatch(/undefined|null|NaN/);
  });

  it('shows a Danish error and "Prøv igen" when the page cannot be loaded', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'budget-years/:year/framework', children: frameworkRoutes }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/budget-years/2099/framework');
    http.expectOne('/api/budget-years/2099').flush({ statusCode: 404, error: 'Not Found', message: 'x' }, { status: 404, statusText: 'Not Found' });
    await settle();
    // The other two requests were cancelled with the failed one.
    expect(http.match(() => true).every((r) => r.cancelled)).toBe(true);

    expect(text(page().querySelector('[role=alert]'))).toBe('Budget 2099 findes ikke.');
    expect(text(button(/Prøv igen/))).toBe('Prøv igen');
  });

  it('lets finance download the current revision and announce the next from a file, after a preview', async () => {
    await open('finance');
    const urls = Array.from(page().querySelectorAll('app-export-buttons button'), (b) => (b as HTMLElement).dataset['url']);
    expect(urls).toEqual(['/api/budget-years/2014/frameworks/1/export?format=xlsx', '/api/budget-years/2014/frameworks/1/export?format=csv']);

    const input = page().querySelector('app-file-picker-button input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'ramme.xlsx')], configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle();
    const next = { ...REVISION_1, revision: 2, title: 'Sommerrevision', createdAt: null };
    http.expectOne('/api/budget-years/2014/frameworks/import?dryRun=true').flush({ dryRun: true, applied: false, errors: [], framework: next });
    await settle();
    const dialog = document.querySelector('[role=dialog]') as HTMLElement;
    expect(text(dialog)).toContain('Filen udmelder revision 2.');
    expect(text(dialog.querySelector('[data-testid=diff-table] tr[data-key="field:title"]'))).toContain('Sommerrevision');

    (Array.from(dialog.querySelectorAll('button')).find((b) => text(b) === 'Udmeld revisionen') as HTMLButtonElement).click();
    await settle();
    http.expectOne('/api/budget-years/2014/frameworks/import?dryRun=false')
      .flush({ dryRun: false, applied: true, errors: [], framework: { ...next, createdAt: '2026-11-27T10:00:00.000Z' } }, { status: 201, statusText: 'Created' });
    await settle();
    http.expectOne(BUDGET_YEAR_URL).flush(budgetYear());
    await settle();
    expect(text(page().querySelector('[data-testid=saved-notice]'))).toContain('Revision 2 er gemt og er nu den gældende rammeudmelding.');
    expect(text(page().querySelector('[data-testid=current-revision]'))).toBe('2');
  });
});
