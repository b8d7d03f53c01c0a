import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ExportButtons } from './export-buttons';
import { downloadErrorMessage, fileNameOf } from './file-download.service';
import { EXPORT_URLS } from './file-urls';

describe('ExportButtons and downloads', () => {
  let http: HttpTestingController;
  const settle = async () => {
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();
  };
  let fixture: ReturnType<typeof TestBed.createComponent<ExportButtons>>;
  const buttons = () => Array.from(fixture.nativeElement.querySelectorAll('button') as NodeListOf<HTMLButtonElement>);

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ExportButtons);
    fixture.componentRef.setInput('url', EXPORT_URLS.savings(2014, { committeeCode: 'ÆHU' }));
    fixture.componentRef.setInput('subject', 'besparelserne');
    await settle();
  });
  afterEach(() => http.verify());

  it('offers Excel and CSV of the export, named after what they hold', () => {
    const group = fixture.nativeElement.querySelector('[role=group]') as HTMLElement;
    expect(group.getAttribute('aria-label')).toBe('Hent besparelserne');
    expect(buttons().map((b) => b.textContent?.trim())).toEqual(['Hent som Excel', 'Hent som CSV']);
    expect(buttons().map((b) => b.getAttribute('aria-label'))).toEqual(['Hent som Excel: besparelserne', 'Hent som CSV: besparelserne']);
    expect(buttons().map((b) => b.dataset['url'])).toEqual([
      '/api/budget-years/2014/savings/export?committeeCode=%C3%86HU&format=xlsx',
      '/api/budget-years/2014/savings/export?committeeCode=%C3%86HU&format=csv',
    ]);
  });

  it('fetches the file with the session, says "Henter …" meanwhile, and hands it to the browser under the API\'s name', async () => {
    const createObjectURL = jest.fn(() => 'blob:fil');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const clicked: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    buttons()[1].click();
    await settle();
    expect(buttons()[1].textContent?.trim()).toBe('Henter …');
    expect(buttons()[1].disabled).toBe(true);
    const req = http.expectOne('/api/budget-years/2014/savings/export?committeeCode=%C3%86HU&format=csv');
    expect(req.request.method).toBe('GET');
    expect(req.request.responseType).toBe('blob');
    req.flush(new Blob(['\uFEFFId;Version'], { type: 'text/csv' }), {
      headers: { 'content-disposition': `attachment; filename="besparelser-2014.csv"` },
    });
    await settle();
    expect(clicked).toEqual(['besparelser-2014.csv']);
    expect(createObjectURL).toHaveBeenCalled();
    expect(buttons()[1].textContent?.trim()).toBe('Hent som CSV');
    click.mockRestore();
  });

  it('says in Danish why a download failed, reading the API\'s error from the blob', async () => {
    buttons()[0].click();
    await settle();
    const body = new Blob([JSON.stringify({ statusCode: 404, error: 'Not Found', message: 'Budgetåret 2014 findes ikke' })], { type: 'application/json' });
    http.expectOne((r) => r.url.endsWith('format=xlsx')).flush(body, { status: 404, statusText: 'Not Found' });
    for (let i = 0; i < 5; i++) await settle(); // the blob is read asynchronously
    expect((fixture.nativeElement.querySelector('[role=alert]') as HTMLElement).textContent?.trim()).toBe('Budgetåret 2014 findes ikke.');
    expect(buttons()[0].disabled).toBe(false);
  });
});

describe('file names and download errors', () => {
  it('prefers the exact UTF-8 name of Content-Disposition, else the plain one', () => {
    expect(fileNameOf(`inline; filename="udvalgsrapport-2014-AEHU.pdf"; filename*=UTF-8''udvalgsrapport-2014-%C3%86HU.pdf`)).toBe('udvalgsrapport-2014-ÆHU.pdf');
    expect(fileNameOf('attachment; filename="fordeling-2014.xlsx"')).toBe('fordeling-2014.xlsx');
    expect(fileNameOf(null)).toBeNull();
  });

  it('never shows raw JSON or an English status text', async () => {
    const { HttpErrorResponse } = await import('@angular/common/http');
    expect(await downloadErrorMessage(new HttpErrorResponse({ status: 500, error: new Blob(['<html>Bad Gateway</html>']) }))).toBe('Filen kunne ikke hentes. Prøv igen.');
    expect(await downloadErrorMessage(new HttpErrorResponse({ status: 403, error: null }))).toBe('Din rolle må ikke hente denne fil.');
    expect(await downloadErrorMessage(new HttpErrorResponse({ status: 0, error: null }))).toBe('Kunne ikke kontakte serveren. Tjek forbindelsen, og prøv igen.');
  });
});
