import { allocate } from './allocate';
import type { AllocationInput, AllocationTrack } from './types';
import { validateAllocationInput } from './validate';

const track = (code: string, more: Partial<AllocationTrack> = {}): AllocationTrack => ({
  code,
  status: 'active',
  startYear: 2014,
  shares: [{ committeeCode: 'ØU', weight: '1' }],
  ...more,
});
const valid: AllocationInput = {
  pool: { '2014': '100', '2015': '200' },
  trackWeights: [{ trackCode: 'A', weight: '1' }],
  tracks: [track('A')],
};

describe('validateAllocationInput', () => {
  it('finds nothing wrong with valid input', () => {
    expect(validateAllocationInput(valid)).toEqual([]);
  });

  it('reports every error at once, with a path and a Danish message', () => {
    const problems = validateAllocationInput({
      pool: { '2014': '100,5', '2015': '-3' },
      trackWeights: [
        { trackCode: 'A', weight: '1,5' },
        { trackCode: 'GHOST', weight: '1' },
      ],
      tracks: [track('A', { shares: [{ committeeCode: 'ØU', weight: '0' }] })],
    });
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'invalid_pool_amount',
        path: 'pool.2014',
        message: 'Puljen for 2014 skal være et helt antal kroner som tekst uden tusindtalsseparator, fx "125800000".',
      },
      { severity: 'error', code: 'invalid_pool_amount', path: 'pool.2015', message: 'Puljen for 2015 må ikke være negativ.' },
      {
        severity: 'error',
        code: 'invalid_weight',
        path: 'trackWeights[0].weight',
        message: 'Vægten for sporet A skal være en vægt med punktum som decimaltegn, fx "0.333333".',
      },
      {
        severity: 'error',
        code: 'invalid_share_weight',
        path: 'tracks[0].shares[0].weight',
        message: 'Andelen for udvalget ØU i sporet A skal være en vægt større end 0.',
      },
      {
        severity: 'error',
        code: 'unknown_track',
        path: 'trackWeights[1].trackCode',
        message: 'Rammeudmeldingen giver sporet GHOST en vægt, men sporet findes ikke.',
      },
    ]);
  });

  it('warns about valid input whose result may surprise, and allocate still runs', () => {
    const input: AllocationInput = {
      pool: { '2014': '100', '2015': '200' },
      trackWeights: [
        { trackCode: 'NUL', weight: '0' },
        { trackCode: 'PAUSE', weight: '1' },
        { trackCode: 'LATE', weight: '1' },
        { trackCode: 'NEXT', weight: '1' },
      ],
      tracks: [track('PAUSE', { status: 'paused' }), track('NUL'), track('LATE', { startYear: 2016 }), track('NEXT', { startYear: 2015 })],
    };
    expect(validateAllocationInput(input)).toEqual([
      { severity: 'warning', code: 'zero_weight', path: 'trackWeights[0].weight', message: 'Sporet NUL har vægten 0 og får ingen midler.' },
      {
        severity: 'warning',
        code: 'track_not_active',
        path: 'tracks[0].status',
        message: 'Sporet PAUSE er sat på pause og får ingen midler, selv om det har en vægt.',
      },
      {
        severity: 'warning',
        code: 'track_not_started',
        path: 'tracks[2].startYear',
        message: 'Sporet LATE starter først i 2016 og får ingen midler i 2014–2015.',
      },
      {
        severity: 'warning',
        code: 'no_eligible_track',
        path: 'pool.2014',
        message: 'I 2014 er der intet aktivt spor med en vægt, så hele puljen på 100 kr. står ufordelt.',
      },
    ]);
    expect(allocate(input).unallocated).toEqual({ '2014': '100' });
  });

  it('reports input that is not shaped like an allocation input', () => {
    expect(validateAllocationInput(undefined).map((p) => p.code)).toEqual(['invalid_input']);
    expect(validateAllocationInput({ pool: [], trackWeights: {}, tracks: 'x' }).map((p) => [p.code, p.path])).toEqual([
      ['invalid_pool', 'pool'],
      ['invalid_tracks', 'tracks'],
      ['invalid_track_weights', 'trackWeights'],
    ]);
    expect(
      validateAllocationInput({ pool: {}, trackWeights: [{ weight: '1' }], tracks: [{ code: '' }] }).map((p) => [p.code, p.path]),
    ).toEqual([
      ['invalid_code', 'tracks[0].code'],
      ['invalid_code', 'trackWeights[0].trackCode'],
    ]);
  });
});
