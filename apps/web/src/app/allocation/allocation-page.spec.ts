import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CurrentUser, UserRole } from '../auth/auth.models';
import { AUTH_URLS, AuthService } from '../auth/auth.service';
import { BudgetYear } from '../budget-years/budget-years.service';
import { AllocationPage } from './allocation-page';
import { AllocationTable } from './allocation-table';
import { AllocationRun, AllocationView, CellExplanation } from './allocation.models';
import { EVENT_SOURCE_FACTORY } from './allocation.service';
import { PoolChart } from './pool-chart.component';

/** jsdom has no canvas; the chart's configuration is tested on its own (pool-chart.spec). */
@Component({ changeDetection: ChangeDetectionStrategy.OnPush, selector: 'app-pool-chart', template: '<p>diagram med {{ table().groups.length }} spor</p>' })
class PoolChartStub {
  readonly table = input.required<AllocationTable>();
}

class FakeEventSource {
  static last: FakeEventSource | null = null;
  readonly listeners = new Map<string, (e: MessageEvent<string>) => void>();
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(type: string, fn: (e: MessageEvent<string>) => void): void {
    this.listeners.set(type, fn);
  }
  removeEventListener(type: string): void {
    this.listeners.delete(type);
  }
  close(): void {
    this.closed = true;
  }
  emit(type: string, data: unknown = {}): void {
    this.listeners.get(type)?.({ data: JSON.stringify(data) } as MessageEvent<string>);
  }
}

const BUDGET_2014: BudgetYear = { year: 2014, title: 'Budget 2014', priceLevelYear: 2014, status: 'framework_announced', periodYears: [2014, 2015, 2016, 2017], version: 2 };
const run = (id: string, status: AllocationRun['status']): AllocationRun => ({
  id, budgetYear: 2014, frameworkRevision: 1, status, queuedAt: '2026-11-27T10:00:00Z', startedAt: '2026-11-27T10:00:01Z', finishedAt: status === 'succeeded' ? '2026-11-27T10:00:02Z' : null,
});
const VIEW: AllocationView = {
  run: run('r1', 'succeeded'),
  cells: [
    { trackCode: 'SELV', committeeCode: 'SAU', year: 2014, amount: '1234567' },
    { trackCode: 'SVR', committeeCode: 'SAU', year: 2014, amount: '500000' },
    { trackCode: 'SVR', committeeCode: 'ÆHU', year: 2015, amount: '250000' },
  ],
  unallocated: { '2017': '1000000' },
};

const INDICES = [2014, 2016].map((year) => ({ year, index: year === 2014 ? '100.0' : '103.2', source: null, illustrative: true, version: 1 }));

describe('AllocationPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const settle = async () => {
    await new Promise((r) => setTimeout(r));
    await harness.fixture.whenStable();
  };

  async function open(role: UserRole, view: AllocationView = VIEW, latest: AllocationRun | null = run('r1', 'succeeded')): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'budget-years/:year/allocation', component: AllocationPage }], withComponentInputBinding()),
        { provide: EVENT_SOURCE_FACTORY, useValue: (url: string) => new FakeEventSource(url) },
      ],
    });
    TestBed.overrideComponent(AllocationPage, { remove: { imports: [PoolChart] }, add: { imports: [PoolChartStub] } });
    http = TestBed.inject(HttpTestingController);
    const user: CurrentUser = { id: '1', email: 'x@odense.dk', name: 'X', role, committeeCodes: [] };
    const loading = TestBed.inject(AuthService).ensureLoaded();
    http.expectOne(AUTH_URLS.me).flush(user);
    await loading;
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/budget-years/2014/allocation');
    http.expectOne('/api/budget-years/2014').flush(BUDGET_2014);
    http.expectOne('/api/budget-years/2014/allocation').flush(view);
    http.expectOne('/api/tracks').flush([{ code: 'SELV', name: 'Selvhjulpne borgere' }, { code: 'SVR', name: 'Velfærdsressourcer' }]);
    http.expectOne('/api/committees').flush([{ code: 'SAU', name: 'Socialudvalget' }, { code: 'ÆHU', name: 'Ældreudvalget' }]);
    latestRunRequest().flush(latest ? [latest] : []);
    http.expectOne('/api/price-indices').flush(INDICES);
    await settle();
  }

  const latestRunRequest = (): TestRequest => http.expectOne((r) => r.url === '/api/budget-years/2014/allocation-runs' && r.params.get('limit') === '1');

  afterEach(() => http.verify());

  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  /** What a sighted user reads: without the texts only for screen readers. */
  const visible = (el: Element) => {
    const copy = el.cloneNode(true) as Element;
    copy.querySelectorAll('.visually-hidden').forEach((h) => h.remove());
    return text(copy);
  };
  const cells = (selector: string) => Array.from(page().querySelectorAll(selector), (c) => visible(c));
  const status = () => text(page().querySelector('[data-testid=run-status]'));
  const button = (label: string) => Array.from(page().querySelectorAll('button')).find((b) => text(b) === label);

  it('shows every amount formatted in Danish with row, track and column totals', async () => {
    await open('director');

    const rows = Array.from(page().querySelectorAll('tbody tr'), (tr) => Array.from(tr.querySelectorAll('th, td'), (c) => visible(c)));
    expect(rows).toEqual([
      ['SELV Selvhjulpne borgere', 'SAU Socialudvalget', '1.234.567 kr.', '0 kr.', '0 kr.', '0 kr.', '1.234.567 kr.'],
      ['I alt for sporet', '1.234.567 kr.', '0 kr.', '0 kr.', '0 kr.', '1.234.567 kr.'],
      ['SVR Velfærdsressourcer', 'SAU Socialudvalget', '500.000 kr.', '0 kr.', '0 kr.', '0 kr.', '500.000 kr.'],
      ['ÆHU Ældreudvalget', '0 kr.', '250.000 kr.', '0 kr.', '0 kr.', '250.000 kr.'],
      ['I alt for sporet', '500.000 kr.', '250.000 kr.', '0 kr.', '0 kr.', '750.000 kr.'],
    ]);
    expect(cells('tfoot tr[data-line=allocated] > *')).toEqual(['Fordelt i alt', '1.734.567 kr.', '250.000 kr.', '0 kr.', '0 kr.', '1.984.567 kr.']);
    expect(cells('tfoot tr[data-line=unallocated] td')).toEqual(['0 kr.', '0 kr.', '0 kr.', '1.000.000 kr.', '1.000.000 kr.']);
    expect(cells('tfoot tr[data-line=pool] td')).toEqual(['1.734.567 kr.', '250.000 kr.', '0 kr.', '1.000.000 kr.', '2.984.567 kr.']);
    expect(text(page().querySelector('app-pool-chart'))).toBe('diagram med 2 spor');
  });

  it('shows the run status with a badge and text, and no "Genberegn" for a director', async () => {
    await open('director');

    expect(status()).toMatch(/^Seneste beregning: Gennemført afsluttet 27\.11\.2026 kl\. \d\d\.\d\d\.02$/);
    expect(page().querySelector('[data-testid=run-status] progress')).toBeNull();
    expect(button('Genberegn')).toBeUndefined();
  });

  it('lets finance recompute, shows progress while queued and running, and reloads when the run succeeds', async () => {
    await open('finance');
    const events = FakeEventSource.last as FakeEventSource;
    expect(events.url).toBe('/api/budget-years/2014/events');

    button('Genberegn')?.click();
    const post = http.expectOne('/api/budget-years/2014/allocation/recompute');
    expect(post.request.method).toBe('POST');
    post.flush({ runId: 'r2' }, { status: 202, statusText: 'Accepted' });
    await settle();
    expect(status()).toContain('I kø');
    expect(page().querySelector('progress')?.getAttribute('aria-label')).toBe('Genberegner fordelingen');
    expect(button('Genberegn')?.disabled).toBe(true);

    events.emit('run', { id: 'r2', budgetYear: 2014, status: 'running' });
    await settle();
    expect(status()).toContain('Beregner');

    events.emit('run', { id: 'r2', budgetYear: 2014, status: 'succeeded' });
    await settle();
    http.expectOne('/api/budget-years/2014/allocation').flush({
      ...VIEW,
      run: run('r2', 'succeeded'),
      cells: [{ trackCode: 'SELV', committeeCode: 'SAU', year: 2014, amount: '2000000' }],
    });
    latestRunRequest().flush([run('r2', 'succeeded')]);
    await settle();

    expect(status()).toContain('Gennemført');
    expect(page().querySelector('progress')).toBeNull();
    expect(page().querySelector('[data-testid=run-status]')?.getAttribute('data-run-id')).toBe('r2');
    expect(cells('tfoot tr[data-line=allocated] td')[0]).toBe('2.000.000 kr.');
  });

  it('shows a failed run from a live event with the reason from the server', async () => {
    await open('director');
    const events = FakeEventSource.last as FakeEventSource;
    events.emit('run', { id: 'r4', budgetYear: 2014, status: 'queued' });
    await settle();
    expect(page().querySelector('progress')).not.toBeNull();

    events.emit('run', { id: 'r4', budgetYear: 2014, status: 'failed' });
    await settle();
    latestRunRequest().flush([{ ...run('r4', 'failed'), error: 'Puljen mangler' }]);
    await settle();

    expect(status()).toContain('Fejlet');
    expect(status()).toContain('Beregningen fejlede: Puljen mangler.');
    expect(page().querySelector('progress')).toBeNull();
  });

  it('ignores events of other budget years', async () => {
    await open('director');
    (FakeEventSource.last as FakeEventSource).emit('run', { id: 'x', budgetYear: 2015, status: 'queued' });
    await settle();

    expect(status()).toContain('Gennemført');
  });

  it('catches up after the event stream reconnects, since events may have been missed', async () => {
    await open('director');
    const events = FakeEventSource.last as FakeEventSource;
    events.emit('open');
    await settle();
    http.expectNone('/api/budget-years/2014/allocation');

    events.emit('open');
    await settle();
    http.expectOne('/api/budget-years/2014/allocation').flush({ ...VIEW, run: run('r5', 'succeeded') });
    latestRunRequest().flush([run('r5', 'succeeded')]);
    await settle();

    expect(page().querySelector('[data-testid=run-status]')?.getAttribute('data-run-id')).toBe('r5');
  });

  it('says so when the latest run failed, and keeps showing the current allocation', async () => {
    await open('finance', VIEW, { ...run('r3', 'failed'), error: 'Rammeudmeldingen mangler' });

    expect(status()).toContain('Fejlet');
    expect(status()).toContain('Beregningen fejlede: Rammeudmeldingen mangler.');
    expect(cells('tfoot tr[data-line=allocated] td')[0]).toBe('1.734.567 kr.');
  });

  it('closes the event stream when the page is left', async () => {
    await open('director');
    const events = FakeEventSource.last as FakeEventSource;
    harness.fixture.destroy();
    expect(events.closed).toBe(true);
  });

  it('explains a cell on "Hvorfor dette beløb?" in a dialog', async () => {
    await open('director');
    const cellButton = Array.from(page().querySelectorAll('button')).find((b) => b.title === 'Hvorfor dette beløb?' && text(b).startsWith('1.234.567 kr.'));
    expect(text(cellButton)).toBe('1.234.567 kr. – hvorfor dette beløb? SELV, SAU, 2014');
    cellButton?.click();
    const request = http.expectOne((r) => r.url === '/api/allocation-runs/r1/explanation');
    expect(request.request.params.toString()).toBe('trackCode=SELV&committeeCode=SAU&year=2014');
    const frac = (decimal: string) => ({ num: '1', den: '1', decimal, exact: true });
    const explanation: CellExplanation = {
      year: 2014, trackCode: 'SELV', committeeCode: 'SAU', pool: '1234567', eligibleTracks: 1, trackWeight: '1', sumOfWeights: '1',
      trackQuota: frac('1234567'), trackFloor: '1234567', trackRemainder: frac('0'), trackLeftover: '0', trackGotExtra: false, trackAmount: '1234567',
      shareWeight: '1', sumOfShareWeights: '1', committeeQuota: frac('1234567'), committeeFloor: '1234567', committeeRemainder: frac('0'),
      committeeLeftover: '0', committeeGotExtra: false, amount: '1234567',
    };
    request.flush(explanation);
    await settle();

    const dialog = page().querySelector('[role=dialog]');
    expect(text(dialog?.querySelector('h2'))).toBe('Hvorfor dette beløb?');
    expect(text(dialog)).toContain('1.234.567 kr. til Socialudvalget (SAU) fra sporet Selvhjulpne borgere (SELV) i 2014.');
    expect(text(dialog)).toContain('Puljen for 2014 er 1.234.567 kr. og fordeles efter vægt på 1 spor.');
    expect(text(dialog)).toContain('Beløbet i cellen er derfor 1.234.567 kr.');
  });

  it('marks an over-bid in bids mode in words, not only by colour, and offers no explanation', async () => {
    await open('director', {
      run: run('r1', 'succeeded'),
      cells: [{ trackCode: 'SELV', committeeCode: 'SAU', year: 2014, amount: '3000000' }],
      unallocated: {},
      uncovered: { '2014': '-500000', '2015': '0', '2016': '0', '2017': '0' },
    });

    expect(cells('tfoot tr[data-line=uncovered] td')[0]).toBe('-500.000 kr. overbud');
    expect(cells('tfoot tr[data-line=pool] td')[0]).toBe('2.500.000 kr.');
    expect(page().querySelector('tr[data-line=unallocated]')).toBeNull();
    expect(page().querySelector('button[title="Hvorfor dette beløb?"]')).toBeNull();
  });

  describe('in a chosen price level (?prisniveau=)', () => {
    /** VIEW at 2016 prices, as the API converts it: × 1.032, each amount rounded to øre. */
    const AT_2016: AllocationView = {
      ...VIEW,
      cells: [
        { trackCode: 'SELV', committeeCode: 'SAU', year: 2014, amount: '1274073.14' },
        { trackCode: 'SVR', committeeCode: 'SAU', year: 2014, amount: '516000' },
        { trackCode: 'SVR', committeeCode: 'ÆHU', year: 2015, amount: '258000' },
      ],
      unallocated: { '2017': '1032000' },
      priceLevel: 2016,
    };
    const allocationAt = (level: string) =>
      http.expectOne((r) => r.url === '/api/budget-years/2014/allocation' && r.params.get('priceLevel') === level);
    const exportUrls = () => Array.from(page().querySelectorAll<HTMLElement>('app-export-buttons button'), (b) => b.dataset['url']);
    const select = () => page().querySelector('app-price-level-select select') as HTMLSelectElement;
    const firstRow = () => Array.from(page().querySelector('tbody tr')?.querySelectorAll('td') ?? [], (c) => visible(c));

    it('labels the amounts with the round\'s own price level, and offers the levels that have an index', async () => {
      await open('director');

      expect(text(page().querySelector('app-allocation-grid caption'))).toBe('Fordeling pr. spor, udvalg og år (kr., 2014-priser)');
      expect(text(page().querySelector('[data-testid=price-level-note]'))).toBe('Beløbene er i budgetrundens eget prisniveau, 2014-priser.');
      expect(Array.from(select().options, (o) => text(o))).toEqual(['Budgetrundens eget prisniveau', '2014-priser (illustrativt indeks)', '2016-priser (illustrativt indeks)']);
      expect(exportUrls()).toEqual(['/api/budget-years/2014/allocation/export?format=xlsx', '/api/budget-years/2014/allocation/export?format=csv']);
    });

    it('shows the amounts the API converted, labelled with the level, and exports in it', async () => {
      await open('director');

      select().value = '2016';
      select().dispatchEvent(new Event('change'));
      await settle();
      expect(harness.routeNativeElement && TestBed.inject(Router).url).toBe('/budget-years/2014/allocation?prisniveau=2016');
      allocationAt('2016').flush(AT_2016);
      latestRunRequest().flush([run('r1', 'succeeded')]);
      await settle();

      expect(text(page().querySelector('app-allocation-grid caption'))).toBe('Fordeling pr. spor, udvalg og år (kr., 2016-priser)');
      expect(text(page().querySelector('[data-testid=price-level-note]'))).toBe('Beløbene er omregnet til 2016-priser med pris- og lønindekset.');
      expect(firstRow()).toEqual(['1.274.073,14 kr.', '0 kr.', '0 kr.', '0 kr.', '1.274.073,14 kr.']);
      expect(cells('tfoot tr[data-line=pool] td')).toEqual(['1.790.073,14 kr.', '258.000 kr.', '0 kr.', '1.032.000 kr.', '3.080.073,14 kr.']);
      expect(select().value).toBe('2016');
      expect(exportUrls()).toEqual([
        '/api/budget-years/2014/allocation/export?priceLevel=2016&format=xlsx',
        '/api/budget-years/2014/allocation/export?priceLevel=2016&format=csv',
      ]);
      // The explanation is of the stored amounts, so it is offered at the round's own level only.
      expect(page().querySelector('button[title="Hvorfor dette beløb?"]')).toBeNull();
      expect(text(page())).toContain('Vælg budgetrundens eget prisniveau for at se, hvordan et beløb er beregnet.');

      await harness.navigateByUrl('/budget-years/2014/allocation');
      http.expectOne('/api/budget-years/2014/allocation').flush(VIEW);
      latestRunRequest().flush([run('r1', 'succeeded')]);
      await settle();
      expect(firstRow()[0]).toBe('1.234.567 kr.');
      expect(text(page().querySelector('app-allocation-grid caption'))).toBe('Fordeling pr. spor, udvalg og år (kr., 2014-priser)');
      expect(page().querySelector('button[title="Hvorfor dette beløb?"]')).not.toBeNull();
    });

    it('opens in the level of the address, and a live recompute keeps it', async () => {
      TestBed.configureTestingModule({
        providers: [
          provideHttpClient(),
          provideHttpClientTesting(),
          provideRouter([{ path: 'budget-years/:year/allocation', component: AllocationPage }], withComponentInputBinding()),
          { provide: EVENT_SOURCE_FACTORY, useValue: (url: string) => new FakeEventSource(url) },
        ],
      });
      TestBed.overrideComponent(AllocationPage, { remove: { imports: [PoolChart] }, add: { imports: [PoolChartStub] } });
      http = TestBed.inject(HttpTestingController);
      const loading = TestBed.inject(AuthService).ensureLoaded();
      http.expectOne(AUTH_URLS.me).flush({ id: '1', email: 'x@odense.dk', name: 'X', role: 'director', committeeCodes: [] });
      await loading;
      harness = await RouterTestingHarness.create();
      await harness.navigateByUrl('/budget-years/2014/allocation?prisniveau=2016');
      http.expectOne('/api/budget-years/2014').flush(BUDGET_2014);
      allocationAt('2016').flush(AT_2016);
      http.expectOne('/api/tracks').flush([{ code: 'SELV', name: 'Selvhjulpne borgere' }, { code: 'SVR', name: 'Velfærdsressourcer' }]);
      http.expectOne('/api/committees').flush([{ code: 'SAU', name: 'Socialudvalget' }, { code: 'ÆHU', name: 'Ældreudvalget' }]);
      latestRunRequest().flush([run('r1', 'succeeded')]);
      http.expectOne('/api/price-indices').flush(INDICES);
      await settle();
      expect(firstRow()[0]).toBe('1.274.073,14 kr.');

      (FakeEventSource.last as FakeEventSource).emit('run', { id: 'r2', budgetYear: 2014, status: 'succeeded' });
      await settle();
      allocationAt('2016').flush({ ...AT_2016, run: run('r2', 'succeeded') });
      latestRunRequest().flush([run('r2', 'succeeded')]);
      await settle();
      expect(text(page().querySelector('app-allocation-grid caption'))).toContain('2016-priser');
    });

    it('keeps the table in its level and says why when the API cannot convert to the level chosen', async () => {
      await open('director');

      await harness.navigateByUrl('/budget-years/2014/allocation?prisniveau=2019');
      allocationAt('2019').flush(
        { statusCode: 400, error: 'Bad Request', message: ['priceLevel: pris- og lønindekset mangler for 2019; finance kan indtaste det under /api/price-indices'] },
        { status: 400, statusText: 'Bad Request' },
      );
      expect(latestRunRequest().cancelled).toBe(true);
      await settle();

      expect(text(page().querySelector('[data-testid=price-level-error]'))).toContain('pris- og lønindekset mangler for 2019');
      expect(firstRow()[0]).toBe('1.234.567 kr.');
      expect(text(page().querySelector('app-allocation-grid caption'))).toContain('2014-priser');
    });
  });

  it('says there is no allocation yet before the first run', async () => {
    await open('finance', { run: null, cells: [], unallocated: {} }, null);

    expect(status()).toBe('Der er endnu ikke beregnet nogen fordeling.');
    expect(text(page())).toContain('Der er ingen fordeling for budget 2014 endnu.');
    expect(page().querySelector('table')).toBeNull();
  });
});
