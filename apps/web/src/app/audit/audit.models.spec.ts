import { formatDateTime } from '../core/api-error';
import { actionLabel, actorLabel, entityTypeLabel, valueLines } from './audit.models';

describe('audit in words', () => {
  it('names actions, types and the system actor in Danish, and keeps unknown ones as the API names them', () => {
    expect(actionLabel('update')).toBe('Ændret');
    expect(actionLabel('login_failed')).toBe('Mislykket login');
    expect(actionLabel('archive')).toBe('archive');
    expect(entityTypeLabel('savings')).toBe('Besparelse');
    expect(entityTypeLabel('gadget')).toBe('gadget');
    expect(actorLabel('system')).toBe('System (baggrundsjob)');
    expect(actorLabel('bente@odense.dk')).toBe('bente@odense.dk');
  });

  it('turns an update into field lines, marking what changed', () => {
    const before = { id: 'r1', forecast: null, status: 'on_track', comment: '', version: 1 };
    const after = { id: 'r1', forecast: '1250.50', status: 'on_track', comment: 'Forsinket', version: 2 };
    expect(valueLines(before, after)).toEqual([
      { key: 'id', label: 'Id', before: 'r1', after: 'r1', changed: false },
      { key: 'forecast', label: 'Prognose', before: '–', after: '1.250,50 kr.', changed: true },
      { key: 'status', label: 'Status', before: 'På sporet', after: 'På sporet', changed: false },
      { key: 'comment', label: 'Kommentar', before: '(tom)', after: 'Forsinket', changed: true },
      { key: 'version', label: 'Version', before: '1', after: '2', changed: true },
    ]);
  });

  it('flattens nested resources by path, and shows one side for a creation', () => {
    const created = {
      revision: 1,
      pool: { '2014': '100000000' },
      trackWeights: [{ trackCode: 'SVR', weight: '1' }],
      committeeCodes: ['SAU', 'ÆHU'],
      dependsOnFreeMunicipality: false,
    };
    expect(valueLines(null, created).map((l) => [l.label, l.before, l.after])).toEqual([
      ['Revision', null, '1'],
      ['Pulje › 2014', null, '100.000.000 kr.'],
      ['Sporvægte 1 › Spor', null, 'SVR'],
      ['Sporvægte 1 › Vægt', null, '1'],
      ['Udvalg', null, 'SAU, ÆHU'],
      ['dependsOnFreeMunicipality', null, 'nej'],
    ]);
    expect(valueLines(null, null)).toEqual([]);
    const stamped = valueLines({ updatedAt: '2026-11-27T10:15:00.000Z', updatedBy: 'system' }, null);
    expect(stamped.map((l) => l.before)).toEqual([formatDateTime('2026-11-27T10:15:00.000Z'), 'System (baggrundsjob)']);
  });
});
