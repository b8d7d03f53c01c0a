import fc from 'fast-check';
import { parseDecimal } from '@budgetspor/server/common';
import { expectedPercent, goalStatus, IndicatorStatus, progressPercent, QuantitativePath, quantitativeStatus } from './progress';

const d = parseDecimal;

/** Higher is better: 60 % in 2016 towards 80 % in 2020. */
const UP: QuantitativePath = { direction: 'higher', baselineYear: 2016, baseline: d('60'), targetYear: 2020, target: d('80') };
/** Lower is better: 12.5 in 2015 down to 10 in 2019. */
const DOWN: QuantitativePath = { direction: 'lower', baselineYear: 2015, baseline: d('12.5'), targetYear: 2019, target: d('10') };

describe('progressPercent = 100 × (value − baseline) ÷ (target − baseline), one decimal', () => {
  it('measures progress in the indicator\'s direction', () => {
    expect(progressPercent(d('70'), UP)).toBe('50.0');
    expect(progressPercent(d('60'), UP)).toBe('0.0');
    expect(progressPercent(d('85'), UP)).toBe('125.0');
    expect(progressPercent(d('55'), UP)).toBe('-25.0');
    expect(progressPercent(d('11.25'), DOWN)).toBe('50.0');
    expect(progressPercent(d('13'), DOWN)).toBe('-20.0');
  });

  it('rounds once, halves away from zero', () => {
    const path = { ...UP, baseline: 0n, target: d('3') };
    expect(progressPercent(d('1'), path)).toBe('33.3'); // 33.33…
    expect(progressPercent(d('2'), path)).toBe('66.7'); // 66.66…
    const sixteen = { ...UP, baseline: 0n, target: d('16') };
    expect(progressPercent(d('1'), sixteen)).toBe('6.3'); // 6.25
    expect(progressPercent(d('-1'), sixteen)).toBe('-6.3'); // -6.25
  });
});

describe('expectedPercent: the straight line from baseline to target', () => {
  it('is 0 before the baseline, 100 from the target year', () => {
    expect(expectedPercent(2014, UP)).toBe('0.0');
    expect(expectedPercent(2018, UP)).toBe('50.0');
    expect(expectedPercent(2016, DOWN)).toBe('25.0');
    expect(expectedPercent(2023, UP)).toBe('100.0');
    expect(expectedPercent(2017, { ...UP, targetYear: 2019 })).toBe('33.3');
  });
});

describe('quantitativeStatus', () => {
  it('compares progress with the straight line', () => {
    expect(quantitativeStatus(2018, null, UP)).toBe('no_data');
    expect(quantitativeStatus(2018, d('70'), UP)).toBe('on_track'); // 50 % of the way, 50 % due
    expect(quantitativeStatus(2018, d('69.999999'), UP)).toBe('at_risk');
    expect(quantitativeStatus(2018, d('65'), UP)).toBe('at_risk'); // exactly half of what is due
    expect(quantitativeStatus(2018, d('64.999999'), UP)).toBe('off_track');
    expect(quantitativeStatus(2018, d('80'), UP)).toBe('achieved');
    expect(quantitativeStatus(2017, d('11.25'), DOWN)).toBe('on_track'); // 50 % of the way, 50 % due
    expect(quantitativeStatus(2017, d('11.875'), DOWN)).toBe('at_risk'); // 25 %: exactly half of what is due
    expect(quantitativeStatus(2017, d('12'), DOWN)).toBe('off_track'); // 20 %
    expect(quantitativeStatus(2016, d('9.5'), DOWN)).toBe('achieved');
  });

  it('is off track once the target year has come without the target, and below the baseline', () => {
    expect(quantitativeStatus(2020, d('79.9'), UP)).toBe('off_track');
    expect(quantitativeStatus(2021, d('80.1'), UP)).toBe('achieved');
    expect(quantitativeStatus(2016, d('59'), UP)).toBe('off_track');
    expect(quantitativeStatus(2016, d('60'), UP)).toBe('on_track'); // nothing is due yet
  });

  it('calls a value achieved exactly when it has reached the target', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 2000, max: 2030 }), (value, year) => {
        expect(quantitativeStatus(year, value, UP) === 'achieved').toBe(value >= UP.target);
        expect(quantitativeStatus(year, value, DOWN) === 'achieved').toBe(value <= DOWN.target);
      }),
    );
  });
});

describe('goalStatus: the weakest indicator decides', () => {
  it.each<[IndicatorStatus[], IndicatorStatus]>([
    [[], 'no_data'],
    [['no_data'], 'no_data'],
    [['achieved', 'achieved'], 'achieved'],
    [['on_track', 'no_data', 'at_risk'], 'at_risk'],
    [['achieved', 'off_track', 'on_track'], 'off_track'],
  ])('%j → %s', (statuses, expected) => {
    expect(goalStatus(statuses)).toBe(expected);
  });
});
