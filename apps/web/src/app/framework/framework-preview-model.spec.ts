import { buildPreview, toAllocationInput } from './framework-preview-model';
import { Track } from './framework.models';

const track = (code: string, shares: Record<string, string>, extra: Partial<Track> = {}): Track => ({
  code,
  name: `Spor ${code}`,
  startYear: 2014,
  status: 'active',
  shares: Object.entries(shares).map(([committeeCode, weight]) => ({ committeeCode, weight })),
  ...extra,
});

const SVR = track('SVR', { ØU: '1', SAU: '1', ÆHU: '1' });
const SELV = track('SELV', { SAU: '1' });
const YEARS = [2014, 2015];

describe('toAllocationInput', () => {
  it('maps kroner text and Danish weights to the allocate input, only weighted tracks', () => {
    const result = toAllocationInput(
      { pool: { '2014': '125,8 mio.', '2015': '300' }, weights: { SVR: '2', SELV: '0,5', OTHER: '' } },
      YEARS,
      [SVR, SELV, track('OTHER', { ØU: '1' })],
    );
    expect(result).toEqual({
      ok: true,
      input: {
        pool: { '2014': '125800000', '2015': '300' },
        trackWeights: [
          { trackCode: 'SVR', weight: '2' },
          { trackCode: 'SELV', weight: '0.5' },
        ],
        tracks: [
          { code: 'SVR', status: 'active', startYear: 2014, shares: SVR.shares },
          { code: 'SELV', status: 'active', startYear: 2014, shares: SELV.shares },
        ],
      },
    });
  });

  it('says what is missing instead of guessing', () => {
    expect(toAllocationInput({ pool: { '2014': '', '2015': '12,5' }, weights: { SVR: 'x', SELV: '' } }, YEARS, [SVR, SELV])).toEqual({
      ok: false,
      missing: [
        'Puljen for 2014 mangler.',
        'Puljen for 2015 kan ikke læses: Puljen skal være et helt antal kroner, uden øre.',
        'Vægten for Spor SVR (SVR) kan ikke læses: Skriv vægten som et positivt tal, fx 1 eller 0,5.',
      ],
    });
    expect(toAllocationInput({ pool: { '2014': '1', '2015': '1' }, weights: { SVR: '0' } }, YEARS, [SVR])).toEqual({
      ok: false,
      missing: ['Ingen spor har en vægt endnu.'],
    });
  });
});

describe('buildPreview', () => {
  it('gives 200/100 of a 300 kr. pool to two tracks weighted 2 and 1', () => {
    const preview = buildPreview(
      { allocationMethod: 'top_down', pool: { '2014': '300' }, weights: { SVR: '2', SELV: '1' } },
      [2014],
      [SELV, SVR],
    );
    expect(preview.kind).toBe('ready');
    if (preview.kind !== 'ready') return;
    expect(preview.tracks.map((t) => [t.code, t.weight, t.amounts['2014']])).toEqual([
      ['SELV', '1', '100'],
      ['SVR', '2', '200'],
    ]);
    expect(preview.allocated).toEqual({ amounts: { '2014': '300' }, total: '300' });
    expect(preview.unallocated).toEqual({ amounts: { '2014': '0' }, total: '0' });
  });

  it('splits each track over its committees, the leftover kroner by code point (SAU, ÆHU before ØU)', () => {
    const preview = buildPreview(
      { allocationMethod: 'top_down', pool: { '2014': '125,8 mio.', '2015': '130.000.000' }, weights: { SVR: '2', SELV: '1' } },
      YEARS,
      [SELV, SVR],
    );
    if (preview.kind !== 'ready') throw new Error(preview.kind);
    const svr = preview.tracks.find((t) => t.code === 'SVR');
    expect(svr?.amounts).toEqual({ '2014': '83866667', '2015': '86666667' });
    expect(svr?.total).toBe('170533334');
    expect(svr?.committees).toEqual([
      { code: 'SAU', amounts: { '2014': '27955556', '2015': '28888889' }, total: '56844445' },
      { code: 'ÆHU', amounts: { '2014': '27955556', '2015': '28888889' }, total: '56844445' },
      { code: 'ØU', amounts: { '2014': '27955555', '2015': '28888889' }, total: '56844444' },
    ]);
    expect(preview.tracks.find((t) => t.code === 'SELV')?.amounts).toEqual({ '2014': '41933333', '2015': '43333333' });
    expect(preview.pool).toEqual({ amounts: { '2014': '125800000', '2015': '130000000' }, total: '255800000' });
    expect(preview.notes).toEqual([]);
  });

  it('keeps a year with no eligible track unallocated and says why', () => {
    const late = track('LATE', { SAU: '1' }, { startYear: 2015 });
    const preview = buildPreview({ allocationMethod: 'top_down', pool: { '2014': '1000', '2015': '500' }, weights: { LATE: '1' } }, YEARS, [late]);
    if (preview.kind !== 'ready') throw new Error(preview.kind);
    expect(preview.tracks.map((t) => t.amounts)).toEqual([{ '2014': '0', '2015': '500' }]);
    expect(preview.unallocated).toEqual({ amounts: { '2014': '1000', '2015': '0' }, total: '1000' });
    expect(preview.allocated.total).toBe('500');
    expect(preview.notes).toEqual(['I 2014 er der intet aktivt spor med en vægt, så hele puljen på 1.000 kr. står ufordelt.']);
  });

  it('notes a paused track that has a weight', () => {
    const paused = track('PAUSE', { SAU: '1' }, { status: 'paused' });
    const preview = buildPreview({ allocationMethod: 'top_down', pool: { '2014': '10', '2015': '10' }, weights: { SVR: '1', PAUSE: '1' } }, YEARS, [SVR, paused]);
    if (preview.kind !== 'ready') throw new Error(preview.kind);
    expect(preview.tracks.map((t) => t.code)).toEqual(['SVR']);
    expect(preview.notes).toEqual(['Sporet PAUSE er sat på pause og får ingen midler, selv om det har en vægt.']);
  });

  it('has no preview for bids and lists what is missing', () => {
    expect(buildPreview({ allocationMethod: 'bids', pool: {}, weights: {} }, YEARS, [SVR])).toEqual({ kind: 'bids' });
    expect(buildPreview({ allocationMethod: 'top_down', pool: { '2014': '1' }, weights: { SVR: '1' } }, YEARS, [SVR])).toEqual({
      kind: 'missing',
      reasons: ['Puljen for 2015 mangler.'],
    });
  });
});
