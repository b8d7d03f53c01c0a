import { AllocationMethod, Framework, NewFramework, Track, TrackWeight } from './framework.models';
import { localWeight, dateError, ParsedAmount, parsePoolAmount, ParsedWeight, parseWeightInput } from './framework-input';

/** The editor's raw text, as typed. `pool` is keyed by year, `weights` by track code. */
export interface FrameworkFormValue {
  readonly decidedOn: string;
  readonly decidedBy: string;
  readonly title: string;
  readonly allocationMethod: AllocationMethod;
  readonly pool: Readonly<Record<string, string>>;
  readonly weights: Readonly<Record<string, string>>;
}

/**
 * Error keys: 'decidedOn', 'decidedBy', 'title', 'pool.2014', 'weights.SVR', and 'weights'
 * for the list as a whole (top-down needs at least one weighted track).
 */
export type FieldErrors = Readonly<Record<string, string>>;

export interface FrameworkCheck {
  readonly errors: FieldErrors;
  /** Every period year's amount as parsed, for the "= 125.800.000 kr." hints. */
  readonly pool: Readonly<Record<string, ParsedAmount>>;
  readonly weights: Readonly<Record<string, ParsedWeight>>;
  /** The POST body; null while there is any error. */
  readonly body: NewFramework | null;
}

/** The API's limit for decidedBy and title (IsShortText: 1–200 characters). */
export const SHORT_TEXT_MAX = 200;

/**
 * The next revision starts as a copy of the current one: a revision usually changes one or
 * two figures. Without a current revision, a blank top-down frame decided by ØU.
 */
export function initialFormValue(
  current: Framework | null,
  budgetYear: number,
  periodYears: readonly number[],
  tracks: readonly Track[],
): FrameworkFormValue {
  const weights = new Map(current?.trackWeights.map((w) => [w.trackCode, w.weight]) ?? []);
  return {
    decidedOn: current?.decidedOn ?? '',
    // ØU (Økonomiudvalget), the committee's code: the same in both languages.
    decidedBy: current?.decidedBy ?? $localize`:@@framework.form.defaultDecidedBy:ØU`,
    title: current?.title ?? $localize`:@@framework.form.defaultTitle:Rammeudmelding for budget ${budgetYear}:year:`,
    allocationMethod: current?.allocationMethod ?? 'top_down',
    pool: Object.fromEntries(periodYears.map((y) => [String(y), current?.pool[String(y)] ?? ''])),
    weights: Object.fromEntries(tracks.map((t) => [t.code, localWeight(weights.get(t.code) ?? '')])),
  };
}

/** Validates the whole form the way the API will, with one message per bad field. */
export function checkFramework(value: FrameworkFormValue, periodYears: readonly number[], tracks: readonly Track[]): FrameworkCheck {
  const errors: Record<string, string> = {};
  const decidedOn = dateError(value.decidedOn);
  if (decidedOn) errors['decidedOn'] = decidedOn;
  const decidedBy = shortTextError(value.decidedBy, $localize`:@@framework.form.decidedByRequired:Skriv hvem der besluttede rammen, fx ØU.`);
  if (decidedBy) errors['decidedBy'] = decidedBy;
  const title = shortTextError(value.title, $localize`:@@framework.form.titleRequired:Skriv en titel, fx "Rammeudmelding for budget 2014".`);
  if (title) errors['title'] = title;

  const pool: Record<string, ParsedAmount> = {};
  for (const year of periodYears.map(String)) {
    const parsed = parsePoolAmount(value.pool[year] ?? '');
    pool[year] = parsed;
    if (!parsed.ok) errors[`pool.${year}`] = parsed.error;
  }

  const weights: Record<string, ParsedWeight> = {};
  const trackWeights: TrackWeight[] = [];
  for (const track of tracks) {
    const parsed = parseWeightInput(value.weights[track.code] ?? '');
    weights[track.code] = parsed;
    if (parsed.kind === 'error') errors[`weights.${track.code}`] = parsed.error;
    if (parsed.kind === 'weight') trackWeights.push({ trackCode: track.code, weight: parsed.weight });
  }
  if (value.allocationMethod === 'top_down' && trackWeights.length === 0 && !hasWeightErrors(errors)) {
    errors['weights'] = $localize`:@@framework.form.weightsRequired:Giv mindst ét spor en vægt: ved top-down fordeles puljen efter sporenes vægte.`;
  }

  const ok = Object.keys(errors).length === 0;
  const body: NewFramework | null = ok
    ? {
        decidedOn: value.decidedOn.trim(),
        decidedBy: value.decidedBy.trim(),
        title: value.title.trim(),
        allocationMethod: value.allocationMethod,
        pool: Object.fromEntries(Object.entries(pool).map(([year, p]) => [year, p.ok ? p.kroner : ''])),
        trackWeights,
      }
    : null;
  return { errors, pool, weights, body };
}

function shortTextError(text: string, required: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return required;
  return trimmed.length > SHORT_TEXT_MAX
    ? $localize`:@@framework.form.tooLong:Højst ${SHORT_TEXT_MAX}:max: tegn (nu ${trimmed.length}:length:).`
    : null;
}

function hasWeightErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).some((k) => k.startsWith('weights.'));
}
