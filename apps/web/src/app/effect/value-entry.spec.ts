import { UserRole } from '../auth/auth.models';
import { COMMITTEES_URL, TRACKS_URL } from '../tracks/tracks.service';
import { effectRoutes } from './effect.routes';
import { indicatorUrl, GOALS_URL } from './effect.service';
import { button, click, COMMITTEES, DIALOGUE, EMPLOYMENT, errorOf, JOBS, JOBS_SAU, PageHarness, signedIn, tableRows, TRACKS, type, visible } from './effect-testing';

/** A committee user keeps the yearly values of the goals its committees own. */
describe('yearly values on the goal page', () => {
  let h: PageHarness;

  async function open(role: UserRole, committeeCodes: string[]): Promise<void> {
    h = await signedIn([{ path: 'effect', children: effectRoutes }], role, committeeCodes);
    await h.harness.navigateByUrl(`/effect/maal/${JOBS_SAU.id}`);
    await h.settle();
    h.http.expectOne(GOALS_URL).flush([JOBS, JOBS_SAU]);
    h.http.expectOne(COMMITTEES_URL).flush(COMMITTEES);
    h.http.expectOne(TRACKS_URL).flush(TRACKS);
    await h.settle();
  }

  afterEach(() => h.http.verify());

  const panel = (id: string) => h.page().querySelector(`app-indicator-panel [data-indicator="${id}"]`) as HTMLElement;
  const field = (label: string) => {
    const editor = h.page().querySelector('[data-testid=value-editor]') as HTMLElement;
    const l = Array.from(editor.querySelectorAll('label')).find((x) => visible(x) === label);
    const el = editor.querySelector<HTMLInputElement>(`[id="${l?.getAttribute('for')}"]`);
    if (!el) throw new Error(`No field ${label}`);
    return el;
  };

  it('lets a user of the owning committee enter a new year, read as Danish and sent as the API\'s decimal', async () => {
    await open('committee', ['SAU']);
    // The committee reads the goal; it may not edit the goal itself.
    expect(h.page().querySelector('form.goal-form')).toBeNull();
    expect(visible(h.page().querySelector('[data-testid=goal-details]'))).toContain('SAU Social- og Arbejdsmarkedsudvalget');
    expect(() => button(h, 'Ret indikator')).toThrow();

    await click(h, 'Indtast årsværdi');
    // The year after the newest value is offered.
    expect(field('År').value).toBe('2018');
    await type(h, field('Værdi (pct.)'), '73,4x');
    await click(h, 'Gem værdi');
    h.http.expectNone({ method: 'PUT' });
    expect(errorOf(h, field('Værdi (pct.)'))).toBe('Skriv et tal med komma som decimaltegn, fx 71,2 eller 6.200.');

    await type(h, field('År'), '2017');
    expect(errorOf(h, field('År'))).toBe('2017 har allerede en værdi. Ret den med knappen ved året i tabellen.');
    await type(h, field('År'), '2018');
    await type(h, field('Værdi (pct.)'), '73,40');
    await type(h, field('Kilde (valgfri)'), 'Danmarks Statistik, RAS300');
    await click(h, 'Gem værdi');

    const put = h.http.expectOne({ method: 'PUT', url: `${indicatorUrl(EMPLOYMENT.id)}/values/2018` });
    // A new year: no version, so the API creates it (and answers 409 if someone was first).
    expect(put.request.body).toEqual({ value: '73.4', sourceNote: 'Danmarks Statistik, RAS300', assessment: null, status: null });
    put.flush(
      { year: 2018, value: '73.4', sourceNote: 'Danmarks Statistik, RAS300', assessment: null, status: null, version: 1, updatedAt: '2026-11-27T18:30:00.000Z', updatedBy: 'x@odense.dk' },
      { status: 201, statusText: 'Created' },
    );
    await h.settle();

    expect(visible(panel(EMPLOYMENT.id).querySelector('[data-testid=indicator-notice]'))).toBe('Værdien for 2018 er gemt.');
    const rows = tableRows(panel(EMPLOYMENT.id), '[data-testid=indicator-values]');
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ['2018', '73,4', 'Danmarks Statistik, RAS300'],
      ['2017', '72', 'Danmarks Statistik, RAS300'],
    ]);
  });

  it('replaces a year with the version read, and after a 409 fetches the newest before saving again', async () => {
    await open('committee', ['SAU']);
    const row2017 = panel(EMPLOYMENT.id).querySelector('tr[data-year="2017"]') as HTMLElement;
    (row2017.querySelector('button') as HTMLButtonElement).click();
    await h.settle();
    expect(visible(h.page().querySelector('[data-testid=value-editor] h4'))).toBe('Ret værdien for 2017');
    expect(field('Værdi (pct.)').value).toBe('72');
    await type(h, field('Værdi (pct.)'), '72,5');
    await click(h, 'Gem værdi');

    const put = h.http.expectOne({ method: 'PUT', url: `${indicatorUrl(EMPLOYMENT.id)}/values/2017` });
    expect(put.request.body).toEqual({ value: '72.5', sourceNote: 'Danmarks Statistik, RAS300', assessment: null, status: null, version: 1 });
    put.flush({ statusCode: 409, error: 'Conflict', message: 'Værdien for 2017 er blevet ændret af en anden' }, { status: 409, statusText: 'Conflict' });
    await h.settle();
    expect(visible(h.page().querySelector('[data-testid=value-editor] [role=alert]'))).toContain('Værdien er ikke gemt: en anden har indtastet eller rettet årets værdi');

    await click(h, 'Hent den nyeste version');
    const newer = { ...EMPLOYMENT.values[0], value: '72.8', version: 2, updatedBy: 'anden@odense.dk' };
    h.http.expectOne(indicatorUrl(EMPLOYMENT.id)).flush({ ...EMPLOYMENT, values: [newer] });
    await h.settle();
    expect(field('Værdi (pct.)').value).toBe('72,8');
    await type(h, field('Værdi (pct.)'), '72,9');
    await click(h, 'Gem værdi');
    const again = h.http.expectOne({ method: 'PUT', url: `${indicatorUrl(EMPLOYMENT.id)}/values/2017` });
    expect(again.request.body.version).toBe(2);
    again.flush({ ...newer, value: '72.9', version: 3 });
    await h.settle();
    expect(tableRows(panel(EMPLOYMENT.id), '[data-testid=indicator-values]')[0].slice(0, 2)).toEqual(['2017', '72,9']);
  });

  it('asks a qualitative indicator for an assessment and a status', async () => {
    await open('committee', ['SAU']);
    const dialogue = panel(DIALOGUE.id);
    (Array.from(dialogue.querySelectorAll('button')).find((b) => visible(b) === 'Indtast årsværdi') as HTMLButtonElement).click();
    await h.settle();
    await click(h, 'Gem værdi');
    h.http.expectNone({ method: 'PUT' });
    expect(errorOf(h, field('Vurdering'))).toBe('Skriv årets vurdering.');
    expect(errorOf(h, field('Status'))).toBe('Vælg vurderingens status.');

    await type(h, field('Vurdering'), 'Flere virksomheder deltager.');
    await type(h, field('Status'), 'on_track');
    await click(h, 'Gem værdi');
    const put = h.http.expectOne({ method: 'PUT', url: `${indicatorUrl(DIALOGUE.id)}/values/${new Date().getFullYear() - 1}` });
    expect(put.request.body).toEqual({ value: null, sourceNote: null, assessment: 'Flere virksomheder deltager.', status: 'on_track' });
    put.flush({ statusCode: 403, error: 'Forbidden', message: 'Du må kun indtaste værdier for indikatorer under mål, dine egne udvalg (SAU) ejer' }, { status: 403, statusText: 'Forbidden' });
    await h.settle();
    expect(visible(h.page().querySelector('[data-testid=value-editor] [role=alert]'))).toBe(
      'Du må kun indtaste værdier for indikatorer under mål, dine egne udvalg (SAU) ejer.',
    );
  });

  it('offers no entry to other committees or to directors, who read the values', async () => {
    await open('committee', ['ÆHU']);
    expect(() => button(h, 'Indtast årsværdi')).toThrow();
    const [row] = tableRows(panel(EMPLOYMENT.id), '[data-testid=indicator-values]');
    expect(row.slice(0, 3)).toEqual(['2017', '72', 'Danmarks Statistik, RAS300']);
    expect(row[3]).toMatch(/^sau@odense\.dk, 27\.11\.2026 kl\. \d\d\.\d\d\.\d\d$/);
    expect(row).toHaveLength(4);
  });
});
