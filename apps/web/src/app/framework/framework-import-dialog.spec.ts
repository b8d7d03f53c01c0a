import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FrameworkImportDialog, FrameworkImportReport } from './framework-import-dialog';
import { Framework, Track } from './framework.models';

const DRY = '/api/budget-years/2014/frameworks/import?dryRun=true';
const REAL = '/api/budget-years/2014/frameworks/import?dryRun=false';
const TRACKS: Track[] = [{ code: 'SVR', name: 'Sammenhængende velfærdsressourcer', startYear: 2014, status: 'active', shares: [] }];
const CURRENT: Framework = {
  budgetYear: 2014, revision: 1, decidedOn: '2013-02-06', decidedBy: 'ØU', title: 'Rammeudmelding 2014', allocationMethod: 'top_down',
  pool: { '2014': '100000000', '2015': '120000000' }, trackWeights: [{ trackCode: 'SVR', weight: '1' }],
  createdAt: '2013-02-06T10:00:00.000Z', createdBy: 'okonomi@odense.dk',
};
const preview = (extra: Partial<FrameworkImportReport> = {}): FrameworkImportReport => ({
  dryRun: true,
  applied: false,
  errors: [],
  framework: { ...CURRENT, revision: 2, pool: { '2014': '100000000', '2015': '150000000' }, createdAt: null, createdBy: 'oekonomi@odense.dk' },
  ...extra,
});

describe('FrameworkImportDialog', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<FrameworkImportDialog>;
  const created: Framework[] = [];
  const el = () => fixture.nativeElement as HTMLElement;
  const button = (name: string) => Array.from(el().querySelectorAll('button')).find((b) => b.textContent?.trim() === name);
  const settle = async () => {
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(FrameworkImportDialog);
    fixture.componentRef.setInput('year', 2014);
    fixture.componentRef.setInput('file', new File(['x'], 'rammeudmelding-2014-revision-1.xlsx'));
    fixture.componentRef.setInput('current', CURRENT);
    fixture.componentRef.setInput('tracks', TRACKS);
    created.length = 0;
    fixture.componentInstance.saved.subscribe((f) => created.push(f));
    await settle();
  });
  afterEach(() => http.verify());

  it('previews the revision the file would announce and its changes, then announces it on confirm', async () => {
    http.expectOne(DRY).flush(preview());
    await settle();
    expect(el().textContent).toContain('Filen udmelder revision 2.');
    const changed = Array.from(el().querySelectorAll('[data-testid=diff-table] tr[data-change=changed]')).map((tr) => tr.getAttribute('data-key'));
    expect(changed).toEqual(['pool:2015', 'pool:total']);
    expect(el().querySelector('[data-testid=current-revision]')?.textContent?.trim()).toBe('2');
    expect(el().textContent).not.toContain('Registreret');

    button('Udmeld revisionen')?.click();
    await settle();
    http.expectOne(REAL).flush({ ...preview(), dryRun: false, applied: true, framework: { ...preview().framework, createdAt: '2026-11-27T10:00:00.000Z' } }, { status: 201, statusText: 'Created' });
    await settle();
    expect(el().querySelector('h2')?.textContent?.trim()).toBe('Revisionen er udmeldt');
    expect(created.map((f) => [f.revision, f.createdAt])).toEqual([[2, '2026-11-27T10:00:00.000Z']]);
  });

  it('lists the errors of a refused file at their cells and offers no announcement', async () => {
    const errors = [{ sheet: 'Rammeudmelding', row: 9, column: 'Værdi', message: 'Pulje 2015: skal være hele kroner ≥ 0' }];
    http.expectOne(DRY).flush({ statusCode: 400, error: 'Bad Request', message: 'Filen har 1 fejl; intet er gemt', ...preview({ errors, framework: null }) }, { status: 400, statusText: 'Bad Request' });
    await settle();
    expect(el().querySelector('[data-testid=import-errors] tbody tr')?.textContent).toContain('Pulje 2015: skal være hele kroner ≥ 0');
    expect(button('Udmeld revisionen')).toBeUndefined();
  });
});
