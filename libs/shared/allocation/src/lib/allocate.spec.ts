import { apportion, compareCodePoints, parseWeight, toWeightString } from '@budgetspor/shared/money';
import fc from 'fast-check';
import { AllocationError, allocate } from './allocate';
import { explainCell } from './explain';
import type { AllocationCell, AllocationInput, AllocationTrack, TrackStatus } from './types';

const track = (code: string, committees: Record<string, string>, more: Partial<AllocationTrack> = {}): AllocationTrack => ({
  code,
  status: 'active',
  startYear: 2014,
  shares: Object.entries(committees).map(([committeeCode, weight]) => ({ committeeCode, weight })),
  ...more,
});
const weights = (w: Record<string, string>) => Object.entries(w).map(([trackCode, weight]) => ({ trackCode, weight }));
/** "year/track/committee" → amount, for compact expectations. */
const cellMap = (cells: readonly AllocationCell[]) =>
  Object.fromEntries(cells.map((c) => [`${c.year}/${c.trackCode}/${c.committeeCode}`, c.amount]));

describe('allocate: hand-worked examples', () => {
  it('100 kr. over three tracks of weight 1 → 34, 33, 33; the extra krone goes to the smallest code', () => {
    const r = allocate({
      pool: { '2014': '100' },
      trackWeights: weights({ C: '1', A: '1', B: '1' }),
      tracks: [track('C', { ØU: '1' }), track('B', { ØU: '1' }), track('A', { ØU: '1' })],
    });
    expect(cellMap(r.cells)).toEqual({ '2014/A/ØU': '34', '2014/B/ØU': '33', '2014/C/ØU': '33' });
    expect(r.trackAmounts).toEqual([
      { trackCode: 'A', year: 2014, amount: '34', weight: '1', gotExtra: true },
      { trackCode: 'B', year: 2014, amount: '33', weight: '1', gotExtra: false },
      { trackCode: 'C', year: 2014, amount: '33', weight: '1', gotExtra: false },
    ]);
    expect(r.perYear).toEqual({
      '2014': { pool: '100', allocated: '100', unallocated: '0', eligibleTracks: 3, sumOfWeights: '3' },
    });
    expect(r.unallocated).toEqual({});
  });

  it('equal remainders: the larger weight gets the krone before the smaller code', () => {
    // 10 kr. over A=1, B=3: quotas 2.5 and 7.5, one krone left, remainders tie at 0.5.
    const r = allocate({
      pool: { '2014': '10' },
      trackWeights: weights({ A: '1', B: '3' }),
      tracks: [track('A', { ØU: '1' }), track('B', { ØU: '1' })],
    });
    expect(cellMap(r.cells)).toEqual({ '2014/A/ØU': '2', '2014/B/ØU': '8' });
  });

  it('ÆHU and SAU tie on a track: SAU gets the krone, because S (U+0053) < Æ (U+00C6)', () => {
    const r = allocate({
      pool: { '2014': '101' },
      trackWeights: weights({ SVR: '1' }),
      tracks: [track('SVR', { ÆHU: '1', SAU: '1' })],
    });
    expect(r.cells).toEqual([
      { trackCode: 'SVR', committeeCode: 'SAU', year: 2014, amount: '51' },
      { trackCode: 'SVR', committeeCode: 'ÆHU', year: 2014, amount: '50' },
    ]);
  });

  it('code point order, not Danish collation: Å before Æ before Ø, and Z before all three', () => {
    const r = allocate({
      pool: { '2014': '3' },
      trackWeights: weights({ Ø: '1', Å: '1', Æ: '1', Z: '1' }),
      tracks: ['Ø', 'Å', 'Æ', 'Z'].map((c) => track(c, { ØU: '1' })),
    });
    expect(r.cells.map((c) => [c.trackCode, c.amount])).toEqual([
      ['Z', '1'],
      ['Å', '1'],
      ['Æ', '1'],
    ]);
  });

  it('a track starting in the second year gets nothing in the first', () => {
    const r = allocate({
      pool: { '2014': '1000', '2015': '1000' },
      trackWeights: weights({ OLD: '1', NEW: '1' }),
      tracks: [track('OLD', { ØU: '1' }), track('NEW', { BUU: '1' }, { startYear: 2015 })],
    });
    expect(cellMap(r.cells)).toEqual({ '2014/OLD/ØU': '1000', '2015/NEW/BUU': '500', '2015/OLD/ØU': '500' });
    expect(r.excluded).toEqual([{ trackCode: 'NEW', year: 2014, reason: 'not_started' }]);
  });

  it('paused and closed tracks, weight 0 and tracks outside the framework get nothing', () => {
    const r = allocate({
      pool: { '2014': '900' },
      trackWeights: weights({ RUN: '1', PAUSE: '5', SHUT: '5', NUL: '0' }),
      tracks: [
        track('RUN', { ØU: '1' }),
        track('PAUSE', { ØU: '1' }, { status: 'paused' }),
        track('SHUT', { ØU: '1' }, { status: 'closed' }),
        track('NUL', { ØU: '1' }),
        track('OUTSIDE', { ØU: '1' }),
      ],
    });
    expect(cellMap(r.cells)).toEqual({ '2014/RUN/ØU': '900' });
    expect(r.excluded).toEqual([
      { trackCode: 'NUL', year: 2014, reason: 'zero_weight' },
      { trackCode: 'PAUSE', year: 2014, reason: 'paused' },
      { trackCode: 'SHUT', year: 2014, reason: 'closed' },
    ]);
  });

  it('a year with no eligible track keeps its whole pool unallocated (also when the pool is 0)', () => {
    const r = allocate({
      pool: { '2013': '125800000', '2014': '0', '2015': '264400000' },
      trackWeights: weights({ LATE: '1' }),
      tracks: [track('LATE', { ÆHU: '1' }, { startYear: 2015 })],
    });
    expect(r.unallocated).toEqual({ '2013': '125800000', '2014': '0' });
    expect(r.perYear['2013']).toEqual({
      pool: '125800000',
      allocated: '0',
      unallocated: '125800000',
      eligibleTracks: 0,
      sumOfWeights: null,
    });
    expect(r.perYear['2015'].unallocated).toBe('0');
    expect(r.cells).toEqual([{ trackCode: 'LATE', committeeCode: 'ÆHU', year: 2015, amount: '264400000' }]);
    expect(r.years).toEqual([2013, 2014, 2015]);
  });

  it('leaves 0 kr. cells out of cells but keeps the track in trackAmounts', () => {
    const r = allocate({
      pool: { '2014': '1' },
      trackWeights: weights({ A: '1', B: '1' }),
      tracks: [track('A', { BUU: '1', SAU: '1' }), track('B', { ØU: '1' })],
    });
    expect(r.cells).toEqual([{ trackCode: 'A', committeeCode: 'BUU', year: 2014, amount: '1' }]);
    expect(r.trackAmounts.map((t) => [t.trackCode, t.amount])).toEqual([
      ['A', '1'],
      ['B', '0'],
    ]);
  });

  it('accepts pools written with øre as long as they are whole kroner ("100.00")', () => {
    const r = allocate({ pool: { '2014': '100.00' }, trackWeights: weights({ A: '1' }), tracks: [track('A', { ØU: '1' })] });
    expect(r.perYear['2014'].pool).toBe('100');
  });
});

describe('allocate: the Odense case (budget 2014, top-down; weights from the report, illustrative)', () => {
  // Pool as in the framework announcement: 125.8 mio. kr. in the first year rising to 264.4.
  const input: AllocationInput = {
    pool: { '2014': '125800000', '2015': '180000000', '2016': '230000000', '2017': '264400000' },
    trackWeights: weights({
      SELV: '26', SVR: '26', LEV: '45', VIF: '5', SUND: '10', BYG: '8', BØRN: '12', UKENDT: '2', VÆKST: '3',
    }),
    tracks: [
      track('SELV', { SAU: '1' }, { startYear: 2013 }),
      track('SVR', { ÆHU: '0.5', SAU: '0.3', BUU: '0.2' }, { startYear: 2013 }),
      track('SUND', { ÆHU: '1' }, { startYear: 2015 }),
      track('BYG', { BKU: '1' }),
      track('VÆKST', { ØU: '1' }, { startYear: 2013, status: 'paused' }),
      track('UKENDT', { ØU: '1' }, { startYear: 2013 }),
      track('LEV', { ÆHU: '1' }, { startYear: 2013 }),
      track('VIF', { ØU: '1' }, { startYear: 2013 }),
      track('BØRN', { BUU: '1' }),
    ],
  };
  const r = allocate(input);

  it('2014: 125,800,000 over Σw = 124; BØRN, LEV and VIF have the largest remainders and get the 3 leftover kroner', () => {
    // quota = 125800000·w/124; floors 8116129, 12174193, 45653225, 26377419, 26377419, 2029032, 5072580
    // (sum 125799997); remainders in 31sts: 1, 17, 25, 11, 11, 8, 20.
    expect(r.trackAmounts.filter((t) => t.year === 2014).map((t) => [t.trackCode, t.amount, t.gotExtra])).toEqual([
      ['BYG', '8116129', false],
      ['BØRN', '12174194', true],
      ['LEV', '45653226', true],
      ['SELV', '26377419', false],
      ['SVR', '26377419', false],
      ['UKENDT', '2029032', false],
      ['VIF', '5072581', true],
    ]);
    expect(r.perYear['2014']).toMatchObject({ eligibleTracks: 7, sumOfWeights: '124', allocated: '125800000' });
  });

  it('2014: SVR 26,377,419 over ÆHU 0.5 / SAU 0.3 / BUU 0.2 → 13,188,709 / 7,913,226 / 5,275,484', () => {
    // quotas 13188709.5, 7913225.7, 5275483.8: two kroner left, to BUU (.8) and SAU (.7).
    expect(cellMap(r.cells.filter((c) => c.year === 2014 && c.trackCode === 'SVR'))).toEqual({
      '2014/SVR/BUU': '5275484',
      '2014/SVR/SAU': '7913226',
      '2014/SVR/ÆHU': '13188709',
    });
  });

  it('SUND joins in 2015; VÆKST is paused throughout', () => {
    expect(r.cells.some((c) => c.trackCode === 'SUND' && c.year === 2014)).toBe(false);
    expect(cellMap(r.cells.filter((c) => c.trackCode === 'SUND'))).toEqual({
      '2015/SUND/ÆHU': '13432836',
      '2016/SUND/ÆHU': '17164179',
      '2017/SUND/ÆHU': '19731343',
    });
    expect(r.cells.some((c) => c.trackCode === 'VÆKST')).toBe(false);
    expect(r.perYear['2015']).toMatchObject({ eligibleTracks: 8, sumOfWeights: '134' });
  });

  it('2017 in full', () => {
    expect(cellMap(r.cells.filter((c) => c.year === 2017))).toEqual({
      '2017/BYG/BKU': '15785075',
      '2017/BØRN/BUU': '23677612',
      '2017/LEV/ÆHU': '88791045',
      '2017/SELV/SAU': '51301492',
      '2017/SUND/ÆHU': '19731343',
      '2017/SVR/BUU': '10260298',
      '2017/SVR/SAU': '15390448',
      '2017/SVR/ÆHU': '25650746',
      '2017/UKENDT/ØU': '3946269',
      '2017/VIF/ØU': '9865672',
    });
  });

  it('every year is fully allocated', () => {
    for (const y of r.years) {
      const sum = r.cells.filter((c) => c.year === y).reduce((s, c) => s + BigInt(c.amount), 0n);
      expect(sum.toString()).toBe(input.pool[String(y)]);
    }
    expect(r.unallocated).toEqual({});
  });
});

describe('allocate: refuses input it cannot allocate', () => {
  const base: AllocationInput = { pool: { '2014': '100' }, trackWeights: weights({ A: '1' }), tracks: [track('A', { ØU: '1' })] };
  const codeOf = (input: unknown) => {
    try {
      allocate(input as AllocationInput);
    } catch (e) {
      if (e instanceof AllocationError) return [e.code, e.path];
      throw e;
    }
    return undefined;
  };

  it('a weighted track that does not exist', () => {
    expect(codeOf({ ...base, trackWeights: weights({ A: '1', GHOST: '1' }) })).toEqual(['unknown_track', 'trackWeights[1].trackCode']);
    expect(() => allocate({ ...base, trackWeights: weights({ GHOST: '1' }) })).toThrow(
      'Rammeudmeldingen giver sporet GHOST en vægt, men sporet findes ikke.',
    );
  });

  it('a weighted track without committee shares', () => {
    expect(codeOf({ ...base, tracks: [track('A', {})] })).toEqual(['no_shares', 'tracks[0].shares']);
  });

  it.each<[string, unknown, string, string]>([
    ['a negative pool', { ...base, pool: { '2014': '-1' } }, 'invalid_pool_amount', 'pool.2014'],
    ['a pool with øre', { ...base, pool: { '2014': '100.50' } }, 'invalid_pool_amount', 'pool.2014'],
    ['a pool as a number', { ...base, pool: { '2014': 100 } }, 'invalid_pool_amount', 'pool.2014'],
    ['a year that is not a year', { ...base, pool: { '2014.5': '1' } }, 'invalid_year', 'pool.2014.5'],
    ['a negative track weight', { ...base, trackWeights: weights({ A: '-1' }) }, 'invalid_weight', 'trackWeights[0].weight'],
    ['a weight with 7 decimals', { ...base, trackWeights: weights({ A: '0.0000001' }) }, 'invalid_weight', 'trackWeights[0].weight'],
    ['a share weight of 0', { ...base, tracks: [track('A', { ØU: '0' })] }, 'invalid_share_weight', 'tracks[0].shares[0].weight'],
    ['a track weighted twice', { ...base, trackWeights: weights({ A: '1' }).concat(weights({ A: '2' })) }, 'duplicate_track_weight', 'trackWeights[1].trackCode'],
    ['two tracks with one code', { ...base, tracks: [track('A', { ØU: '1' }), track('A', { BUU: '1' })] }, 'duplicate_track', 'tracks[1].code'],
    ['a committee twice in a track', { ...base, tracks: [{ ...track('A', { ØU: '1' }), shares: [{ committeeCode: 'ØU', weight: '1' }, { committeeCode: 'ØU', weight: '2' }] }] }, 'duplicate_share', 'tracks[0].shares[1].committeeCode'],
    ['an unknown status', { ...base, tracks: [track('A', { ØU: '1' }, { status: 'done' as TrackStatus })] }, 'invalid_status', 'tracks[0].status'],
    ['a start year that is not an integer', { ...base, tracks: [track('A', { ØU: '1' }, { startYear: 2014.5 })] }, 'invalid_start_year', 'tracks[0].startYear'],
    ['no input at all', null, 'invalid_input', ''],
  ])('%s', (_, input, code, path) => {
    expect(codeOf(input)).toEqual([code, path]);
  });
});

// ---------------------------------------------------------------------------------------
// Properties. Codes are chosen to make code-point order matter (Å < Æ < Ø; 'ﬀ' U+FB00 <
// '𝔄' U+1D504 although '𝔄' is smaller in UTF-16), weights to make ties common.

const trackCodes = ['A', 'B', 'SVR', 'SELV', 'ÆHF', 'ØKO', 'Å1', 'ﬀ', '𝔄', 'z_1', 'X-2'];
const committeeCodes = ['ØU', 'BKU', 'BUU', 'SAU', 'ÆHU', 'Å', 'ﬀ', '𝔄'];
const weightArb = fc.oneof(
  fc.constantFrom('1', '1', '2', '3', '0.5', '1.5', '0.333333', '0.000001'),
  fc.bigInt({ min: 1n, max: 10n ** 12n }).map(toWeightString),
);
const poolArb = fc.oneof(fc.bigInt({ min: 0n, max: 25n }), fc.bigInt({ min: 0n, max: 10n ** 15n - 1n })).map(String);
const statusArb = fc.constantFrom<TrackStatus>('active', 'active', 'active', 'paused', 'closed');
const trackArb = (code: string) =>
  fc.record({
    code: fc.constant(code),
    status: statusArb,
    startYear: fc.integer({ min: 2012, max: 2019 }),
    shares: fc.uniqueArray(fc.record({ committeeCode: fc.constantFrom(...committeeCodes), weight: weightArb }), {
      minLength: 1,
      maxLength: 5,
      selector: (s) => s.committeeCode,
    }),
  });
const inputArb: fc.Arbitrary<AllocationInput> = fc
  .record({
    years: fc.uniqueArray(fc.integer({ min: 2012, max: 2019 }), { maxLength: 5 }),
    pools: fc.array(poolArb, { minLength: 5, maxLength: 5 }),
    codes: fc.uniqueArray(fc.constantFrom(...trackCodes), { minLength: 1, maxLength: trackCodes.length }),
  })
  .chain(({ years, pools, codes }) =>
    fc.record({
      pool: fc.constant(Object.fromEntries(years.map((y, i) => [String(y), pools[i]]))),
      tracks: fc.tuple(...codes.map(trackArb)),
      trackWeights: fc
        .subarray(codes)
        .chain((named) =>
          fc.tuple(...named.map((trackCode) => fc.record({ trackCode: fc.constant(trackCode), weight: fc.oneof(weightArb, fc.constant('0')) }))),
        ),
    }),
  );

const isZero = (w: string) => /^0(\.0+)?$/.test(w);

/** The rule written plainly on top of money's `apportion`: the oracle for `allocate`. */
function reference(input: AllocationInput) {
  const byCode = new Map(input.tracks.map((t) => [t.code, t]));
  const cells: AllocationCell[] = [];
  const trackAmounts = new Map<string, bigint>();
  const unallocated: Record<string, string> = {};
  for (const y of Object.keys(input.pool).map(Number).sort((a, b) => a - b)) {
    const pool = BigInt(input.pool[String(y)]);
    const eligible = input.trackWeights.filter((tw) => {
      const t = byCode.get(tw.trackCode);
      return !isZero(tw.weight) && t?.status === 'active' && t.startYear <= y;
    });
    if (eligible.length === 0) {
      unallocated[y] = pool.toString();
      continue;
    }
    for (const t of apportion(pool, eligible.map((tw) => ({ key: tw.trackCode, weight: tw.weight })))) {
      trackAmounts.set(`${y}/${t.key}`, t.amount);
      const shares = byCode.get(t.key)?.shares ?? [];
      for (const c of apportion(t.amount, shares.map((s) => ({ key: s.committeeCode, weight: s.weight })))) {
        if (c.amount > 0n) cells.push({ trackCode: t.key, committeeCode: c.key, year: y, amount: c.amount.toString() });
      }
    }
  }
  cells.sort((a, b) => a.year - b.year || compareCodePoints(a.trackCode, b.trackCode) || compareCodePoints(a.committeeCode, b.committeeCode));
  return { cells, trackAmounts, unallocated };
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const sumOf = (cells: readonly AllocationCell[]) => cells.reduce((s, c) => s + BigInt(c.amount), 0n);

describe('allocate: properties', () => {
  it('equals the rule written plainly with apportion (cells, track amounts, unallocated years)', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = allocate(input);
        const ref = reference(input);
        expect(r.cells).toEqual(ref.cells);
        expect(r.unallocated).toEqual(ref.unallocated);
        expect(new Map(r.trackAmounts.map((t) => [`${t.year}/${t.trackCode}`, BigInt(t.amount)]))).toEqual(ref.trackAmounts);
      }),
      { numRuns: 300 },
    );
  });

  it('per year, the cells plus the unallocated amount are exactly the pool', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = allocate(input);
        for (const y of r.years) {
          const key = String(y);
          const cellSum = sumOf(r.cells.filter((c) => c.year === y));
          const unallocated = BigInt(r.unallocated[key] ?? '0');
          expect(cellSum + unallocated).toBe(BigInt(input.pool[key]));
          expect(r.perYear[key].allocated).toBe(cellSum.toString());
          expect(r.perYear[key].unallocated).toBe(unallocated.toString());
        }
      }),
    );
  });

  it('per track and year, the committee cells are exactly the track amount', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = allocate(input);
        for (const t of r.trackAmounts) {
          const cells = r.cells.filter((c) => c.year === t.year && c.trackCode === t.trackCode);
          expect(sumOf(cells).toString()).toBe(t.amount);
        }
      }),
    );
  });

  it('every cell is a whole number of kroner > 0 in canonical form, and cells are sorted by year, track, committee', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { cells } = allocate(input);
        for (const c of cells) expect(c.amount).toMatch(/^[1-9]\d*$/);
        const sorted = [...cells].sort(
          (a, b) => a.year - b.year || compareCodePoints(a.trackCode, b.trackCode) || compareCodePoints(a.committeeCode, b.committeeCode),
        );
        expect(cells).toEqual(sorted);
      }),
    );
  });

  it('does not depend on the order of trackWeights, tracks or shares', () => {
    fc.assert(
      fc.property(inputArb, fc.integer(), (input, seed) => {
        const reordered: AllocationInput = {
          pool: Object.fromEntries(shuffled(Object.entries(input.pool), seed)),
          trackWeights: shuffled(input.trackWeights, seed + 1),
          tracks: shuffled(input.tracks, seed + 2).map((t, i) => ({ ...t, shares: shuffled(t.shares, seed + 3 + i) })),
        };
        expect(allocate(reordered)).toEqual(allocate(input));
      }),
    );
  });

  it('each track is within one krone of its quota, and each committee within one krone of its share', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = allocate(input);
        const byCode = new Map(input.tracks.map((t) => [t.code, t]));
        for (const t of r.trackAmounts) {
          const { sumOfWeights, pool } = r.perYear[String(t.year)];
          const num = BigInt(pool) * parseWeight(t.weight);
          const floor = num / parseWeight(sumOfWeights as string);
          const amount = BigInt(t.amount);
          expect(amount >= floor && amount <= floor + 1n).toBe(true);
          expect(amount === floor + 1n).toBe(t.gotExtra);

          const shares = byCode.get(t.trackCode)?.shares ?? [];
          const shareSum = shares.reduce((s, x) => s + parseWeight(x.weight), 0n);
          for (const s of shares) {
            const cell = r.cells.find((c) => c.year === t.year && c.trackCode === t.trackCode && c.committeeCode === s.committeeCode);
            const cellAmount = BigInt(cell?.amount ?? '0');
            const cellFloor = (amount * parseWeight(s.weight)) / shareSum;
            expect(cellAmount >= cellFloor && cellAmount <= cellFloor + 1n).toBe(true);
          }
        }
      }),
    );
  });

  it('only eligible tracks get money: named with weight > 0, active and started', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = allocate(input);
        const byCode = new Map(input.tracks.map((t) => [t.code, t]));
        const weightOf = new Map(input.trackWeights.map((tw) => [tw.trackCode, tw.weight]));
        for (const c of r.cells) {
          const t = byCode.get(c.trackCode) as AllocationTrack;
          const w = weightOf.get(c.trackCode);
          expect(w !== undefined && !isZero(w)).toBe(true);
          expect(t.status).toBe('active');
          expect(t.startYear).toBeLessThanOrEqual(c.year);
        }
        for (const x of r.excluded) {
          expect(r.trackAmounts.some((t) => t.year === x.year && t.trackCode === x.trackCode)).toBe(false);
        }
        const eligiblePerYear = (y: number) => r.trackAmounts.filter((t) => t.year === y).length;
        for (const y of r.years) {
          expect(r.perYear[String(y)].eligibleTracks).toBe(eligiblePerYear(y));
          expect(String(y) in r.unallocated).toBe(eligiblePerYear(y) === 0);
        }
      }),
    );
  });

  it('explainCell agrees with allocate on every cell, and its numbers add up', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = allocate(input);
        for (const cell of r.cells.slice(0, 8)) {
          const e = explainCell(input, cell);
          expect(e).toBeDefined();
          if (!e) return;
          expect(e.amount).toBe(cell.amount);
          const track = r.trackAmounts.find((t) => t.year === cell.year && t.trackCode === cell.trackCode);
          expect(e.trackAmount).toBe(track?.amount);
          expect(e.trackGotExtra).toBe(track?.gotExtra);
          expect(BigInt(e.trackAmount)).toBe(BigInt(e.trackFloor) + (e.trackGotExtra ? 1n : 0n));
          expect(BigInt(e.amount)).toBe(BigInt(e.committeeFloor) + (e.committeeGotExtra ? 1n : 0n));
          // quota = floor + remainder, exactly
          const q = e.committeeQuota;
          const rem = e.committeeRemainder;
          expect(BigInt(q.num) * BigInt(rem.den)).toBe((BigInt(e.committeeFloor) * BigInt(rem.den) + BigInt(rem.num)) * BigInt(q.den));
        }
      }),
      { numRuns: 50 },
    );
  });
});
