import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CurrentUser, UserRole } from '../auth/auth.models';
import { AUTH_URLS, AuthService } from '../auth/auth.service';
import { Track } from './tracks.models';
import { tracksRoutes } from './tracks.routes';
import { ADMINISTRATIONS_URL, COMMITTEES_URL, TRACKS_URL } from './tracks.service';

const ADMINISTRATIONS = [
  { code: 'SAF', name: 'Social- og Arbejdsmarkedsforvaltningen' },
  { code: 'ÆHF', name: 'Ældre- og Handicapforvaltningen' },
];
const COMMITTEES = [
  { code: 'SAU', name: 'Social- og Arbejdsmarkedsudvalget', administrationCode: 'SAF' },
  { code: 'ØU', name: 'Økonomiudvalget', administrationCode: 'SAF' },
  { code: 'ÆHU', name: 'Ældre- og Handicapudvalget', administrationCode: 'ÆHF' },
];
const AELIV: Track = {
  code: 'ÆLIV',
  name: 'Livskvalitet på egne vilkår',
  description: null,
  administrationCode: 'ÆHF',
  startYear: 2013,
  status: 'active',
  dependsOnFreeMunicipality: true,
  shares: [
    { committeeCode: 'SAU', weight: '1' },
    { committeeCode: 'ÆHU', weight: '3' },
  ],
  version: 4,
};
const AELIV_URL = '/api/tracks/%C3%86LIV';

describe('TrackEditorPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const settle = async () => {
    await new Promise((r) => setTimeout(r));
    await harness.fixture.whenStable();
  };

  async function signIn(role: UserRole): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'tracks', children: tracksRoutes }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const user: CurrentUser = { id: '1', email: 'x@odense.dk', name: 'X', role, committeeCodes: [] };
    const loading = TestBed.inject(AuthService).ensureLoaded();
    http.expectOne(AUTH_URLS.me).flush(user);
    await loading;
    harness = await RouterTestingHarness.create();
  }

  async function flushLists(track?: Track): Promise<void> {
    http.expectOne(ADMINISTRATIONS_URL).flush(ADMINISTRATIONS);
    http.expectOne(COMMITTEES_URL).flush(COMMITTEES);
    if (track) {
      http.expectOne(AELIV_URL).flush(track);
    }
    await settle();
  }

  async function openNew(): Promise<void> {
    await signIn('finance');
    await harness.navigateByUrl('/tracks/ny');
    await flushLists();
  }

  async function openAeliv(role: UserRole = 'finance'): Promise<void> {
    await signIn(role);
    await harness.navigateByUrl('/tracks/spor/%C3%86LIV');
    await flushLists(AELIV);
  }

  afterEach(() => http.verify());

  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const field = <T extends HTMLElement = HTMLInputElement>(id: string) => {
    const el = page().querySelector<T>(`#${id}`);
    if (!el) throw new Error(`No field #${id}`);
    return el;
  };
  const fill = async (id: string, value: string) => {
    const el = field<HTMLInputElement | HTMLSelectElement>(id);
    el.value = value;
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input'));
    await settle();
  };
  const button = (label: string) => {
    const found = Array.from(page().querySelectorAll('button')).find((b) => text(b) === label);
    if (!found) throw new Error(`No button ${label}`);
    return found;
  };
  const click = async (label: string) => {
    button(label).click();
    await settle();
  };
  const error = (id: string) => text(page().querySelector(`#${id}-error`));
  const percent = (i: number) => text(page().querySelector(`[data-testid=share-percent-${i}]`)).replace('Andel: ', '');

  it('creates a track: percent-encodes the code, sends API weights and says what happens next', async () => {
    await openNew();
    await fill('track-code', 'ÆLIV');
    await fill('track-name', 'Livskvalitet på egne vilkår');
    await fill('track-administration', 'ÆHF');
    await fill('track-start', '2013');
    await fill('share-0-committee', 'SAU');
    await fill('share-0-weight', '1');
    await click('Tilføj udvalg');
    await fill('share-1-committee', 'ÆHU');
    await fill('share-1-weight', '0,5');

    // Each share's part of the total, live: 1 and 0,5 → 66,7 % and 33,3 %.
    expect([percent(0), percent(1)]).toEqual(['66,7 %', '33,3 %']);
    await fill('share-1-weight', '3');
    expect([percent(0), percent(1)]).toEqual(['25 %', '75 %']);

    await click('Opret spor');
    const post = http.expectOne({ method: 'POST', url: TRACKS_URL });
    expect(post.request.body).toEqual({
      code: 'ÆLIV',
      name: 'Livskvalitet på egne vilkår',
      administrationCode: 'ÆHF',
      startYear: 2013,
      status: 'active',
      dependsOnFreeMunicipality: false,
      shares: [
        { committeeCode: 'SAU', weight: '1' },
        { committeeCode: 'ÆHU', weight: '3' },
      ],
    });
    post.flush({ ...AELIV, dependsOnFreeMunicipality: false, version: 1 }, { status: 201, statusText: 'Created' });
    await settle();
    await flushLists({ ...AELIV, version: 1 });

    expect(TestBed.inject(Router).url).toBe('/tracks/spor/%C3%86LIV');
    expect(text(page().querySelector('[data-testid=track-notice]'))).toBe(
      'Sporet ÆLIV er oprettet. Det indgår i fordelingen, når en rammeudmelding giver det en vægt.',
    );
    expect(field('track-name').value).toBe('Livskvalitet på egne vilkår');
  });

  it('names each missing field in Danish and sends nothing', async () => {
    await openNew();
    await fill('track-start', '14');
    await click('Opret spor');

    http.expectNone({ method: 'POST' });
    expect(error('track-code')).toBe('Skriv en kode, fx SVR.');
    expect(error('track-name')).toBe('Skriv sporets navn.');
    expect(error('track-administration')).toBe('Vælg den forvaltning, der ejer sporet.');
    expect(error('track-start')).toBe('Skriv startåret som et årstal mellem 1900 og 2200, fx 2014.');
    expect(error('share-0-committee')).toBe('Vælg et udvalg.');
    expect(text(page().querySelector('[data-testid=track-notice]'))).toBe('Sporet er ikke gemt. Ret de markerede felter.');

    await fill('track-code', 'SVR 2');
    expect(error('track-code')).toBe('Koden må kun have bogstaver (også Æ, Ø og Å), cifre, - og _ og højst være 16 tegn.');
  });

  it('refuses the same committee twice, naming the row it is already in', async () => {
    await openAeliv();
    await click('Tilføj udvalg');
    await fill('share-2-committee', 'SAU');

    expect(error('share-2-committee')).toBe(
      'SAU Social- og Arbejdsmarkedsudvalget er allerede valgt i række 1. Hvert udvalg må kun have én andel.',
    );
    expect(field('share-2-committee').getAttribute('aria-invalid')).toBe('true');
    await click('Gem ændringer');
    http.expectNone({ method: 'PATCH' });
  });

  it('refuses a track without shares', async () => {
    await openAeliv();
    await click('Fjern række 2 (ÆHU)');
    await click('Fjern række 1 (SAU)');

    expect(text(page().querySelector('#shares-error'))).toBe('Tilføj mindst ét udvalg med en andel.');
    await click('Gem ændringer');
    http.expectNone({ method: 'PATCH' });
  });

  it.each([
    ['0', 'Skriv en vægt større end 0 med højst 6 decimaler, fx 1 eller 0,5.'],
    ['-1', 'Skriv en vægt større end 0 med højst 6 decimaler, fx 1 eller 0,5.'],
    ['0,1234567', 'Skriv en vægt større end 0 med højst 6 decimaler, fx 1 eller 0,5.'],
    ['en halv', 'Skriv en vægt større end 0 med højst 6 decimaler, fx 1 eller 0,5.'],
    ['', 'Skriv en vægt, fx 1.'],
  ])('refuses the weight %p', async (weight, message) => {
    await openAeliv();
    await fill('share-1-weight', weight);
    await click('Gem ændringer');

    http.expectNone({ method: 'PATCH' });
    expect(error('share-1-weight')).toBe(message);
    expect(percent(1)).toBe('–');
    // The valid row is then the whole of what can be counted.
    expect(percent(0)).toBe('100 %');
  });

  it('saves a changed weight with the version it read and says the allocation is recomputed', async () => {
    await openAeliv();
    expect(field('share-1-weight').value).toBe('3');
    expect(percent(1)).toBe('75 %');
    await fill('share-1-weight', '1');
    expect(percent(1)).toBe('50 %');

    await click('Gem ændringer');
    const patch = http.expectOne({ method: 'PATCH', url: AELIV_URL });
    expect(patch.request.body).toEqual({
      name: 'Livskvalitet på egne vilkår',
      description: null,
      administrationCode: 'ÆHF',
      startYear: 2013,
      status: 'active',
      dependsOnFreeMunicipality: true,
      shares: [
        { committeeCode: 'SAU', weight: '1' },
        { committeeCode: 'ÆHU', weight: '1' },
      ],
      version: 4,
    });
    patch.flush({ ...AELIV, shares: patch.request.body.shares, version: 5 });
    await settle();

    expect(text(page().querySelector('[data-testid=track-notice]'))).toBe(
      'Sporet ÆLIV er gemt. Fordelingen genberegnes for de berørte budgetår.',
    );
  });

  it('explains a 409 and reloads the newest version on request', async () => {
    await openAeliv();
    await fill('track-name', 'Mit navn');
    await click('Gem ændringer');
    http
      .expectOne({ method: 'PATCH', url: AELIV_URL })
      .flush({ statusCode: 409, error: 'Conflict', message: 'Sporet ÆLIV er ændret af en anden' }, { status: 409, statusText: 'Conflict' });
    await settle();

    expect(text(page().querySelector('[role=alert]'))).toContain('Sporet er ikke gemt: en anden har rettet det, siden du åbnede siden.');
    await click('Hent den nyeste version');
    await flushLists({ ...AELIV, name: 'Nyt navn fra en anden', version: 5 });

    expect(field('track-name').value).toBe('Nyt navn fra en anden');
    expect(text(page().querySelector('[data-testid=track-notice]'))).toBe('Den nyeste version af sporet er hentet. Ret igen, og gem.');
    expect(page().querySelector('[role=alert]')).toBeNull();
  });

  it("shows the API's message for another refusal", async () => {
    await openAeliv();
    await fill('track-start', '2014');
    await click('Gem ændringer');
    http
      .expectOne({ method: 'PATCH', url: AELIV_URL })
      .flush(
        { statusCode: 400, error: 'Bad Request', message: ['shares.0.committeeCode: udvalget SAU findes ikke'] },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();

    expect(text(page().querySelector('[data-testid=track-notice]'))).toBe('shares.0.committeeCode: udvalget SAU findes ikke.');
  });

  it('shows a director the track read-only', async () => {
    await openAeliv('director');

    expect(page().querySelectorAll('input, select, textarea').length).toBe(0);
    const details = page().querySelector('app-track-details') as HTMLElement;
    const facts = Object.fromEntries(Array.from(details.querySelectorAll('dt')).map((dt) => [text(dt), text(dt.nextElementSibling)]));
    expect(facts).toEqual({
      Kode: 'ÆLIV',
      Navn: 'Livskvalitet på egne vilkår',
      Beskrivelse: 'Ingen beskrivelse.',
      Forvaltning: 'ÆHF – Ældre- og Handicapforvaltningen',
      Startår: '2013',
      Status: 'aktiv',
      'Afhænger af frikommuneforsøg': 'Ja',
    });
    expect(Array.from(details.querySelectorAll('tbody tr')).map((r) => Array.from(r.children).map(text))).toEqual([
      ['SAU Social- og Arbejdsmarkedsudvalget', '1', '25 %'],
      ['ÆHU Ældre- og Handicapudvalget', '3', '75 %'],
    ]);
  });
});
