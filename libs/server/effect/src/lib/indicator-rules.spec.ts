import { IndicatorFields, indicatorErrors, valueErrors } from './indicator-rules';

const EMPLOYMENT: IndicatorFields = {
  kind: 'quantitative', unit: 'pct.', direction: 'higher', baselineYear: 2016, baselineValue: '71.2', targetYear: 2020, targetValue: '75',
};
const QUALITATIVE: IndicatorFields = { kind: 'qualitative', unit: null, direction: null, baselineYear: null, baselineValue: null, targetYear: null, targetValue: null };

describe('indicatorErrors: an indicator holds together', () => {
  it('accepts a whole quantitative and a bare qualitative indicator', () => {
    expect(indicatorErrors(EMPLOYMENT)).toEqual([]);
    expect(indicatorErrors({ ...EMPLOYMENT, direction: 'lower', targetValue: '-3.5' })).toEqual([]);
    expect(indicatorErrors(QUALITATIVE)).toEqual([]);
  });

  it('names every missing or contradictory field', () => {
    expect(indicatorErrors({ ...EMPLOYMENT, unit: null, targetYear: null })).toEqual([
      'unit: skal udfyldes for en kvantitativ indikator',
      'targetYear: skal udfyldes for en kvantitativ indikator',
    ]);
    expect(indicatorErrors({ ...EMPLOYMENT, targetYear: 2016, targetValue: '71.200' })).toEqual([
      'targetYear: skal være senere end baselineYear (2016)',
      'targetValue: skal være større end baselineValue (71.2), når direction er higher',
    ]);
    expect(indicatorErrors({ ...EMPLOYMENT, direction: 'lower' })).toEqual([
      'targetValue: skal være mindre end baselineValue (71.2), når direction er lower',
    ]);
    expect(indicatorErrors({ ...QUALITATIVE, unit: 'pct.', baselineYear: 2016 })).toEqual([
      'unit: skal være null eller udeladt for en kvalitativ indikator',
      'baselineYear: skal være null eller udeladt for en kvalitativ indikator',
    ]);
  });
});

describe('valueErrors: a year\'s value fits its indicator', () => {
  it('wants a value for quantitative, an assessment and status for qualitative', () => {
    expect(valueErrors('quantitative', { value: '73.4' })).toEqual([]);
    expect(valueErrors('quantitative', { value: null, status: 'on_track' })).toEqual([
      'value: skal udfyldes for en kvantitativ indikator',
      'status: beregnes for en kvantitativ indikator og skal være null eller udeladt',
    ]);
    expect(valueErrors('qualitative', { assessment: 'God', status: 'achieved' })).toEqual([]);
    expect(valueErrors('qualitative', { value: '1', assessment: '  ' })).toEqual([
      'value: skal være null eller udeladt for en kvalitativ indikator; skriv vurderingen i assessment',
      'assessment: skal udfyldes for en kvalitativ indikator',
      'status: skal udfyldes for en kvalitativ indikator',
    ]);
  });
});
