import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { COMMITTEES_URL, TRACKS_URL } from '../tracks/tracks.service';
import { effectRoutes } from './effect.routes';
import { EffectGoal } from './effect.models';
import { GOALS_URL, goalUrl } from './effect.service';
import { button, click, COMMITTEES, errorOf, fieldByLabel, JOBS, JOBS_SAU, PageHarness, signedIn, TRACKS, type, visible } from './effect-testing';

describe('GoalEditorPage (finance)', () => {
  let h: PageHarness;

  async function open(url: string, goals: EffectGoal[] = [JOBS, JOBS_SAU]): Promise<void> {
    h = await signedIn([{ path: 'effect', children: effectRoutes }], 'finance');
    await h.harness.navigateByUrl(url);
    await h.settle();
    h.http.expectOne(GOALS_URL).flush(goals);
    h.http.expectOne(COMMITTEES_URL).flush(COMMITTEES);
    h.http.expectOne(TRACKS_URL).flush(TRACKS);
    await h.settle();
  }

  afterEach(() => h.http.verify());

  const notice = () => visible(h.page().querySelector('[data-testid=goal-notice]'));
  const checkbox = (name: string) => {
    const label = Array.from(h.page().querySelectorAll('label.choice')).find((l) => visible(l) === name);
    const input = label?.querySelector('input');
    if (!input) throw new Error(`No checkbox ${name}`);
    return input;
  };

  it('names each problem in Danish next to its field and sends nothing', async () => {
    await open('/effect/ny');
    expect(visible(h.page().querySelector('h1'))).toBe('Nyt effektmål');
    await click(h, 'Opret mål');

    h.http.expectNone({ method: 'POST' });
    const title = fieldByLabel(h, 'Titel');
    expect(errorOf(h, title)).toBe('Skriv målets titel.');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(notice()).toBe('Målet er ikke gemt. Ret de markerede felter.');
    // The first field in error gets focus, so a keyboard user lands on it.
    expect(document.activeElement).toBe(title);

    // A committee goal must be owned by a committee.
    fieldByLabel(h, 'Udvalgsmål (et udvalgs effektmål)').click();
    await h.settle();
    expect(visible(h.page().querySelector('#goal-committees-error'))).toBe('Vælg mindst ét udvalg, der ejer udvalgsmålet.');
    expect(h.page().querySelector('fieldset[aria-invalid=true] legend')?.textContent).toBe('Udvalg, der ejer målet');

    await type(h, title, 'x'.repeat(201));
    expect(errorOf(h, title)).toBe('Titlen må højst være 200 tegn.');
  });

  it('creates a committee goal under an Odensemål with its committees and tracks, then opens it', async () => {
    await open('/effect/ny', [JOBS]);
    await type(h, fieldByLabel(h, 'Titel'), '  Flere unge i uddannelse ');
    fieldByLabel(h, 'Udvalgsmål (et udvalgs effektmål)').click();
    await h.settle();
    await type(h, fieldByLabel<HTMLSelectElement>(h, 'Bidrager til Odensemål (valgfri)'), JOBS.id);
    checkbox('ØU Økonomiudvalget').click();
    checkbox('SAU Social- og Arbejdsmarkedsudvalget').click();
    checkbox('SVR Sammenhængende velfærdsressourcer').click();
    await h.settle();
    await click(h, 'Opret mål');

    const post = h.http.expectOne({ method: 'POST', url: GOALS_URL });
    // Lists in the order they are offered; an empty description is null.
    expect(post.request.body).toEqual({
      title: 'Flere unge i uddannelse',
      description: null,
      level: 'committee',
      parentId: JOBS.id,
      committeeCodes: ['SAU', 'ØU'],
      trackCodes: ['SVR'],
    });
    const created: EffectGoal = { ...JOBS_SAU, id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc', title: 'Flere unge i uddannelse', indicators: [], version: 1 };
    post.flush(created, { status: 201, statusText: 'Created' });
    await h.settle();
    h.http.expectOne(GOALS_URL).flush([JOBS, created]);
    h.http.expectOne(COMMITTEES_URL).flush(COMMITTEES);
    h.http.expectOne(TRACKS_URL).flush(TRACKS);
    await h.settle();

    expect(TestBed.inject(Router).url).toBe(`/effect/maal/${created.id}`);
    expect(notice()).toBe('Effektmålet "Flere unge i uddannelse" er oprettet. Tilføj nu dets indikatorer.');
    expect(button(h, 'Tilføj indikator')).toBeTruthy();
  });

  it('shows the API\'s 400 message when the server refuses', async () => {
    await open('/effect/ny');
    await type(h, fieldByLabel(h, 'Titel'), 'Mål');
    await click(h, 'Opret mål');
    h.http
      .expectOne({ method: 'POST', url: GOALS_URL })
      .flush({ statusCode: 400, error: 'Bad Request', message: ['trackCodes.0: sporet NOPE findes ikke'] }, { status: 400, statusText: 'Bad Request' });
    await h.settle();
    expect(notice()).toBe('trackCodes.0: sporet NOPE findes ikke.');
  });

  it('saves with the version read, and after a 409 reloads the newest version on request', async () => {
    await open(`/effect/maal/${JOBS_SAU.id}`);
    const title = fieldByLabel(h, 'Titel');
    expect(title.value).toBe(JOBS_SAU.title);
    await type(h, title, 'Flere ledige i job');
    await click(h, 'Gem ændringer');

    const patch = h.http.expectOne({ method: 'PATCH', url: goalUrl(JOBS_SAU.id) });
    expect(patch.request.body).toEqual({
      title: 'Flere ledige i job', description: null, level: 'committee', parentId: JOBS.id, committeeCodes: ['SAU'], trackCodes: ['SELV', 'SVR'], version: 3,
    });
    patch.flush({ statusCode: 409, error: 'Conflict', message: 'Effektmålet er blevet ændret af en anden' }, { status: 409, statusText: 'Conflict' });
    await h.settle();
    expect(visible(h.page().querySelector('.conflict'))).toContain('Målet er ikke gemt: en anden har rettet det, siden du åbnede siden.');

    await click(h, 'Hent den nyeste version');
    h.http.expectOne(GOALS_URL).flush([JOBS, { ...JOBS_SAU, title: 'Nyt navn fra en anden', version: 4 }]);
    h.http.expectOne(COMMITTEES_URL).flush(COMMITTEES);
    h.http.expectOne(TRACKS_URL).flush(TRACKS);
    await h.settle();
    expect(fieldByLabel(h, 'Titel').value).toBe('Nyt navn fra en anden');
    expect(notice()).toBe('Den nyeste version af målet er hentet. Ret igen, og gem.');
  });

  it('validates a new indicator in Danish before sending it', async () => {
    await open(`/effect/maal/${JOBS_SAU.id}`);
    await click(h, 'Tilføj indikator');
    const editor = h.page().querySelector('[data-testid=indicator-editor]') as HTMLElement;
    const field = (label: string) => {
      const l = Array.from(editor.querySelectorAll('label')).find((x) => visible(x) === label);
      return editor.querySelector<HTMLInputElement>(`[id="${l?.getAttribute('for')}"]`) as HTMLInputElement;
    };
    await type(h, field('Navn'), 'Ledighed');
    await type(h, field('Baselineår'), '2016');
    await type(h, field('Baselineværdi'), '12,5');
    await type(h, field('Målår'), '2015');
    await type(h, field('Målværdi'), '14');
    await type(h, field('Retning'), 'lower');
    await click(h, 'Opret indikator');

    h.http.expectNone({ method: 'POST' });
    expect(errorOf(h, field('Enhed'))).toBe('Skriv enheden, fx pct. eller antal.');
    expect(errorOf(h, field('Målår'))).toBe('Målåret skal ligge efter baselineåret (2016).');
    expect(errorOf(h, field('Målværdi'))).toBe('Målværdien skal være mindre end baselineværdien (12,5), når lavere er bedre.');

    await type(h, field('Enhed'), 'pct.');
    await type(h, field('Målår'), '2020');
    await type(h, field('Målværdi'), '10');
    await click(h, 'Opret indikator');
    const post = h.http.expectOne({ method: 'POST', url: `${goalUrl(JOBS_SAU.id)}/indicators` });
    expect(post.request.body).toEqual({
      name: 'Ledighed', description: null, kind: 'quantitative', unit: 'pct.', direction: 'lower',
      baselineYear: 2016, baselineValue: '12.5', targetYear: 2020, targetValue: '10',
    });
    post.flush({ ...post.request.body, id: '33333333-3333-4333-8333-333333333333', goalId: JOBS_SAU.id, values: [], version: 1 });
    await h.settle();
    expect(visible(h.page().querySelector('[data-testid=goal-notice]'))).toBe('Indikatoren Ledighed er oprettet.');
    expect(Array.from(h.page().querySelectorAll('app-indicator-panel h3'), (e) => visible(e))).toEqual([
      'Andel af 25-64-årige i beskæftigelse', 'Dialog med virksomhederne', 'Ledighed',
    ]);
  });

  it('asks before leaving with unsaved changes', async () => {
    await open(`/effect/maal/${JOBS_SAU.id}`);
    await type(h, fieldByLabel(h, 'Titel'), 'Ændret');
    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(false);
    await TestBed.inject(Router).navigateByUrl('/effect/ny');
    expect(confirm).toHaveBeenCalled();
    expect(TestBed.inject(Router).url).toBe(`/effect/maal/${JOBS_SAU.id}`);
    confirm.mockRestore();
  });
});
