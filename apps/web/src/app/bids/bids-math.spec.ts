import { formatKroner } from '@budgetspor/shared/money';
import { Track } from '../tracks/tracks.models';
import { EMPTY_BID, ParsedBid, parseBidInput, summariseBids } from './bids-math';
import { buildBidGroups } from './bids-rows';

const ok = (kroner: bigint): ParsedBid => ({ kind: 'ok', ore: kroner * 100n });
const kr = (ore: bigint) => formatKroner(ore);

describe('parseBidInput', () => {
  it.each([
    ['1234567', 1234567n],
    ['1.234.567', 1234567n],
    ['  1 234 567 ', 1234567n],
    ['1.234.567 kr.', 1234567n],
    ['26.000.000,00', 26000000n],
    ['0', 0n],
    ['007', 7n],
    ['999', 999n],
  ])('reads %p as %p kr.', (text, kroner) => {
    expect(parseBidInput(text)).toEqual(ok(kroner));
  });

  it('treats blank text as no bid', () => {
    expect(parseBidInput('')).toBe(EMPTY_BID);
    expect(parseBidInput('   ')).toBe(EMPTY_BID);
  });

  it.each([
    ['-5', 'Et bud kan ikke være negativt.'],
    ['1.234,50', 'Skriv hele kroner uden øre, fx 1.234.567.'],
    ['12.34', 'Skriv et helt antal kroner, fx 1.234.567 eller 1234567.'],
    ['1.2345.678', 'Skriv et helt antal kroner, fx 1.234.567 eller 1234567.'],
    ['1e6', 'Skriv et helt antal kroner, fx 1.234.567 eller 1234567.'],
    ['mange', 'Skriv et helt antal kroner, fx 1.234.567 eller 1234567.'],
    ['1234567890123456', 'Beløbet er for stort: højst 15 cifre.'],
  ])('rejects %p in Danish', (text, message) => {
    expect(parseBidInput(text)).toEqual({ kind: 'error', message });
  });
});

describe('summariseBids', () => {
  const years = [2014, 2015, 2016, 2017];
  const pool = { '2014': '100000000', '2015': '120000000', '2016': '125800000', '2017': '1234567' };

  it('sums bids per year and per row, and leaves pool minus bids uncovered', () => {
    const summary = summariseBids(
      years,
      [
        [ok(26_000_000n), ok(30_000_000n), EMPTY_BID, ok(1_000_000n)],
        [ok(13_000_000n), EMPTY_BID, ok(125_800_000n), ok(234_567n)],
      ],
      pool,
    );

    expect(summary.rowTotals.map(kr)).toEqual(['57.000.000 kr.', '139.034.567 kr.']);
    expect(summary.bids.amounts.map(kr)).toEqual(['39.000.000 kr.', '30.000.000 kr.', '125.800.000 kr.', '1.234.567 kr.']);
    expect(summary.pool.total).toBe(347_034_567_00n);
    expect(summary.uncovered.amounts.map(kr)).toEqual(['61.000.000 kr.', '90.000.000 kr.', '0 kr.', '0 kr.']);
    expect(summary.uncovered.total).toBe(summary.pool.total - summary.bids.total);
    expect(summary.invalidCells).toBe(0);
  });

  it('shows an over-bid year as a negative gap', () => {
    const summary = summariseBids([2014], [[ok(60_000_000n)], [ok(50_000_000n)]], { '2014': '100000000' });

    expect(kr(summary.uncovered.amounts[0])).toBe('-10.000.000 kr.');
  });

  it('counts text that is not a bid as 0 and says how many cells hold such text', () => {
    const summary = summariseBids(years, [[parseBidInput('abc'), ok(5n), EMPTY_BID, parseBidInput('-1')]], pool);

    expect(summary.bids.amounts).toEqual([0n, 500n, 0n, 0n]);
    expect(summary.invalidCells).toBe(2);
  });

  it('stays exact beyond 2^53 øre', () => {
    const big = ok(999_999_999_999_999n);
    const summary = summariseBids([2014], [[big], [big]], { '2014': '0' });

    expect(summary.bids.total).toBe(2n * 999_999_999_999_999_00n);
    expect(kr(summary.uncovered.total)).toBe('-1.999.999.999.999.998 kr.');
  });
});

describe('buildBidGroups', () => {
  const track = (code: string, startYear: number, status: Track['status'], committees: string[]): Track => ({
    code,
    name: `Spor ${code}`,
    description: null,
    administrationCode: 'BMF',
    startYear,
    status,
    dependsOnFreeMunicipality: false,
    shares: committees.map((committeeCode) => ({ committeeCode, weight: '1' })),
    version: 1,
  });
  const committees = ['ØU', 'SAU', 'ÆHU'].map((code) => ({ code, name: `Udvalg ${code}`, administrationCode: 'BMF' }));
  const years = [2014, 2015, 2016, 2017];

  it('has a row per committee share of the eligible tracks, in code-point order, with years before the start closed', () => {
    const groups = buildBidGroups(
      years,
      [track('ÆLIV', 2015, 'active', ['ÆHU']), track('SVR', 2013, 'active', ['ÆHU', 'SAU']), track('LATE', 2018, 'active', ['ØU']), track('PAUSE', 2014, 'paused', ['ØU'])],
      committees,
      [],
    );

    expect(groups.map((g) => g.trackCode)).toEqual(['SVR', 'ÆLIV']);
    expect(groups[0].rows.map((r) => [r.index, r.committeeCode])).toEqual([[0, 'SAU'], [1, 'ÆHU']]);
    expect(groups[1].rows[0].open).toEqual([false, true, true, true]);
    expect(groups[1].note).toBe('Bidrager fra 2015.');
  });

  it('keeps a paused track that already has bids, so a save does not drop them', () => {
    const groups = buildBidGroups(years, [track('PAUSE', 2016, 'paused', ['ØU'])], committees, [
      { trackCode: 'PAUSE', committeeCode: 'ØU', year: 2014, amount: '5' },
    ]);

    expect(groups.map((g) => g.note)).toEqual(['Sporet er sat på pause, men har bud.']);
    expect(groups[0].rows[0].open).toEqual([true, false, true, true]);
  });
});
