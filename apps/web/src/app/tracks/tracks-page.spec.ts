import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CurrentUser, UserRole } from '../auth/auth.models';
import { AUTH_URLS, AuthService } from '../auth/auth.service';
import { Track } from './tracks.models';
import { tracksRoutes } from './tracks.routes';
import { ADMINISTRATIONS_URL, COMMITTEES_URL, TRACKS_URL } from './tracks.service';

const TRACKS: Track[] = [
  {
    code: 'SVR',
    name: 'Sammenhængende velfærdsressourcer',
    description: null,
    administrationCode: 'ÆHF',
    startYear: 2013,
    status: 'paused',
    dependsOnFreeMunicipality: false,
    shares: [
      { committeeCode: 'SAU', weight: '1.5' },
      { committeeCode: 'ÆHU', weight: '0.5' },
    ],
    version: 2,
  },
  {
    code: 'ÆSUND',
    name: 'Sundhed og forebyggelse',
    description: null,
    administrationCode: 'ÆHF',
    startYear: 2014,
    status: 'active',
    dependsOnFreeMunicipality: true,
    shares: [{ committeeCode: 'ÆHU', weight: '1' }],
    version: 1,
  },
];

describe('TracksPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(role: UserRole): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'tracks', children: tracksRoutes }], withComponentInputBinding())],
    });
    http = TestBed.inject(HttpTestingController);
    const user: CurrentUser = { id: '1', email: 'x@odense.dk', name: 'X', role, committeeCodes: [] };
    const loading = TestBed.inject(AuthService).ensureLoaded();
    http.expectOne(AUTH_URLS.me).flush(user);
    await loading;
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/tracks');
    http.expectOne(TRACKS_URL).flush(TRACKS);
    http.expectOne(ADMINISTRATIONS_URL).flush([{ code: 'ÆHF', name: 'Ældre- og Handicapforvaltningen' }]);
    http.expectOne(COMMITTEES_URL).flush([]);
    await new Promise((r) => setTimeout(r));
    await harness.fixture.whenStable();
  }

  afterEach(() => http.verify());

  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  it('lists each track with its status in Danish and the shares also as percent', async () => {
    await open('director');

    const rows = Array.from(page().querySelectorAll('tbody tr')).map((r) => Array.from(r.children).map(text));
    expect(rows).toEqual([
      ['SVR', 'Sammenhængende velfærdsressourcer', 'ÆHF Ældre- og Handicapforvaltningen', '2013', 'sat på pause', 'Nej', 'SAU: 1,5 (75 %) ÆHU: 0,5 (25 %)'],
      ['ÆSUND', 'Sundhed og forebyggelse', 'ÆHF Ældre- og Handicapforvaltningen', '2014', 'aktiv', 'Ja', 'ÆHU: 1 (100 %)'],
    ]);
    // The code is percent-encoded in the link; the page under "spor" cannot clash with "ny".
    expect(page().querySelectorAll('tbody a')[1].getAttribute('href')).toBe('/tracks/spor/%C3%86SUND');
    expect(page().querySelector('a[href="/tracks/ny"]')).toBeNull();
  });

  it('offers finance "Opret spor"', async () => {
    await open('finance');

    expect(text(page().querySelector('a[href="/tracks/ny"]'))).toBe('Opret spor');
  });
});
