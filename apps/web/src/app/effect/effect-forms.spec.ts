import { goalErrors, goalInputOf, toggled } from './goal-form';
import { indicatorErrors, indicatorInputOf, IndicatorFormValue } from './indicator-form';
import { nextYear, valueErrors, valueInputOf, ValueFormValue } from './value-form';

const indicator = (over: Partial<IndicatorFormValue> = {}): IndicatorFormValue => ({
  name: 'Ledighed', description: '', kind: 'quantitative', unit: 'pct.', direction: 'lower',
  baselineYear: '2016', baselineValue: '12,5', targetYear: '2020', targetValue: '10', ...over,
});
const value = (over: Partial<ValueFormValue> = {}): ValueFormValue => ({ year: '2018', value: '', sourceNote: '', assessment: '', status: '', ...over });

describe('the goal form', () => {
  it('drops the parent of an Odensemål, so switching level back leaves nothing hidden behind', () => {
    const v = { title: ' Mål ', description: ' ', level: 'municipal' as const, parentId: 'p', committeeCodes: [], trackCodes: ['SVR'] };
    expect(goalInputOf(v)).toEqual({ title: 'Mål', description: null, level: 'municipal', parentId: null, committeeCodes: [], trackCodes: ['SVR'] });
    expect(goalErrors(v)).toEqual({});
    expect(goalErrors({ ...v, level: 'committee' })).toEqual({ committeeCodes: 'Vælg mindst ét udvalg, der ejer udvalgsmålet.' });
  });

  it('keeps checked codes in the order they are offered', () => {
    expect(toggled(['ÆHU'], 'SAU', true, ['SAU', 'ØU', 'ÆHU'])).toEqual(['SAU', 'ÆHU']);
    expect(toggled(['SAU', 'ÆHU'], 'SAU', false, ['SAU', 'ØU', 'ÆHU'])).toEqual(['ÆHU']);
  });
});

describe('the indicator form', () => {
  it('accepts a whole quantitative indicator and sends exact decimals', () => {
    expect(indicatorErrors(indicator())).toEqual({});
    expect(indicatorInputOf(indicator({ baselineValue: '6.200', targetValue: '5.000,5', direction: 'lower' }))).toMatchObject({
      baselineYear: 2016, baselineValue: '6200', targetYear: 2020, targetValue: '5000.5',
    });
  });

  it('asks for every quantitative field, and ignores them for a qualitative indicator', () => {
    const empty = indicator({ unit: '', direction: '', baselineYear: '', baselineValue: '', targetYear: '', targetValue: '' });
    expect(indicatorErrors(empty)).toEqual({
      unit: 'Skriv enheden, fx pct. eller antal.',
      direction: 'Vælg, om højere eller lavere er bedre.',
      baselineYear: 'Skriv baselineåret som et årstal mellem 1900 og 2200, fx 2016.',
      targetYear: 'Skriv målåret som et årstal mellem 1900 og 2200, fx 2020.',
      baselineValue: 'Skriv baselineværdien, fx 71,2.',
      targetValue: 'Skriv målværdien, fx 75.',
    });
    expect(indicatorErrors({ ...empty, kind: 'qualitative' })).toEqual({});
    expect(indicatorInputOf(indicator({ kind: 'qualitative' }))).toEqual({
      name: 'Ledighed', description: null, kind: 'qualitative', unit: null, direction: null, baselineYear: null, baselineValue: null, targetYear: null, targetValue: null,
    });
  });

  it('wants the target better than the baseline in the chosen direction', () => {
    expect(indicatorErrors(indicator({ direction: 'higher' })).targetValue).toBe('Målværdien skal være større end baselineværdien (12,5), når højere er bedre.');
    expect(indicatorErrors(indicator({ targetValue: '12,50' })).targetValue).toBe('Målværdien skal være mindre end baselineværdien (12,5), når lavere er bedre.');
  });
});

describe('the value form', () => {
  it('wants a number for a quantitative indicator and an assessment with a status for a qualitative one', () => {
    expect(valueErrors(value(), { kind: 'quantitative', takenYears: [] })).toEqual({ value: 'Skriv årets værdi, fx 73,4.' });
    expect(valueErrors(value(), { kind: 'qualitative', takenYears: [2018] })).toEqual({
      year: '2018 har allerede en værdi. Ret den med knappen ved året i tabellen.',
      assessment: 'Skriv årets vurdering.',
      status: 'Vælg vurderingens status.',
    });
  });

  it('sends the whole value, with the version only when it replaces one', () => {
    expect(valueInputOf(value({ value: '73,40', assessment: ' God udvikling ' }), 'quantitative', null)).toEqual({
      value: '73.4', sourceNote: null, assessment: 'God udvikling', status: null,
    });
    expect(valueInputOf(value({ value: '1', assessment: 'Godt', status: 'achieved' }), 'qualitative', 4)).toEqual({
      value: null, sourceNote: null, assessment: 'Godt', status: 'achieved', version: 4,
    });
  });

  it('offers the year after the newest value, else after the baseline', () => {
    expect(nextYear({ values: [{ year: 2017 } as never], baselineYear: 2015 })).toBe(2018);
    expect(nextYear({ values: [], baselineYear: 2015 })).toBe(2016);
    expect(nextYear({ values: [], baselineYear: null }, new Date('2026-11-27'))).toBe(2025);
  });
});
