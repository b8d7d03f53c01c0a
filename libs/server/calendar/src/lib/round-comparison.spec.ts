import fc from 'fast-check';
import { compareRounds, RoundCell } from './round-comparison';

const cell = (savingId: string, trackCode: string, committeeCode: string, year: number, forecast: bigint | null): RoundCell => ({
  savingId, trackCode, committeeCode, year, forecast,
});

describe('compareRounds', () => {
  it('gives each cell its forecast in both rounds and the change, with sums per track, committee and in all', () => {
    const june = [
      cell('a', 'SVR', 'ÆHU', 2014, 1_300_000_000n),
      cell('b', 'SVR', 'SAU', 2014, 1_300_000_000n),
      cell('c', 'SELV', 'SAU', 2014, 2_450_000_050n),
      cell('d', 'SELV', 'SAU', 2015, null),
    ];
    const september = [
      cell('a', 'SVR', 'ÆHU', 2014, 1_000_000_000n),
      cell('b', 'SVR', 'SAU', 2014, 1_300_000_000n),
      cell('c', 'SELV', 'SAU', 2014, 2_400_000_000n),
      cell('d', 'SELV', 'SAU', 2015, 500_000n),
      cell('e', 'ÅBEN', 'ØU', 2014, -30_050n), // a row that appeared after June
    ];
    const result = compareRounds(june, september);
    expect(result.cells.map((c) => [c.savingId, c.from, c.to, c.difference])).toEqual([
      ['c', 2_450_000_050n, 2_400_000_000n, -50_000_050n],
      ['d', null, 500_000n, 500_000n],
      ['b', 1_300_000_000n, 1_300_000_000n, 0n],
      ['a', 1_300_000_000n, 1_000_000_000n, -300_000_000n],
      ['e', null, -30_050n, -30_050n],
    ]);
    expect(result.tracks).toEqual([
      { trackCode: 'SELV', from: 2_450_000_050n, to: 2_400_500_000n, difference: -49_500_050n },
      { trackCode: 'SVR', from: 2_600_000_000n, to: 2_300_000_000n, difference: -300_000_000n },
      { trackCode: 'ÅBEN', from: 0n, to: -30_050n, difference: -30_050n },
    ]);
    expect(result.committees).toEqual([
      { committeeCode: 'SAU', from: 3_750_000_050n, to: 3_700_500_000n, difference: -49_500_050n },
      { committeeCode: 'ÆHU', from: 1_300_000_000n, to: 1_000_000_000n, difference: -300_000_000n },
      { committeeCode: 'ØU', from: 0n, to: -30_050n, difference: -30_050n },
    ]);
    expect(result.total).toEqual({ from: 5_050_000_050n, to: 4_700_469_950n, difference: -349_530_100n });
  });

  it('keeps a cell that is only in the earlier round, and compares nothing with nothing', () => {
    expect(compareRounds([cell('a', 'X', 'SAU', 2014, 100n)], []).cells).toEqual([
      { savingId: 'a', trackCode: 'X', committeeCode: 'SAU', year: 2014, from: 100n, to: null, difference: -100n },
    ]);
    expect(compareRounds([], [])).toEqual({ cells: [], tracks: [], committees: [], total: { from: 0n, to: 0n, difference: 0n } });
  });

  it('always adds up: every sum is the sum of its cells, and differences are to − from', () => {
    const code = fc.constantFrom('SELV', 'SVR', 'ÆHU', 'ÅBEN', 'SAU');
    const forecast = fc.option(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), { nil: null });
    const round = fc.uniqueArray(
      fc.record({ savingId: fc.integer({ min: 0, max: 30 }).map(String), trackCode: code, committeeCode: code, year: fc.integer({ min: 2014, max: 2017 }), forecast }),
      { selector: (c) => c.savingId, maxLength: 30 },
    );
    fc.assert(
      fc.property(round, round, (from, to) => {
        // The same saving id is the same cell in both rounds.
        const identity = new Map(from.map((c) => [c.savingId, c]));
        const later = to.map((c) => ({ ...c, ...pick(identity.get(c.savingId) ?? c) }));
        const result = compareRounds(from, later);
        expect(result.cells).toHaveLength(new Set([...from, ...later].map((c) => c.savingId)).size);
        const total = (f: (c: (typeof result.cells)[number]) => bigint) => result.cells.reduce((s, c) => s + f(c), 0n);
        for (const c of result.cells) expect(c.difference).toBe((c.to ?? 0n) - (c.from ?? 0n));
        expect(result.total).toEqual({ from: total((c) => c.from ?? 0n), to: total((c) => c.to ?? 0n), difference: total((c) => c.difference) });
        expect(result.tracks.reduce((s, t) => s + t.difference, 0n)).toBe(result.total.difference);
        expect(result.committees.reduce((s, t) => s + t.to, 0n)).toBe(result.total.to);
      }),
    );
  });
});

function pick(c: RoundCell): Pick<RoundCell, 'trackCode' | 'committeeCode' | 'year'> {
  return { trackCode: c.trackCode, committeeCode: c.committeeCode, year: c.year };
}
