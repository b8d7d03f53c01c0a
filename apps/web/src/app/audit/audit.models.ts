import { formatKroner, isKronerString } from '@budgetspor/shared/money';
import { formatDateTime } from '../core/api-error';

/** One record of `GET /api/audit`: who did what to which resource, and the resource before and after. */
export interface AuditRow {
  readonly id: string;
  readonly at: string;
  /** The user's e-mail, or "system" for background jobs (the allocation, the demo data). */
  readonly actor: string;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  /** The resource as the API returned it; null when created (before) or deleted (after). */
  readonly before: unknown;
  readonly after: unknown;
}

export interface AuditFilter {
  readonly entityType: string;
  readonly entityId: string;
  readonly limit: number;
}

/** The API's page sizes: default 100, at most 1000. */
export const LIMITS: readonly number[] = [50, 100, 500, 1000];
export const DEFAULT_LIMIT = 100;

/** Actions in Danish; an action not listed is shown as the API names it. */
export const ACTION_LABELS: Readonly<Record<string, string>> = {
  create: 'Oprettet',
  update: 'Ændret',
  delete: 'Slettet',
  replace: 'Erstattet',
  allocate: 'Fordelt',
  confirm: 'Bekræftet',
  login: 'Logget ind',
  login_failed: 'Mislykket login',
  export: 'Hentet som fil',
};

/** The resource types the API audits, in Danish, in the order the filter lists them. */
export const ENTITY_TYPE_LABELS: Readonly<Record<string, string>> = {
  savings: 'Besparelse',
  framework: 'Rammeudmelding',
  bids: 'Bud',
  allocation_run: 'Fordelingskørsel',
  track: 'Innovationsspor',
  budget_year: 'Budgetår',
  committee: 'Udvalg',
  administration: 'Forvaltning',
  user: 'Bruger',
  follow_up_round: 'Opfølgningsrunde',
  follow_up_cell: 'Opfølgningscelle',
  milestone: 'Milepæl',
  effect_goal: 'Effektmål',
  effect_indicator: 'Indikator',
  effect_indicator_value: 'Indikatorværdi',
  price_index: 'Prisindeks',
  calendar_token: 'Kalendernøgle',
  file: 'Fil (eksport eller rapport)',
};

/** Field names of the resources in Danish, where a reader would not know the English one. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  id: 'Id',
  code: 'Kode',
  name: 'Navn',
  title: 'Titel',
  email: 'E-mail',
  role: 'Rolle',
  status: 'Status',
  comment: 'Kommentar',
  expected: 'Forventet',
  forecast: 'Prognose',
  realised: 'Realiseret',
  trackCode: 'Spor',
  committeeCode: 'Udvalg',
  committeeCodes: 'Udvalg',
  administrationCode: 'Forvaltning',
  year: 'År',
  budgetYear: 'Budgetår',
  startYear: 'Startår',
  revision: 'Revision',
  decidedOn: 'Besluttet den',
  decidedBy: 'Besluttet af',
  allocationMethod: 'Fordelingsmetode',
  pool: 'Pulje',
  trackWeights: 'Sporvægte',
  weight: 'Vægt',
  shares: 'Andele',
  amount: 'Beløb',
  description: 'Beskrivelse',
  version: 'Version',
  createdAt: 'Oprettet',
  createdBy: 'Oprettet af',
  updatedAt: 'Opdateret',
  updatedBy: 'Opdateret af',
};

/**
 * Codes some fields hold, in the words the pages use for them (the savings page's statuses,
 * the budget year's phases, …); keyed by field, since "closed" is a year's phase and a track's status.
 */
const VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  status: {
    on_track: 'På sporet', at_risk: 'I risiko', off_track: 'Ikke på sporet', realised: 'Realiseret',
    draft: 'Kladde', framework_announced: 'Rammeudmeldt', agreed: 'Budgetforlig', closed: 'Lukket',
    active: 'Aktiv', paused: 'Sat på pause', queued: 'I kø', running: 'Beregner', succeeded: 'Gennemført', failed: 'Fejlet',
  },
  allocationMethod: { top_down: 'Top-down (vægte)', bids: 'Bud fra udvalgene' },
  role: { admin: 'Administrator', finance: 'Økonomi', committee: 'Udvalg', director: 'Direktion' },
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

export function entityTypeLabel(type: string): string {
  return ENTITY_TYPE_LABELS[type] ?? type;
}

/** "system" is the background jobs, not a person. */
export function actorLabel(actor: string): string {
  return actor === 'system' ? 'System (baggrundsjob)' : actor;
}

/** One field of a record, before and after, in words. */
export interface ValueLine {
  readonly key: string;
  readonly label: string;
  readonly before: string | null;
  readonly after: string | null;
  readonly changed: boolean;
}

/**
 * Before and after as readable lines, one per field, nested fields by path ("Pulje › 2014",
 * "Andele 1 › Udvalg"); a side that does not exist (created, deleted) is null. Fields in the
 * order the resource has them, a field only the newer side has at the end.
 */
export function valueLines(before: unknown, after: unknown): ValueLine[] {
  const a = flatten(before);
  const b = flatten(after);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  return keys.map((key) => {
    const [x, y] = [before === null || before === undefined ? null : (a.get(key) ?? '–'), after === null || after === undefined ? null : (b.get(key) ?? '–')];
    return { key, label: labelOf(key), before: x, after: y, changed: x !== null && y !== null && x !== y };
  });
}

/** Path → text of every leaf of a JSON value. */
export function flatten(value: unknown, path: string[] = [], out = new Map<string, string>()): Map<string, string> {
  if (value === null || value === undefined) {
    if (path.length > 0) out.set(path.join('\u0000'), '–');
  } else if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) out.set(path.join('\u0000'), value.length ? value.map(scalar).join(', ') : '(ingen)');
    else value.forEach((v, i) => flatten(v, [...path, `#${i + 1}`], out));
  } else if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0 && path.length > 0) out.set(path.join('\u0000'), '(ingen)');
    for (const [k, v] of entries) flatten(v, [...path, k], out);
  } else {
    out.set(path.length ? path.join('\u0000') : 'value', leafText(path, value));
  }
  return out;
}

/** Fields that hold kroner (as the API writes them, "1250.50"), and objects whose every value does. */
const MONEY_FIELDS = new Set(['expected', 'forecast', 'realised', 'amount']);
const MONEY_OBJECTS = new Set(['pool', 'unallocated', 'uncovered']);
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** A leaf in the words of the pages: codes named, kroner and times in Danish, the system as such. */
function leafText(path: readonly string[], value: unknown): string {
  const field = path[path.length - 1] ?? '';
  if (typeof value === 'string') {
    const words = VALUE_LABELS[field]?.[value];
    if (words) return words;
    const money = MONEY_FIELDS.has(field) || MONEY_OBJECTS.has(path[path.length - 2] ?? '');
    if (money && isKronerString(value, { allowNegative: true })) return formatKroner(value);
    if (ISO_TIME.test(value)) return formatDateTime(value);
    if (value === 'system' && (field === 'updatedBy' || field === 'createdBy')) return actorLabel(value);
  }
  return scalar(value);
}

function scalar(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (typeof value === 'string') return value === '' ? '(tom)' : value;
  return String(value);
}

/** Path → "Pulje › 2014"; a list position joins its list's name, "Andele 1 › Udvalg". */
function labelOf(key: string): string {
  const parts = key.split('\u0000');
  const words: string[] = [];
  for (const part of parts) {
    if (part.startsWith('#') && words.length > 0) words[words.length - 1] += ` ${part.slice(1)}`;
    else if (part.startsWith('#')) words.push(`Nr. ${part.slice(1)}`);
    else words.push(part === 'value' && parts.length === 1 ? 'Værdi' : (FIELD_LABELS[part] ?? part));
  }
  return words.join(' › ');
}
