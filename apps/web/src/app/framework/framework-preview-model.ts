import {
  allocate,
  AllocationError,
  AllocationInput,
  AllocationProblem,
  AllocationResult,
  summariseByTrack,
  validateAllocationInput,
} from '@budgetspor/shared/allocation';
import { compareCodePoints } from '@budgetspor/shared/money';
import { formatKroner } from '../core/format';
import { FrameworkFormValue } from './framework-form';
import { AllocationMethod, Track } from './framework.models';
import { localWeight, parsePoolAmount, parseWeightInput } from './framework-input';

/**
 * The editor's live preview: the form's pool and weights run through the very `allocate`
 * the worker runs, so what finance sees while typing is what the saved revision will give
 * (as long as the tracks do not change in between).
 */

export type AllocationInputResult =
  | { readonly ok: true; readonly input: AllocationInput }
  | { readonly ok: false; readonly missing: readonly string[] };

export interface PreviewAmounts {
  /** Year → whole kroner; every period year, "0" where nothing. */
  readonly amounts: Readonly<Record<string, string>>;
  readonly total: string;
}

export interface PreviewCommitteeRow extends PreviewAmounts {
  readonly code: string;
}

export interface PreviewTrackRow extends PreviewAmounts {
  readonly code: string;
  readonly name: string;
  /** In the page's notation, "0,5" / "0.5". */
  readonly weight: string;
  readonly committees: readonly PreviewCommitteeRow[];
}

export type Preview =
  | { readonly kind: 'bids' }
  | { readonly kind: 'missing'; readonly reasons: readonly string[] }
  | {
      readonly kind: 'ready';
      readonly years: readonly number[];
      readonly tracks: readonly PreviewTrackRow[];
      readonly pool: PreviewAmounts;
      readonly allocated: PreviewAmounts;
      readonly unallocated: PreviewAmounts;
      /** Valid input whose result may surprise: a paused track with a weight, a year left unallocated. */
      readonly notes: readonly string[];
    };

type PoolAndWeights = Pick<FrameworkFormValue, 'pool' | 'weights'>;

/** Form text + the tracks as they are now → the allocate input, or what is still missing. */
export function toAllocationInput(value: PoolAndWeights, periodYears: readonly number[], tracks: readonly Track[]): AllocationInputResult {
  const missing: string[] = [];
  const pool: Record<string, string> = {};
  for (const year of periodYears.map(String)) {
    const text = value.pool[year] ?? '';
    const parsed = parsePoolAmount(text);
    if (parsed.ok) pool[year] = parsed.kroner;
    else {
      missing.push(
        text.trim() === ''
          ? $localize`:@@framework.preview.poolMissing:Puljen for ${year}:year: mangler.`
          : $localize`:@@framework.preview.poolUnreadable:Puljen for ${year}:year: kan ikke læses: ${parsed.error}:error:`,
      );
    }
  }
  const trackWeights: { trackCode: string; weight: string }[] = [];
  const weighted: Track[] = [];
  let weightErrors = false;
  for (const track of tracks) {
    const parsed = parseWeightInput(value.weights[track.code] ?? '');
    if (parsed.kind === 'error') {
      weightErrors = true;
      missing.push($localize`:@@framework.preview.weightUnreadable:Vægten for ${track.name}:name: (${track.code}:code:) kan ikke læses: ${parsed.error}:error:`);
    }
    if (parsed.kind === 'weight') {
      trackWeights.push({ trackCode: track.code, weight: parsed.weight });
      weighted.push(track);
    }
  }
  if (trackWeights.length === 0 && !weightErrors) {
    missing.push($localize`:@@framework.preview.noWeights:Ingen spor har en vægt endnu.`);
  }
  if (missing.length > 0) return { ok: false, missing };
  // Only the weighted tracks take part; the others need not be read at all.
  const input: AllocationInput = {
    pool,
    trackWeights,
    tracks: weighted.map((t) => ({ code: t.code, status: t.status, startYear: t.startYear, shares: t.shares })),
  };
  return { ok: true, input };
}

/** The preview for the form as it is now. */
export function buildPreview(
  value: PoolAndWeights & { readonly allocationMethod: AllocationMethod },
  periodYears: readonly number[],
  tracks: readonly Track[],
): Preview {
  if (value.allocationMethod === 'bids') return { kind: 'bids' };
  const mapped = toAllocationInput(value, periodYears, tracks);
  if (!mapped.ok) return { kind: 'missing', reasons: mapped.missing };
  let result: AllocationResult;
  try {
    result = allocate(mapped.input);
  } catch (e) {
    // Tracks the API handed us should always be valid; say so rather than show wrong numbers.
    if (e instanceof AllocationError) return { kind: 'missing', reasons: e.problems.map((p) => p.message) };
    throw e;
  }
  const notes = validateAllocationInput(mapped.input)
    .filter((p) => p.severity === 'warning')
    .map((p) => noteText(p, mapped.input, result.years));
  return { kind: 'ready', years: result.years, ...previewTables(result, mapped.input, tracks), notes };
}

/**
 * A warning of the allocation library in the page's language, written again from its code and
 * path (the library's own message is Danish); one this page does not know keeps that message.
 */
export function noteText(problem: AllocationProblem, input: AllocationInput, years: readonly number[]): string {
  const index = Number(/\[(\d+)\]/.exec(problem.path)?.[1] ?? -1);
  const track = input.tracks[index];
  const period = years.length ? `${years[0]}–${years[years.length - 1]}` : '';
  switch (problem.code) {
    case 'zero_weight': {
      const code = input.trackWeights[index]?.trackCode;
      return code ? $localize`:@@framework.preview.zeroWeight:Sporet ${code}:code: har vægten 0 og får ingen midler.` : problem.message;
    }
    case 'track_not_active':
      if (!track) return problem.message;
      return track.status === 'paused'
        ? $localize`:@@framework.preview.trackPaused:Sporet ${track.code}:code: er sat på pause og får ingen midler, selv om det har en vægt.`
        : $localize`:@@framework.preview.trackClosed:Sporet ${track.code}:code: er lukket og får ingen midler, selv om det har en vægt.`;
    case 'track_not_started':
      return track
        ? $localize`:@@framework.preview.trackNotStarted:Sporet ${track.code}:code: starter først i ${track.startYear}:startYear: og får ingen midler i ${period}:period:.`
        : problem.message;
    case 'no_eligible_track': {
      const year = problem.path.replace(/^pool\./, '');
      const pool = input.pool[year];
      return pool === undefined
        ? problem.message
        : $localize`:@@framework.preview.noEligibleTrack:I ${year}:year: er der intet aktivt spor med en vægt, så hele puljen på ${formatKroner(pool)}:pool: står ufordelt.`;
    }
    default:
      return problem.message;
  }
}

function previewTables(result: AllocationResult, input: AllocationInput, tracks: readonly Track[]) {
  const years = result.years;
  const byTrack = summariseByTrack(result);
  const names = new Map(tracks.map((t) => [t.code, t.name]));
  const weights = new Map(input.trackWeights.map((w) => [w.trackCode, w.weight]));
  const shares = new Map(input.tracks.map((t) => [t.code, t.shares.map((s) => s.committeeCode).sort(compareCodePoints)]));
  const cells = new Map<string, Map<number, bigint>>();
  for (const c of result.cells) {
    const key = `${c.trackCode}\u0000${c.committeeCode}`;
    let perYear = cells.get(key);
    if (!perYear) cells.set(key, (perYear = new Map()));
    perYear.set(c.year, BigInt(c.amount));
  }
  const trackRows: PreviewTrackRow[] = byTrack.rows.map((row) => ({
    code: row.code,
    name: names.get(row.code) ?? row.code,
    weight: localWeight(weights.get(row.code) ?? ''),
    amounts: row.amounts,
    total: row.total,
    // Every committee of the track, a 0 kr. one included, so the split reads as complete.
    committees: (shares.get(row.code) ?? []).map((code) => ({
      code,
      ...amountsOf(years, (y) => cells.get(`${row.code}\u0000${code}`)?.get(y) ?? 0n),
    })),
  }));
  return {
    tracks: trackRows,
    pool: amountsOf(years, (y) => BigInt(result.perYear[y].pool)),
    allocated: amountsOf(years, (y) => BigInt(result.perYear[y].allocated)),
    unallocated: amountsOf(years, (y) => BigInt(result.perYear[y].unallocated)),
  };
}

function amountsOf(years: readonly number[], amount: (year: number) => bigint): PreviewAmounts {
  const amounts: Record<string, string> = {};
  let total = 0n;
  for (const y of years) {
    const a = amount(y);
    amounts[y] = a.toString();
    total += a;
  }
  return { amounts, total: total.toString() };
}
