import { inEnglish, render, text } from '../../locale/english-testing';

/**
 * The effect pages as an English user gets them (see locale/english.spec.ts): the remembered
 * choice makes locale-init load the English texts before the app's modules are imported, so
 * those are imported only after it has run.
 */
describe('effect and analysis in English', () => {
  inEnglish();

  it('reads and writes numbers the English way, and says what is wrong in English', async () => {
    const { parseDecimalInput, formatDecimal } = await import('./decimal-text');
    expect(parseDecimalInput('1,234.5')).toEqual({ ok: true, value: '1234.5' });
    expect(formatDecimal('6200.5')).toBe('6,200.5');
    expect(parseDecimalInput('72 %')).toEqual({ ok: false, error: 'Enter a number with a decimal point, e.g. 71.2 or 6,200.' });
    expect(parseDecimalInput('0.1234567')).toEqual({ ok: false, error: 'At most 6 decimals.' });
  });

  it('translates labels in code and templates', async () => {
    const { INDICATOR_STATUS_INFO, DIRECTION_LABELS } = await import('./effect.models');
    expect([INDICATOR_STATUS_INFO.on_track.label, DIRECTION_LABELS.lower]).toEqual(['On track', 'lower is better']);

    const { ProgressBar } = await import('./progress-bar');
    const bar = await render(ProgressBar, { percent: '30.5', expected: '25.0' });
    expect(text(bar.querySelector('.progress__text'))).toBe('30.5%');
    expect(text(bar.querySelector('.expected'))).toBe('expected 25.0%');

    const { frameworkText, kindForSlug } = await import('../analysis/analysis.models');
    expect(frameworkText({ revision: 2, decidedOn: '2013-02-02', decidedBy: 'ØU', title: 'Ramme 2014', allocationMethod: 'top_down' })).toBe(
      'Revision 2: Ramme 2014 (ØU, 02/02/2013)',
    );
    expect(kindForSlug('spor')?.title('SELV')).toBe('Analysis of the track SELV');
  });
});
