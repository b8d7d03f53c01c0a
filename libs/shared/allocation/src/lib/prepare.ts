import { MoneyError, ORE_PER_KRONE, compareCodePoints, parseKroner, parseWeight } from '@budgetspor/shared/money';
import { type WeightSet, weightSetInOrder } from './hamilton';
import type { AllocationProblem, AllocationProblemCode, TrackStatus } from './types';

/**
 * Turns an AllocationInput into what the rule needs, parsing every amount and weight
 * exactly once, and collects every reason to refuse it (with Danish messages for the
 * web editor). `allocate`, `explainCell` and `validateAllocationInput` all start here, so
 * the editor's preview refuses exactly what the worker refuses.
 */

export interface PreparedYear {
  year: number;
  /** The pool's key, e.g. "2014". */
  key: string;
  /** Whole kroner. */
  pool: bigint;
}

export interface PreparedTrack {
  code: string;
  /** Millionths; 0n means named in the framework with weight 0. */
  weight: bigint;
  status: TrackStatus;
  startYear: number;
  /** Committee code → share weight, committee codes ascending by code point. */
  shares: WeightSet;
  /** Where the track came from, for problem paths: trackWeights[weightIndex], tracks[trackIndex]. */
  weightIndex: number;
  trackIndex: number;
}

export interface Prepared {
  /** Ascending. */
  years: PreparedYear[];
  /** The tracks named in trackWeights, sorted by code (code points). */
  framework: PreparedTrack[];
}

export interface Preparation {
  /** Undefined when there is at least one problem. */
  prepared: Prepared | undefined;
  /** Errors only; warnings are derived from a valid preparation by validateAllocationInput. */
  problems: AllocationProblem[];
}

const YEAR_KEY = /^(?:0|[1-9]\d*)$/;
const ZERO_WEIGHT = /^0(?:\.0{1,6})?$/;
const STATUSES: ReadonlySet<unknown> = new Set<TrackStatus>(['active', 'paused', 'closed']);

export function prepare(input: unknown): Preparation {
  const problems: AllocationProblem[] = [];
  const error = (code: AllocationProblemCode, path: string, message: string) =>
    problems.push({ severity: 'error', code, path, message });

  if (!isRecord(input)) {
    error('invalid_input', '', 'Fordelingen mangler sine data: puljen, sporvægtene og sporene.');
    return { prepared: undefined, problems };
  }
  const years = prepareYears(input['pool'], error);
  const framework = prepareFramework(input['trackWeights'], input['tracks'], error);
  return { prepared: problems.length === 0 ? { years, framework } : undefined, problems };
}

type Report = (code: AllocationProblemCode, path: string, message: string) => void;

function prepareYears(pool: unknown, error: Report): PreparedYear[] {
  if (!isRecord(pool)) {
    error('invalid_pool', 'pool', 'Puljen skal angives som et beløb pr. år, fx {"2014": "125800000"}.');
    return [];
  }
  const years: PreparedYear[] = [];
  for (const key of Object.keys(pool)) {
    const year = Number(key);
    if (!YEAR_KEY.test(key) || !Number.isSafeInteger(year)) {
      error('invalid_year', `pool.${key}`, `"${key}" er ikke et årstal; puljen skal have hele årstal som nøgler, fx "2014".`);
      continue;
    }
    try {
      const ore = parseKroner(pool[key], { wholeKroner: true, allowNegative: false });
      years.push({ year, key, pool: ore / ORE_PER_KRONE });
    } catch (e) {
      error('invalid_pool_amount', `pool.${key}`, `Puljen for ${key} ${poolMessage(e)}.`);
    }
  }
  return years.sort((a, b) => a.year - b.year);
}

function poolMessage(e: unknown): string {
  if (!(e instanceof MoneyError)) throw e;
  switch (e.code) {
    case 'negative':
      return 'må ikke være negativ';
    case 'too_large':
      return e.message;
    default:
      return 'skal være et helt antal kroner som tekst uden tusindtalsseparator, fx "125800000"';
  }
}

function prepareFramework(trackWeights: unknown, tracks: unknown, error: Report): PreparedTrack[] {
  const byCode = indexTracks(tracks, error);
  if (!Array.isArray(trackWeights)) {
    error('invalid_track_weights', 'trackWeights', 'Sporvægtene skal være en liste (trackWeights).');
    return [];
  }
  const cache = new Map<string, bigint>();
  const drafts: Draft[] = [];
  const named = new Set<string>();
  for (let i = 0; i < trackWeights.length; i++) {
    const tw: unknown = trackWeights[i];
    const code = isRecord(tw) ? tw['trackCode'] : undefined;
    if (!isCode(code)) {
      error('invalid_code', `trackWeights[${i}].trackCode`, `Sporvægt nr. ${i + 1} mangler en sporkode.`);
      continue;
    }
    if (named.has(code)) {
      error('duplicate_track_weight', `trackWeights[${i}].trackCode`, `Sporet ${code} har mere end én vægt i rammeudmeldingen.`);
      continue;
    }
    named.add(code);
    const weight = readTrackWeight((tw as Record<string, unknown>)['weight'], cache, code, i, error);
    const found = byCode?.get(code);
    if (byCode && !found) {
      error('unknown_track', `trackWeights[${i}].trackCode`, `Rammeudmeldingen giver sporet ${code} en vægt, men sporet findes ikke.`);
      continue;
    }
    const draft = found && readTrack(found.track, found.index, cache, error);
    if (draft && weight !== undefined) drafts.push({ ...draft, weight, weightIndex: i });
  }
  // Committee codes repeat across tracks: rank them once by code point, so ordering each
  // track's shares compares small integers instead of strings.
  const rank = rankCodes(drafts);
  const framework: PreparedTrack[] = [];
  for (const { keys, weights, ...track } of drafts) {
    const shares = orderShares(track, keys, weights, rank, error);
    if (shares) framework.push({ ...track, shares });
  }
  return framework.sort((a, b) => compareCodePoints(a.code, b.code));
}

/** A track read from the input, its shares in input order. */
interface Draft extends Omit<PreparedTrack, 'shares'> {
  keys: string[];
  weights: bigint[];
}

interface Indexed {
  track: Record<string, unknown>;
  index: number;
}

/** Code → track; undefined when `tracks` is not a list at all. */
function indexTracks(tracks: unknown, error: Report): Map<string, Indexed> | undefined {
  if (!Array.isArray(tracks)) {
    error('invalid_tracks', 'tracks', 'Sporene skal være en liste (tracks).');
    return undefined;
  }
  const byCode = new Map<string, Indexed>();
  for (let index = 0; index < tracks.length; index++) {
    const track: unknown = tracks[index];
    const code = isRecord(track) ? track['code'] : undefined;
    if (!isCode(code)) {
      error('invalid_code', `tracks[${index}].code`, `Spor nr. ${index + 1} mangler en kode.`);
    } else if (byCode.has(code)) {
      error('duplicate_track', `tracks[${index}].code`, `Sporkoden ${code} forekommer mere end én gang.`);
    } else {
      byCode.set(code, { track: track as Record<string, unknown>, index });
    }
  }
  return byCode;
}

/** Problem paths are built only when there is a problem: the loops run once per share. */
function readTrack(
  track: Record<string, unknown>,
  trackIndex: number,
  cache: Map<string, bigint>,
  error: Report,
): Omit<Draft, 'weight' | 'weightIndex'> | undefined {
  const code = track['code'] as string;
  const { status, startYear, shares } = track;
  let ok = true;
  if (!STATUSES.has(status)) {
    ok = false;
    error(
      'invalid_status',
      `tracks[${trackIndex}].status`,
      `Sporet ${code} har en ukendt status; den skal være active (aktiv), paused (sat på pause) eller closed (lukket).`,
    );
  }
  if (typeof startYear !== 'number' || !Number.isSafeInteger(startYear)) {
    ok = false;
    error('invalid_start_year', `tracks[${trackIndex}].startYear`, `Sporet ${code} skal have et startår som helt tal, fx 2014.`);
  }
  if (!Array.isArray(shares) || shares.length === 0) {
    error('no_shares', `tracks[${trackIndex}].shares`, `Sporet ${code} er ikke fordelt på noget udvalg; det skal have mindst én udvalgsandel.`);
    return undefined;
  }
  const keys: string[] = [];
  const weights: bigint[] = [];
  for (let i = 0; i < shares.length; i++) {
    const share: unknown = shares[i];
    const committeeCode = isRecord(share) ? share['committeeCode'] : undefined;
    if (!isCode(committeeCode)) {
      ok = false;
      error(
        'invalid_code',
        `tracks[${trackIndex}].shares[${i}].committeeCode`,
        `Udvalgsandel nr. ${i + 1} i sporet ${code} mangler en udvalgskode.`,
      );
      continue;
    }
    const weight = readShareWeight((share as Record<string, unknown>)['weight'], cache);
    if (typeof weight === 'string') {
      ok = false;
      error(
        'invalid_share_weight',
        `tracks[${trackIndex}].shares[${i}].weight`,
        `Andelen for udvalget ${committeeCode} i sporet ${code} ${weight}.`,
      );
      continue;
    }
    keys.push(committeeCode);
    weights.push(weight);
  }
  if (!ok) return undefined;
  return { code, status: status as TrackStatus, startYear: startYear as number, trackIndex, keys, weights };
}

function rankCodes(drafts: readonly Draft[]): Map<string, number> {
  const distinct = new Set<string>();
  for (const d of drafts) for (const k of d.keys) distinct.add(k);
  const rank = new Map<string, number>();
  [...distinct].sort(compareCodePoints).forEach((code, i) => rank.set(code, i));
  return rank;
}

/** The track's shares in committee-code order; undefined after reporting a committee named twice. */
function orderShares(
  track: Omit<Draft, 'keys' | 'weights'>,
  keys: string[],
  weights: bigint[],
  rank: ReadonlyMap<string, number>,
  error: Report,
): WeightSet | undefined {
  const ranks = keys.map((k) => rank.get(k) as number);
  let ascending = true;
  for (let i = 1; i < ranks.length && ascending; i++) ascending = ranks[i - 1] < ranks[i];
  if (ascending) return weightSetInOrder(keys, weights);

  // Out of order or a committee twice (input index breaks the tie, so repeats come later).
  const order = ranks.map((_, i) => i).sort((a, b) => ranks[a] - ranks[b] || a - b);
  let ok = true;
  for (let k = 1; k < order.length; k++) {
    const i = order[k];
    if (ranks[i] !== ranks[order[k - 1]]) continue;
    ok = false;
    error(
      'duplicate_share',
      `tracks[${track.trackIndex}].shares[${i}].committeeCode`,
      `Udvalget ${keys[i]} har mere end én andel i sporet ${track.code}.`,
    );
  }
  if (!ok) return undefined;
  return weightSetInOrder(
    order.map((i) => keys[i]),
    order.map((i) => weights[i]),
  );
}

/** A track weight: 0 is allowed (the track then gets nothing). Undefined after reporting a problem. */
function readTrackWeight(
  value: unknown,
  cache: Map<string, bigint>,
  code: string,
  index: number,
  error: Report,
): bigint | undefined {
  if (typeof value === 'string' && ZERO_WEIGHT.test(value)) return 0n;
  const weight = readShareWeight(value, cache);
  if (typeof weight === 'bigint') return weight;
  // parseWeight says "større end 0" for negatives, which would mislead: 0 is fine here.
  const message = weight === NOT_POSITIVE ? 'må ikke være negativ' : weight;
  error('invalid_weight', `trackWeights[${index}].weight`, `Vægten for sporet ${code} ${message}.`);
  return undefined;
}

const NOT_POSITIVE = 'skal være en vægt større end 0';

/** Positive weight in millionths, or the Danish reason it is not one. Caches by text: most weights repeat. */
function readShareWeight(value: unknown, cache: Map<string, bigint>): bigint | string {
  if (typeof value === 'string') {
    const cached = cache.get(value);
    if (cached !== undefined) return cached;
  }
  try {
    const weight = parseWeight(value);
    cache.set(value as string, weight);
    return weight;
  } catch (e) {
    if (!(e instanceof MoneyError)) throw e;
    return e.code === 'not_positive' ? NOT_POSITIVE : e.message;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCode(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}
