import { draftFromRow, evaluateDraft, MAX_COMMENT_LENGTH, validateComment } from './savings-draft';
import { SavingsRow } from './savings.models';

const ROW: SavingsRow = {
  id: 'r1', trackCode: 'SELV', committeeCode: 'SAU', year: 2014, expected: '1000000', forecast: '1250.50', realised: null,
  status: 'on_track', comment: 'Som planlagt', version: 4, updatedAt: '2026-11-27T10:00:00Z', updatedBy: 'system',
};

describe('evaluateDraft', () => {
  it('finds nothing changed in the fields as first shown', () => {
    expect(draftFromRow(ROW)).toEqual({ forecast: '1.250,50', realised: '', status: 'on_track', comment: 'Som planlagt' });
    expect(evaluateDraft(ROW, draftFromRow(ROW))).toEqual({ changes: {}, errors: {}, dirty: false });
  });

  it('compares amounts by value, so another spelling of the same amount is no change', () => {
    expect(evaluateDraft(ROW, { ...draftFromRow(ROW), forecast: '1250.5' }).dirty).toBe(false);
  });

  it('sends only the changed fields, an emptied amount as null', () => {
    const result = evaluateDraft(ROW, { forecast: '', realised: '-300', status: 'at_risk', comment: 'Som planlagt' });
    expect(result).toEqual({ changes: { forecast: null, realised: '-300', status: 'at_risk' }, errors: {}, dirty: true });
  });

  it('reports unreadable fields as errors and the row as changed', () => {
    const result = evaluateDraft(ROW, { ...draftFromRow(ROW), realised: '12,345', comment: 'x'.repeat(MAX_COMMENT_LENGTH + 1) });
    expect(result.dirty).toBe(true);
    expect(result.changes).toEqual({});
    expect(result.errors).toEqual({
      realised: 'Højst 2 decimaler (øre), fx 1.250,50.',
      comment: 'Kommentaren må højst være 4.000 tegn; den er 4.001.',
    });
  });

  it('counts the comment in characters as the database does, not in UTF-16 units', () => {
    expect(validateComment('😀'.repeat(MAX_COMMENT_LENGTH))).toBeNull();
    expect(validateComment('a\u0000b')).toMatch(/ugyldigt tegn/);
  });
});
