import { TestBed } from '@angular/core/testing';
import { UserRole } from '../auth/auth.models';
import { PRICE_INDICES_URL } from '../core/price-level';
import { PriceIndex } from './effect.models';
import { effectRoutes } from './effect.routes';
import { priceIndexUrl } from './effect.service';
import { button, click, errorOf, fieldByLabel, PageHarness, signedIn, tableRows, type, visible } from './effect-testing';
import { PriceIndicesPage } from './price-indices-page';

const INDICES: PriceIndex[] = [
  { year: 2014, index: '97.5', source: null, illustrative: true, version: 1 },
  { year: 2016, index: '103.2', source: 'KL, P/L-skøn for serviceudgifter, juni 2016', illustrative: false, version: 3 },
];

/** Finance keeps the price and wage index per year; everyone else reads it. */
describe('PriceIndicesPage', () => {
  let h: PageHarness;

  async function open(role: UserRole, indices: PriceIndex[] = INDICES): Promise<void> {
    h = await signedIn([{ path: 'effect', children: effectRoutes }], role);
    await h.harness.navigateByUrl('/effect/price-indices');
    await h.settle();
    h.http.expectOne(PRICE_INDICES_URL).flush(indices);
    await h.settle();
  }

  afterEach(() => h.http.verify());

  const rows = () => tableRows(h.page(), '[data-testid=price-indices]');
  const notice = () => visible(h.page().querySelector('[data-testid=price-indices-notice]'));
  /** The row's "Ret" button; its full name, "Ret indekset for 2016", is for screen readers. */
  const edit = async (year: number) => {
    const b = h.page().querySelector<HTMLButtonElement>(`tr[data-year="${year}"] button`);
    expect(b?.textContent?.replace(/\s+/g, ' ').trim()).toBe(`Ret indekset for ${year}`);
    b?.click();
    await h.settle();
  };
  const editor = () => h.page().querySelector('[data-testid=price-index-editor]') as HTMLElement | null;

  it('shows every year with its index, source and an illustrative marker in words', async () => {
    await open('finance');
    expect(visible(h.page().querySelector('h1'))).toBe('Pris- og lønindeks');
    expect(rows()).toEqual([
      ['2014', '97,5', 'Illustrativt', '–', 'Ret'],
      ['2016', '103,2', 'Fra en kilde', 'KL, P/L-skøn for serviceudgifter, juni 2016', 'Ret'],
    ]);
    // The marker is a badge with text, not a colour alone.
    expect(h.page().querySelector('tr[data-year="2014"] lib-status-badge')?.textContent).toContain('Illustrativt');
    expect(visible(h.page().querySelector('.footnote'))).toContain('Illustrativt: et demotal, ikke et tal fra en kilde.');
    expect(h.page().querySelector('[data-testid=read-only]')).toBeNull();
  });

  it('lets finance add a year, checked before anything is sent, and sent without a version', async () => {
    await open('finance');
    await click(h, 'Tilføj et år');
    // The year after the newest is offered.
    expect(fieldByLabel(h, 'År').value).toBe('2017');
    expect(document.activeElement).toBe(fieldByLabel(h, 'År'));
    await click(h, 'Tilføj år');
    h.http.expectNone({ method: 'PUT' });
    expect(errorOf(h, fieldByLabel(h, 'Indeks'))).toBe('Skriv indekset, fx 103,2.');
    expect(document.activeElement).toBe(fieldByLabel(h, 'Indeks'));

    await type(h, fieldByLabel(h, 'År'), '2016');
    expect(errorOf(h, fieldByLabel(h, 'År'))).toBe('2016 har allerede et indeks. Ret det med knappen ved året i tabellen.');
    await type(h, fieldByLabel(h, 'Indeks'), '0');
    expect(errorOf(h, fieldByLabel(h, 'Indeks'))).toBe('Indekset skal være større end 0.');
    await type(h, fieldByLabel(h, 'Indeks'), '1,2345678');
    expect(errorOf(h, fieldByLabel(h, 'Indeks'))).toBe('Højst 6 decimaler.');

    await type(h, fieldByLabel(h, 'År'), '2015');
    await type(h, fieldByLabel(h, 'Indeks'), '99,80');
    fieldByLabel(h, 'Illustrativ værdi (et demotal, ikke et tal fra en kilde)').click();
    await h.settle();
    await click(h, 'Tilføj år');
    const put = h.http.expectOne({ method: 'PUT', url: priceIndexUrl(2015) });
    expect(put.request.body).toEqual({ index: '99.8', source: null, illustrative: true });
    put.flush({ year: 2015, index: '99.8', source: null, illustrative: true, version: 1 }, { status: 201, statusText: 'Created' });
    await h.settle();

    expect(notice()).toBe('2015 er tilføjet med indeks 99,8.');
    expect(editor()).toBeNull();
    expect(rows().map((r) => r.slice(0, 3))).toEqual([
      ['2014', '97,5', 'Illustrativt'],
      ['2015', '99,8', 'Illustrativt'],
      ['2016', '103,2', 'Fra en kilde'],
    ]);
  });

  it('saves an edit on the version read, and after a conflict offers the value saved now', async () => {
    await open('admin');
    await edit(2016);
    expect(visible(editor()?.querySelector('h2'))).toBe('Ret indekset for 2016');
    // While a form is open, the rows offer no other form.
    expect(h.page().querySelectorAll('[data-testid=price-indices] button')).toHaveLength(0);
    const index = fieldByLabel(h, 'Indeks');
    expect(index.value).toBe('103,2');
    expect(fieldByLabel(h, 'Kilde (valgfri)').value).toBe('KL, P/L-skøn for serviceudgifter, juni 2016');
    await type(h, index, '103,4');
    // The router's guard asks before leaving with this typed.
    expect((h.harness.routeDebugElement?.componentInstance as PriceIndicesPage).hasUnsavedChanges()).toBe(true);
    await click(h, 'Gem indeks');

    const stale = h.http.expectOne({ method: 'PUT', url: priceIndexUrl(2016) });
    expect(stale.request.body).toEqual({ index: '103.4', source: 'KL, P/L-skøn for serviceudgifter, juni 2016', illustrative: false, version: 3 });
    stale.flush({ statusCode: 409, error: 'Conflict', message: 'Pris- og lønindekset for 2016 er ændret af en anden' }, { status: 409, statusText: 'Conflict' });
    await h.settle();
    expect(visible(h.page().querySelector('[data-testid=price-index-conflict] p'))).toBe(
      'Indekset for 2016 er ikke gemt: en anden har rettet det, siden du åbnede det. Hent den nyeste værdi, og ret igen – det, du har skrevet her, bliver erstattet.',
    );

    await click(h, 'Hent den nyeste værdi');
    h.http.expectOne(PRICE_INDICES_URL).flush([INDICES[0], { ...INDICES[1], index: '103.3', version: 4 }]);
    await h.settle();
    expect(h.page().querySelector('[data-testid=price-index-conflict]')).toBeNull();
    expect(fieldByLabel(h, 'Indeks').value).toBe('103,3');
    expect(rows()[1].slice(0, 2)).toEqual(['2016', '103,3']);

    await type(h, fieldByLabel(h, 'Indeks'), '103,4');
    await click(h, 'Gem indeks');
    const put = h.http.expectOne({ method: 'PUT', url: priceIndexUrl(2016) });
    expect(put.request.body).toMatchObject({ index: '103.4', version: 4 });
    put.flush({ ...INDICES[1], index: '103.4', version: 5 });
    await h.settle();
    expect(notice()).toBe('Indekset for 2016 er gemt: 103,4.');
    expect(rows()[1].slice(0, 2)).toEqual(['2016', '103,4']);
  });

  it('shows the API\'s message for a field next to that field', async () => {
    await open('finance');
    await edit(2014);
    await type(h, fieldByLabel(h, 'Indeks'), '98');
    await click(h, 'Gem indeks');
    h.http
      .expectOne({ method: 'PUT', url: priceIndexUrl(2014) })
      .flush({ statusCode: 400, error: 'Bad Request', message: ['index: skal være større end 0'] }, { status: 400, statusText: 'Bad Request' });
    await h.settle();
    const index = fieldByLabel(h, 'Indeks');
    expect(errorOf(h, index)).toBe('Skal være større end 0.');
    expect(index.getAttribute('aria-invalid')).toBe('true');
    expect(visible(editor()?.querySelector('[role=alert]'))).toBe('Indekset er ikke gemt. Ret de markerede felter.');
  });

  it('adds a year someone else added meanwhile as an edit of the saved value', async () => {
    await open('finance');
    await click(h, 'Tilføj et år');
    await type(h, fieldByLabel(h, 'Indeks'), '101');
    await click(h, 'Tilføj år');
    h.http
      .expectOne({ method: 'PUT', url: priceIndexUrl(2017) })
      .flush({ statusCode: 409, error: 'Conflict', message: 'Pris- og lønindekset for 2017 findes allerede' }, { status: 409, statusText: 'Conflict' });
    await h.settle();
    expect(visible(h.page().querySelector('[data-testid=price-index-conflict] p'))).toContain('2017 er ikke tilføjet: en anden har indtastet et indeks for året');
    await click(h, 'Hent den nyeste værdi');
    h.http.expectOne(PRICE_INDICES_URL).flush([...INDICES, { year: 2017, index: '105', source: null, illustrative: false, version: 1 }]);
    await h.settle();
    expect(visible(editor()?.querySelector('h2'))).toBe('Ret indekset for 2017');
    expect(fieldByLabel(h, 'Indeks').value).toBe('105');
    expect(rows().map((r) => r[0])).toEqual(['2014', '2016', '2017']);
    await click(h, 'Annuller');
    expect(editor()).toBeNull();
  });

  it('shows a director the table without any control to change it', async () => {
    await open('director');
    expect(rows()).toEqual([
      ['2014', '97,5', 'Illustrativt', '–'],
      ['2016', '103,2', 'Fra en kilde', 'KL, P/L-skøn for serviceudgifter, juni 2016'],
    ]);
    expect(h.page().querySelectorAll('button')).toHaveLength(0);
    expect(visible(h.page().querySelector('[data-testid=read-only]'))).toBe('Kun økonomi og administratorer kan rette indekset.');
  });

  it('says when there is no index yet, and when it could not be fetched', async () => {
    await open('committee', []);
    expect(visible(h.page().querySelector('[data-testid=empty]'))).toBe('Der er endnu intet pris- og lønindeks. Beløb vises i budgetrundernes eget prisniveau.');

    TestBed.resetTestingModule();
    h = await signedIn([{ path: 'effect', children: effectRoutes }], 'finance');
    await h.harness.navigateByUrl('/effect/price-indices');
    await h.settle();
    h.http.expectOne(PRICE_INDICES_URL).flush('<html>proxy</html>', { status: 502, statusText: 'Bad Gateway' });
    await h.settle();
    expect(visible(h.page().querySelector('[role=alert]'))).toBe('Pris- og lønindekset kunne ikke hentes.');
    expect(() => button(h, 'Tilføj et år')).toThrow();
    await click(h, 'Prøv igen');
    h.http.expectOne(PRICE_INDICES_URL).flush([]);
    await h.settle();
    expect(visible(h.page().querySelector('[data-testid=empty]'))).toBe(
      'Der er endnu intet pris- og lønindeks. Beløb vises i budgetrundernes eget prisniveau. Tilføj det første år med knappen "Tilføj et år".',
    );
  });
});
