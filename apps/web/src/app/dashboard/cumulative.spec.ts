import { cumulativeSums } from './cumulative';
import { RealisationGroup } from './dashboard.models';

const group = (key: number, expected: string, forecast: string, realised: string): RealisationGroup => ({ key, expected, forecast, realised, rate: null });

describe('cumulativeSums', () => {
  it('adds each year to the years before it, exactly, with the rate of the running totals', () => {
    const points = cumulativeSums(
      [group(2014, '100000000', '90000000', '87500000'), group(2015, '25800000.50', '30000000', '-1000000.25')],
      [2014, 2015],
    );
    expect(points).toEqual([
      { year: 2014, expected: 10_000_000_000n, forecast: 9_000_000_000n, realised: 8_750_000_000n, rate: '0.8750' },
      { year: 2015, expected: 12_580_000_050n, forecast: 12_000_000_000n, realised: 8_649_999_975n, rate: '0.6876' },
    ]);
  });

  it('gives every period year a point, carrying the total through years without rows', () => {
    const points = cumulativeSums([group(2015, '1000', '0', '500')], [2014, 2015, 2016, 2017]);
    expect(points.map((p) => [p.year, p.expected, p.realised, p.rate])).toEqual([
      [2014, 0n, 0n, null],
      [2015, 100_000n, 50_000n, '0.5000'],
      [2016, 100_000n, 50_000n, '0.5000'],
      [2017, 100_000n, 50_000n, '0.5000'],
    ]);
  });

  it('keeps a year outside the period, in order, so the last point is the whole total', () => {
    const points = cumulativeSums([group(2018, '10', '0', '10'), group(2014, '30', '0', '0')], [2014, 2015]);
    expect(points.map((p) => [p.year, p.expected])).toEqual([
      [2014, 3_000n],
      [2015, 3_000n],
      [2018, 4_000n],
    ]);
  });

  it('is empty without years', () => {
    expect(cumulativeSums([], [])).toEqual([]);
  });
});
