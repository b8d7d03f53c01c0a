import { inEnglish } from '../../locale/english-testing';

/**
 * Bids for an English user: typed and shown with English thousands separators, with English
 * messages. As in locale/english.spec.ts, the app's modules are imported only after
 * locale-init.ts has run.
 */
describe('bids in English', () => {
  inEnglish();

  it('reads bids in English notation', async () => {
    const { parseBidInput } = await import('./bids-math');
    for (const input of ['1234567', '1,234,567', '1 234 567', 'DKK 1,234,567', '1,234,567.00', '1,234,567 kr.']) {
      expect([input, parseBidInput(input)]).toEqual([input, { kind: 'ok', ore: 123456700n }]);
    }
  });

  it('says what is wrong in English, with English examples', async () => {
    const { parseBidInput } = await import('./bids-math');
    expect(parseBidInput('-5')).toEqual({ kind: 'error', message: 'A bid cannot be negative.' });
    expect(parseBidInput('1,234.50')).toEqual({ kind: 'error', message: 'Enter whole kroner without øre, e.g. 1,234,567.' });
    expect(parseBidInput('1.234.567')).toEqual({ kind: 'error', message: 'Enter a whole number of kroner, e.g. 1,234,567 or 1234567.' });
    expect(parseBidInput('1234567890123456')).toEqual({ kind: 'error', message: 'The amount is too large: at most 15 digits.' });
  });

  it('notes tracks that start later or have left, in English', async () => {
    const { buildBidGroups } = await import('./bids-rows');
    const track = { code: 'SVR', name: 'Welfare', administrationCode: 'SAF', startYear: 2015, status: 'active', shares: [{ committeeCode: 'SAU', weight: '1' }] };
    const groups = buildBidGroups([2014, 2015], [track] as never, [{ code: 'SAU', name: 'Social' }, { code: 'ØU', name: 'Finance' }] as never, [
      { trackCode: 'SVR', committeeCode: 'ØU', year: 2015, amount: '1' },
    ]);
    expect(groups[0].note).toBe('Contributes from 2015.');
    expect(groups[0].rows.map((r) => r.committeeName)).toEqual(['Social', 'Finance (no longer has a share in the track)']);
  });
});
