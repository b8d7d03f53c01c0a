import { SavingsRow } from './dashboard.models';
import { buildDrilldown } from './drilldown';

const row = (committeeCode: string, year: number, expected: string, forecast: string | null, realised: string | null): SavingsRow => ({
  id: `${committeeCode}-${year}`,
  trackCode: 'SVR',
  committeeCode,
  year,
  expected,
  forecast,
  realised,
  status: 'on_track',
  comment: '',
  version: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'system',
});

describe('buildDrilldown', () => {
  const rows = [
    row('SAU', 2014, '1000', '900', '800.50'),
    row('SAU', 2015, '1000', null, null),
    row('ÆHU', 2014, '0', '100', '-50'),
  ];
  const drill = buildDrilldown(rows, new Map([['SAU', 'Socialudvalget']]));

  it('groups the rows by committee in the API order, with names (the code when unknown)', () => {
    expect(drill.committees.map((c) => [c.code, c.name, c.cells.map((x) => x.row.year)])).toEqual([
      ['SAU', 'Socialudvalget', [2014, 2015]],
      ['ÆHU', 'ÆHU', [2014]],
    ]);
  });

  it('counts an amount not entered as 0 but remembers it was not entered', () => {
    const cell = drill.committees[0].cells[1];
    expect([cell.forecast, cell.realised, cell.hasForecast, cell.hasRealised, cell.rate]).toEqual([0n, 0n, false, false, '0.0000']);
    expect(drill.committees[1].cells[0].rate).toBeNull();
  });

  it('sums each committee and the track exactly', () => {
    expect(drill.committees[0].sums).toEqual({ expected: 200_000n, forecast: 90_000n, realised: 80_050n, rate: '0.4003' });
    expect(drill.total).toEqual({ expected: 200_000n, forecast: 100_000n, realised: 75_050n, rate: '0.3753' });
  });
});
