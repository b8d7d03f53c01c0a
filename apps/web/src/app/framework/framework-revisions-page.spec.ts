import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { frameworkRoutes } from './framework.routes';
import { Framework, Track } from './framework.models';
import { frameworksUrl, TRACKS_URL } from './framework.service';

const TRACKS: Track[] = [
  { code: 'SVR', name: 'Sammenhængende velfærdsressourcer', startYear: 2013, status: 'active', shares: [{ committeeCode: 'SAU', weight: '1' }] },
];
const revision = (n: number, overrides: Partial<Framework> = {}): Framework => ({
  budgetYear: 2014,
  revision: n,
  decidedOn: '2013-02-06',
  decidedBy: 'ØU',
  title: 'Rammeudmelding for budget 2014',
  allocationMethod: 'top_down',
  pool: { '2014': '100000000', '2015': '100000000', '2016': '100000000', '2017': '100000000' },
  trackWeights: [{ trackCode: 'SVR', weight: '1' }],
  createdAt: '2013-02-06T10:15:00.000Z',
  createdBy: 'okonomi@odense.dk',
  ...overrides,
});
const REVISIONS = [
  revision(1),
  revision(2, { decidedOn: '2013-06-19', pool: { '2014': '125800000', '2015': '100000000', '2016': '100000000', '2017': '100000000' } }),
  revision(3, { trackWeights: [{ trackCode: 'SVR', weight: '2' }, { trackCode: 'VIF', weight: '0.5' }] }),
];

describe('FrameworkRevisionsPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const settle = async () => {
    await new Promise((r) => setTimeout(r));
    await harness.fixture.whenStable();
  };

  async function open(url: string, revisions = REVISIONS): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'budget-years/:year/framework', children: frameworkRoutes }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    http.expectOne(frameworksUrl(2014)).flush(revisions);
    http.expectOne(TRACKS_URL).flush(TRACKS);
    await settle();
  }

  afterEach(() => http.verify());

  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  // A diff cell's lines (mio. kr. over the exact kroner) are block spans: read them as words.
  const cellText = (cell: Element) =>
    Array.from(cell.childNodes)
      .filter((n) => n.nodeType !== Node.COMMENT_NODE)
      .map((n) => n.textContent?.replace(/\s+/g, ' ').trim() ?? '')
      .filter(Boolean)
      .join(' ');
  const cells = (row: Element | null) => Array.from(row?.querySelectorAll('th, td') ?? []).map(cellText);
  const diffRow = (key: string) => page().querySelector(`[data-testid=diff-table] tr[data-key="${key}"]`);

  it('lists every revision oldest first, marks the current one, and compares the last two by default', async () => {
    await open('/budget-years/2014/framework/revisions');

    expect(text(page().querySelector('h1'))).toBe('Rammeudmelding – revisioner for budget 2014');
    // Each revision downloads as its own framework file.
    expect(Array.from(page().querySelectorAll('[data-testid=revisions] tbody tr button')).map((b) => (b as HTMLElement).dataset['url'])).toEqual(
      [1, 2, 3].flatMap((n) => ['xlsx', 'csv'].map((f) => `/api/budget-years/2014/frameworks/${n}/export?format=${f}`)),
    );
    expect(Array.from(page().querySelectorAll('[data-testid=revisions] tbody tr')).map(cells)).toEqual([
      ['1', '6. februar 2013', 'ØU', 'Rammeudmelding for budget 2014', 'Top-down (vægte)', 'Hent som Excel Hent som CSV'],
      ['2', '19. juni 2013', 'ØU', 'Rammeudmelding for budget 2014', 'Top-down (vægte)', 'Hent som Excel Hent som CSV'],
      ['3 (gældende)', '6. februar 2013', 'ØU', 'Rammeudmelding for budget 2014', 'Top-down (vægte)', 'Hent som Excel Hent som CSV'],
    ]);
    expect(page().querySelector<HTMLSelectElement>('#fw-diff-from')?.value).toBe('2');
    expect(page().querySelector<HTMLSelectElement>('#fw-diff-to')?.value).toBe('3');
    expect(text(page().querySelector('[data-testid=diff-summary]'))).toBe('5 ændringer fra revision 2 til revision 3.');
    expect(cells(diffRow('field:decidedOn'))).toEqual(['Besluttet den', '19. juni 2013', '6. februar 2013', 'ændret']);
    expect(cells(diffRow('weight:SVR'))).toEqual(['Vægt: Sammenhængende velfærdsressourcer (SVR)', '1', '2', 'ændret']);
    expect(cells(diffRow('weight:VIF'))).toEqual(['Vægt: VIF', '–', '0,5', 'ny']);
  });

  it('marks a changed pool year with a word and the difference in kroner, not only with colour', async () => {
    await open('/budget-years/2014/framework/revisions?from=1&to=2');

    const row2014 = diffRow('pool:2014');
    expect(row2014?.getAttribute('data-change')).toBe('changed');
    expect(row2014?.classList).toContain('changed');
    expect(cells(row2014)).toEqual([
      'Pulje 2014',
      '100,0 mio. kr. 100.000.000 kr.',
      '125,8 mio. kr. 125.800.000 kr.',
      'ændret +25.800.000 kr.',
    ]);
    expect(cells(diffRow('pool:2015'))[3]).toBe('uændret');
    expect(cells(diffRow('pool:total'))[3]).toBe('ændret +25.800.000 kr.');
  });

  it('compares the revisions chosen in the selects, through the address', async () => {
    await open('/budget-years/2014/framework/revisions');
    const from = page().querySelector('#fw-diff-from') as HTMLSelectElement;
    from.value = '1';
    from.dispatchEvent(new Event('change'));
    await settle();

    expect(TestBed.inject(Router).url).toBe('/budget-years/2014/framework/revisions?from=1&to=3');
    expect(text(page().querySelector('[data-testid=diff-summary]'))).toBe('2 ændringer fra revision 1 til revision 3.');
    expect(cells(page().querySelector('[data-testid=diff-table] thead tr'))).toEqual(['Felt', 'Revision 1', 'Revision 3', 'Ændring']);
    expect(cells(diffRow('pool:2014'))[3]).toBe('uændret');
  });

  it('needs two revisions to compare', async () => {
    await open('/budget-years/2014/framework/revisions', [revision(1)]);

    expect(page().querySelector('[data-testid=diff-table]')).toBeNull();
    expect(text(page().querySelector('.compare .bs-notice'))).toBe('Der er kun én revision. Sammenligningen kræver mindst to.');
  });
});
