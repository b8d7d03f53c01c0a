import { draftFromCell, evaluateCellDraft, isDirty } from './cell-draft';
import { FollowUpCell } from './follow-up.models';
import { openRoundErrors } from './open-round-form';
import { signedKroner } from './comparison-tables';
import { actorName, progressPercent, progressText } from './follow-up.models';

const cell: FollowUpCell = {
  savingId: 's1', trackCode: 'SELV', committeeCode: 'SAU', year: 2014, expected: '26000000', forecast: '24500000.50', realised: null,
  status: 'on_track', comment: 'Som planlagt.', version: 3, updatedAt: '2014-06-01T10:00:00.000Z', updatedBy: 'x@odense.dk',
  confirmed: false, confirmedBy: null, confirmedAt: null,
};

describe('a cell\'s draft in a follow-up round', () => {
  it('starts from the cell, the forecast written the Danish way', () => {
    expect(draftFromCell(cell)).toEqual({ forecast: '24.500.000,50', status: 'on_track', comment: 'Som planlagt.' });
  });

  it('confirms unchanged figures as they are, with the version read', () => {
    expect(evaluateCellDraft(cell, draftFromCell(cell))).toEqual({
      ok: true, changed: false, body: { forecast: '24500000.50', status: 'on_track', comment: 'Som planlagt.', version: 3 },
    });
    expect(isDirty(cell, draftFromCell(cell))).toBe(false);
  });

  it('reads Danish amounts and sends the API\'s kroner text; an empty field is no forecast', () => {
    const draft = { ...draftFromCell(cell), forecast: '-1.250,5', status: 'at_risk' as const };
    expect(evaluateCellDraft(cell, draft)).toEqual({ ok: true, changed: true, body: { forecast: '-1250.50', status: 'at_risk', comment: 'Som planlagt.', version: 3 } });
    expect(evaluateCellDraft(cell, { ...draft, forecast: '' })).toMatchObject({ ok: true, body: { forecast: null } });
  });

  it('names the problems of a field in Danish instead of sending', () => {
    const result = evaluateCellDraft(cell, { forecast: '12,345', status: 'on_track', comment: 'x'.repeat(4001) });
    expect(result).toEqual({
      ok: false,
      errors: { forecast: 'Højst 2 decimaler (øre), fx 1.250,50.', comment: 'Kommentaren må højst være 4.000 tegn; den er 4.001.' },
    });
    expect(isDirty(cell, { forecast: 'abc', status: 'on_track', comment: 'Som planlagt.' })).toBe(true);
  });
});

describe('follow-up texts', () => {
  it('says progress in words and as a width', () => {
    expect(progressText(12, 40)).toBe('12 af 40 celler bekræftet');
    expect(progressText(0, 1)).toBe('0 af 1 celle bekræftet');
    expect(progressPercent(12, 40)).toBe(30);
    expect(progressPercent(0, 0)).toBe(0);
  });

  it('signs a change in text, so it does not rest on colour', () => {
    expect(signedKroner('1500000')).toBe('+1.500.000');
    expect(signedKroner('-4500000.50')).toBe('-4.500.000,50');
    expect(signedKroner('0')).toBe('0');
  });

  it('names the system as such', () => {
    expect(actorName('system')).toBe('systemet');
    expect(actorName('a@odense.dk')).toBe('a@odense.dk');
  });

  it('checks a new round\'s dates as the API does', () => {
    expect(openRoundErrors('', '', '')).toEqual({ asOf: 'Vælg datoen, opfølgningen er pr., fx 30.6.2014.', deadline: 'Vælg udvalgenes frist.' });
    expect(openRoundErrors('2014-06-30', '2014-06-29', '')).toEqual({ deadline: 'Fristen må ikke ligge før 30. juni 2014.' });
    expect(openRoundErrors('2014-06-30', '2014-06-30', 'x'.repeat(201))).toEqual({ title: 'Titlen må højst være 200 tegn.' });
  });
});
