import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { SavingsImportDialog } from './savings-import-dialog';
import { SavingsImportReport } from './savings-import';

const DRY = '/api/budget-years/2014/savings/import?dryRun=true';
const REAL = '/api/budget-years/2014/savings/import?dryRun=false';
const FILE = new File(['xlsx-bytes'], 'besparelser-2014.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });

const report = (extra: Partial<SavingsImportReport> = {}): SavingsImportReport => ({
  dryRun: true,
  applied: false,
  rows: 12,
  changedRows: 1,
  errors: [],
  conflicts: [],
  changes: [
    { row: 3, id: 'r1', trackCode: 'SELV', committeeCode: 'SAU', year: 2014, field: 'forecast', old: '1000000', new: '1250000.50' },
    { row: 3, id: 'r1', trackCode: 'SELV', committeeCode: 'SAU', year: 2014, field: 'status', old: 'on_track', new: 'at_risk' },
  ],
  ...extra,
});

describe('SavingsImportDialog', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<SavingsImportDialog>;
  let saved: number;
  let closed: number;
  const el = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) => (el().querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const rows = (selector: string) =>
    Array.from(el().querySelectorAll(`${selector} tbody tr`)).map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim()));
  const button = (name: string) => Array.from(el().querySelectorAll('button')).find((b) => b.textContent?.trim() === name) as HTMLButtonElement | undefined;
  const settle = async () => {
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SavingsImportDialog);
    fixture.componentRef.setInput('year', 2014);
    fixture.componentRef.setInput('file', FILE);
    fixture.componentRef.setInput('trackNames', new Map([['SELV', 'Selvhjulpne borgere']]));
    fixture.componentRef.setInput('committeeNames', new Map([['SAU', 'Socialudvalget']]));
    saved = 0;
    closed = 0;
    fixture.componentInstance.saved.subscribe(() => saved++);
    fixture.componentInstance.closed.subscribe(() => closed++);
    await settle();
  });
  afterEach(() => http.verify());

  function dryRun(): TestRequest {
    const req = http.expectOne(DRY);
    expect(req.request.method).toBe('POST');
    const body = req.request.body as FormData;
    expect(body.get('file')).toBeInstanceOf(File);
    expect((body.get('file') as File).name).toBe('besparelser-2014.xlsx');
    return req;
  }

  it('sends the file as a dry run and shows progress meanwhile', async () => {
    expect(text('h2')).toBe('Indlæser besparelser-2014.xlsx');
    expect(text('[role=status]')).toBe('Sender og kontrollerer filen …');
    expect(el().querySelector('progress')).not.toBeNull();
    dryRun().flush(report());
    await settle();
    expect(el().querySelector('progress')).toBeNull();
  });

  it('lists every change old → new in words, and saves them for real on "Gem ændringerne"', async () => {
    dryRun().flush(report());
    await settle();
    expect(text('h2')).toBe('Forhåndsvisning af besparelser-2014.xlsx');
    expect(text('[data-testid=import-summary]')).toBe('Filen har 12 rækker. 2 ændringer i 1 række gemmes, når du vælger «Gem ændringerne».');
    expect(rows('[data-testid=import-changes]')).toEqual([
      ['3', 'SELV', 'SAU', '2014', 'Prognose', '1.000.000 kr.', '1.250.000,50 kr.'],
      ['3', 'SELV', 'SAU', '2014', 'Status', 'På sporet', 'I risiko'],
    ]);
    expect(el().querySelector('[data-testid=import-errors]')).toBeNull();

    button('Gem ændringerne')?.click();
    await settle();
    expect(text('[role=status]')).toBe('Gemmer ændringerne …');
    expect(button('Gem ændringerne')?.disabled).toBe(true);
    const real = http.expectOne(REAL);
    expect((real.request.body as FormData).get('file')).toBeInstanceOf(File);
    real.flush({ ...report(), dryRun: false, applied: true });
    await settle();
    expect(text('h2')).toBe('Ændringerne er gemt');
    expect(text('[data-testid=import-saved]')).toBe('2 ændringer i 1 række er gemt. Tabellen er opdateret.');
    expect(saved).toBe(1);
    expect(button('Gem ændringerne')).toBeUndefined();
    button('Luk')?.click();
    expect(closed).toBe(1);
  });

  it('shows the errors of a refused file (400) with sheet, row and column, and offers no save', async () => {
    const errors = [
      { sheet: 'Besparelser', row: 7, column: 'Prognose (kr.)', message: 'Prognose (kr.): skal være et tal, fx -1250,50' },
      { sheet: null, row: null, column: null, message: 'Filen mangler kolonnen Id' },
    ];
    dryRun().flush({ statusCode: 400, error: 'Bad Request', message: 'Filen har 2 fejl; intet er gemt', ...report({ errors, changes: [], changedRows: 0 }) }, { status: 400, statusText: 'Bad Request' });
    await settle();
    expect(text('[data-testid=import-summary]')).toBe('Filen har 12 rækker. Den har 2 fejl, så intet kan gemmes. Ret fejlene i filen, og indlæs den igen.');
    expect(rows('[data-testid=import-errors]')).toEqual([
      ['Besparelser', '7', 'Prognose (kr.)', 'Prognose (kr.): skal være et tal, fx -1250,50'],
      ['Hele filen', '–', '–', 'Filen mangler kolonnen Id'],
    ]);
    expect(button('Gem ændringerne')).toBeUndefined();
    expect(button('Luk')).toBeDefined();
  });

  it('shows conflicts (409): who changed which row after the export, and nothing can be saved', async () => {
    const conflict = {
      sheet: 'Besparelser', row: 9, id: 'r2', trackCode: 'SVR', committeeCode: 'SAU', year: 2015, fileVersion: 1, currentVersion: 2,
      updatedAt: '2026-11-27T09:30:00.000Z', updatedBy: 'udvalg.sau@odense.dk', message: 'Besparelsen for SVR, SAU, 2015 er ændret …',
    };
    dryRun().flush({ statusCode: 409, error: 'Conflict', message: '1 række er ændret', ...report({ conflicts: [conflict] }) }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(text('[data-testid=import-summary]')).toContain('1 række er ændret af andre, efter filen blev hentet, så intet kan gemmes.');
    const [line] = rows('[data-testid=import-conflicts]');
    expect(line.slice(0, 3)).toEqual(['9', 'SVR, SAU, 2015', 'udvalg.sau@odense.dk']);
    expect(line[4]).toBe('1 → 2');
    expect(text('h3:last-of-type')).toBe('Ændringer i filen (gemmes ikke)');
    expect(button('Gem ændringerne')).toBeUndefined();
  });

  it('says so when the file changes nothing', async () => {
    dryRun().flush(report({ changes: [], changedRows: 0 }));
    await settle();
    expect(text('[data-testid=import-summary]')).toBe('Filen har 12 rækker. Ingen værdier er ændret i forhold til det gemte; der er intet at gemme.');
    expect(button('Gem ændringerne')).toBeUndefined();
  });

  it('explains a file that is too large (413) in Danish', async () => {
    dryRun().flush({ statusCode: 413, error: 'Payload Too Large', message: 'Filen er større end 10 MB' }, { status: 413, statusText: 'Payload Too Large' });
    await settle();
    expect(text('h2')).toBe('Filen kunne ikke indlæses');
    expect(text('[role=alert]')).toBe('Filen er større end 10 MB.');
  });

  it('shows the new report when the real run is refused because data changed after the preview', async () => {
    dryRun().flush(report());
    await settle();
    button('Gem ændringerne')?.click();
    await settle();
    const conflict = {
      sheet: 'Besparelser', row: 3, id: 'r1', trackCode: 'SELV', committeeCode: 'SAU', year: 2014, fileVersion: 1, currentVersion: 2,
      updatedAt: '2026-11-27T09:30:00.000Z', updatedBy: 'system', message: '…',
    };
    http.expectOne(REAL).flush({ statusCode: 409, ...report({ dryRun: false, conflicts: [conflict] }) }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(text('[role=alert]')).toBe('Intet er gemt: data er ændret, siden forhåndsvisningen blev lavet. Se rapporten herunder.');
    expect(rows('[data-testid=import-conflicts]')[0][2]).toBe('puljefordelingen');
    expect(saved).toBe(0);
  });
});
