import { UserRole } from '../auth/auth.models';
import { COMMITTEES_URL, TRACKS_URL } from '../tracks/tracks.service';
import { EffectGoal } from './effect.models';
import { effectRoutes } from './effect.routes';
import { GOALS_URL } from './effect.service';
import { COMMITTEES, JOBS, JOBS_SAU, PageHarness, signedIn, tableRows, TRACKS, visible } from './effect-testing';

describe('EffectPage', () => {
  let h: PageHarness;

  async function open(role: UserRole, goals: EffectGoal[], committeeCodes: string[] = []): Promise<void> {
    h = await signedIn([{ path: 'effect', children: effectRoutes }], role, committeeCodes);
    await h.harness.navigateByUrl('/effect');
    await h.settle();
    h.http.expectOne(GOALS_URL).flush(goals);
    h.http.expectOne(COMMITTEES_URL).flush(COMMITTEES);
    h.http.expectOne(TRACKS_URL).flush(TRACKS);
    await h.settle();
  }

  afterEach(() => h.http.verify());

  const links = () => Array.from(h.page().querySelectorAll('a'), (a) => visible(a));

  it('shows each Odensemål with its committee goals under it, their indicators and tracks', async () => {
    await open('director', [JOBS_SAU, JOBS]);
    const branch = h.page().querySelector('.tree > li') as HTMLElement;
    expect(visible(branch.querySelector('h2'))).toBe('Flere borgere er i job');
    expect(visible(branch.querySelector('.tree__children h3'))).toBe('Flere ledige i job via virksomhedsrettede forløb');

    const child = branch.querySelector(`[data-goal="${JOBS_SAU.id}"]`) as HTMLElement;
    expect(tableRows(child, '[data-testid=goal-indicators]')).toEqual([
      ['Andel af 25-64-årige i beskæftigelse (kvantitativ)', 'pct.', 'højere er bedre', '2016: 71,2 pct. → 2020: 75 pct.', '2017: 72 pct. Kilde: Danmarks Statistik, RAS300'],
      ['Dialog med virksomhederne (kvalitativ)', '–', '–', 'Vurderes hvert år', 'Ingen værdier endnu'],
    ]);
    const tracks = child.querySelectorAll<HTMLAnchorElement>('[data-testid=goal-tracks] a');
    expect(Array.from(tracks, (a) => [visible(a), a.getAttribute('href')])).toEqual([
      ['SELV Selvforsørgelse – frihed til at kunne', '/tracks/spor/SELV'],
      ['SVR Sammenhængende velfærdsressourcer', '/tracks/spor/SVR'],
    ]);
    // A director reads: no creating, no entering.
    expect(links()).not.toContain('Opret effektmål');
    expect(links()).not.toContain('Indtast årets værdier');
    // The account opens at the newest year with a value.
    expect(h.page().querySelector('a.bs-button')?.getAttribute('href')).toBe('/effect/account/2017');
  });

  it('offers finance to create goals and to enter every goal\'s values', async () => {
    await open('finance', [JOBS, JOBS_SAU]);
    expect(links()).toContain('Opret effektmål');
    expect(h.page().querySelectorAll('.goal__action a')).toHaveLength(2);
  });

  it('leads a committee user to the goals its committee owns', async () => {
    await open('committee', [JOBS, JOBS_SAU], ['SAU']);
    expect(links()).not.toContain('Opret effektmål');
    const entry = Array.from(h.page().querySelectorAll<HTMLAnchorElement>('.goal__action a'));
    expect(entry.map((a) => [visible(a), a.getAttribute('href')])).toEqual([['Indtast årets værdier', `/effect/maal/${JOBS_SAU.id}`]]);
  });

  it('says when there are no goals yet', async () => {
    await open('finance', []);
    expect(visible(h.page().querySelector('[data-testid=empty]'))).toBe('Der er endnu ingen effektmål. Opret det første Odensemål med knappen "Opret effektmål".');
  });
});
