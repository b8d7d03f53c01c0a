import { TestBed } from '@angular/core/testing';
import { inEnglish, render, text } from '../../locale/english-testing';

/**
 * The tracks pages as an English user gets them. As in src/locale/english.spec.ts,
 * the app's modules are imported only after src/locale-init.ts has loaded the English texts.
 */
describe('tracks in English', () => {
  inEnglish();

  it('shows a track with English labels, weights and percentages', async () => {
    const { TrackDetails } = await import('./track-details');
    const details = await render(TrackDetails, {
      track: {
        code: 'SVR',
        name: 'Sammenhængende velfærd',
        description: null,
        administrationCode: 'BUF',
        startYear: 2014,
        status: 'paused',
        dependsOnFreeMunicipality: true,
        shares: [
          { committeeCode: 'BUU', weight: '1' },
          { committeeCode: 'SAU', weight: '0.5' },
        ],
        version: 1,
      },
      administrations: [{ code: 'BUF', name: 'Børn- og Ungeforvaltningen' }],
      committees: [],
    });
    const facts = Object.fromEntries(Array.from(details.querySelectorAll('dt')).map((dt) => [text(dt), text(dt.nextElementSibling)]));
    expect(facts).toEqual({
      Code: 'SVR',
      Name: 'Sammenhængende velfærd',
      Description: 'No description.',
      Administration: 'BUF – Børn- og Ungeforvaltningen',
      'Start year': '2014',
      Status: 'paused',
      'Depends on free-municipality trial': 'Yes',
    });
    const rows = Array.from(details.querySelectorAll('tbody tr')).map((r) => Array.from(r.children).map(text));
    expect(rows).toEqual([
      ['BUU', '1', '66.7%'],
      ['SAU', '0.5', '33.3%'],
    ]);
  });

  it('gives English field messages and status names, which other pages borrow', async () => {
    const { TRACK_STATUS_INFO } = await import('./tracks.models');
    const { weightMessage, shareGroup } = await import('./track-form');
    const { NonNullableFormBuilder } = await import('@angular/forms');
    const row = shareGroup(TestBed.inject(NonNullableFormBuilder));
    row.controls.weight.setValue('0');
    expect([TRACK_STATUS_INFO.closed.label, TRACK_STATUS_INFO.paused.option]).toEqual(['closed', 'Paused']);
    expect(weightMessage(row)).toBe('Enter a weight greater than 0 with at most 6 decimals, e.g. 1 or 0.5.');
  });
});
