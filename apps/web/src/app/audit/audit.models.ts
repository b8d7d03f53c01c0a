import { isKronerString } from '@budgetspor/shared/money';
import { formatDateTime, formatKroner } from '../core/format';

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

/** Actions in words; an action not listed is shown as the API names it. */
export const ACTION_LABELS: Readonly<Record<string, string>> = {
  create: $localize`:@@audit.action.create:Oprettet`,
  update: $localize`:@@audit.action.update:Ændret`,
  delete: $localize`:@@audit.action.delete:Slettet`,
  replace: $localize`:@@audit.action.replace:Erstattet`,
  allocate: $localize`:@@audit.action.allocate:Fordelt`,
  confirm: $localize`:@@audit.action.confirm:Bekræftet`,
  login: $localize`:@@audit.action.login:Logget ind`,
  login_failed: $localize`:@@audit.action.loginFailed:Mislykket login`,
  export: $localize`:@@audit.action.export:Hentet som fil`,
};

/** The resource types the API audits, in words, in the order the filter lists them. */
export const ENTITY_TYPE_LABELS: Readonly<Record<string, string>> = {
  savings: $localize`:@@audit.type.savings:Besparelse`,
  framework: $localize`:@@audit.type.framework:Rammeudmelding`,
  bids: $localize`:@@audit.type.bids:Bud`,
  allocation_run: $localize`:@@audit.type.allocationRun:Fordelingskørsel`,
  track: $localize`:@@audit.type.track:Innovationsspor`,
  budget_year: $localize`:@@audit.type.budgetYear:Budgetår`,
  committee: $localize`:@@audit.type.committee:Udvalg`,
  administration: $localize`:@@audit.type.administration:Forvaltning`,
  user: $localize`:@@audit.type.user:Bruger`,
  follow_up_round: $localize`:@@audit.type.followUpRound:Opfølgningsrunde`,
  follow_up_cell: $localize`:@@audit.type.followUpCell:Opfølgningscelle`,
  milestone: $localize`:@@audit.type.milestone:Milepæl`,
  effect_goal: $localize`:@@audit.type.effectGoal:Effektmål`,
  effect_indicator: $localize`:@@audit.type.effectIndicator:Indikator`,
  effect_indicator_value: $localize`:@@audit.type.effectIndicatorValue:Indikatorværdi`,
  price_index: $localize`:@@audit.type.priceIndex:Prisindeks`,
  calendar_token: $localize`:@@audit.type.calendarToken:Kalendernøgle`,
  file: $localize`:@@audit.type.file:Fil (eksport eller rapport)`,
};

/** Field names of the resources in words, where a reader would not know the API's name. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  id: $localize`:@@audit.field.id:Id`,
  code: $localize`:@@audit.field.code:Kode`,
  name: $localize`:@@audit.field.name:Navn`,
  title: $localize`:@@audit.field.title:Titel`,
  email: $localize`:@@audit.field.email:E-mail`,
  role: $localize`:@@audit.field.role:Rolle`,
  status: $localize`:@@audit.field.status:Status`,
  comment: $localize`:@@audit.field.comment:Kommentar`,
  expected: $localize`:@@audit.field.expected:Forventet`,
  forecast: $localize`:@@audit.field.forecast:Prognose`,
  realised: $localize`:@@audit.field.realised:Realiseret`,
  trackCode: $localize`:@@audit.field.trackCode:Spor`,
  committeeCode: $localize`:@@audit.field.committeeCode:Udvalg`,
  committeeCodes: $localize`:@@audit.field.committeeCodes:Udvalg`,
  administrationCode: $localize`:@@audit.field.administrationCode:Forvaltning`,
  year: $localize`:@@audit.field.year:År`,
  budgetYear: $localize`:@@audit.field.budgetYear:Budgetår`,
  startYear: $localize`:@@audit.field.startYear:Startår`,
  revision: $localize`:@@audit.field.revision:Revision`,
  decidedOn: $localize`:@@audit.field.decidedOn:Besluttet den`,
  decidedBy: $localize`:@@audit.field.decidedBy:Besluttet af`,
  allocationMethod: $localize`:@@audit.field.allocationMethod:Fordelingsmetode`,
  pool: $localize`:@@audit.field.pool:Pulje`,
  trackWeights: $localize`:@@audit.field.trackWeights:Sporvægte`,
  weight: $localize`:@@audit.field.weight:Vægt`,
  shares: $localize`:@@audit.field.shares:Andele`,
  amount: $localize`:@@audit.field.amount:Beløb`,
  description: $localize`:@@audit.field.description:Beskrivelse`,
  version: $localize`:@@audit.field.version:Version`,
  createdAt: $localize`:@@audit.field.createdAt:Oprettet`,
  createdBy: $localize`:@@audit.field.createdBy:Oprettet af`,
  updatedAt: $localize`:@@audit.field.updatedAt:Opdateret`,
  updatedBy: $localize`:@@audit.field.updatedBy:Opdateret af`,
};

/**
 * Codes some fields hold, in the words the pages use for them (the savings page's statuses,
 * the budget year's phases, …); keyed by field, since "closed" is a year's phase and a track's status.
 */
const VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  status: {
    on_track: $localize`:@@audit.value.onTrack:På sporet`,
    at_risk: $localize`:@@audit.value.atRisk:I risiko`,
    off_track: $localize`:@@audit.value.offTrack:Ikke på sporet`,
    realised: $localize`:@@audit.value.realised:Realiseret`,
    draft: $localize`:@@audit.value.draft:Kladde`,
    framework_announced: $localize`:@@audit.value.frameworkAnnounced:Rammeudmeldt`,
    agreed: $localize`:@@audit.value.agreed:Budgetforlig`,
    closed: $localize`:@@audit.value.closed:Lukket`,
    active: $localize`:@@audit.value.active:Aktiv`,
    paused: $localize`:@@audit.value.paused:Sat på pause`,
    queued: $localize`:@@audit.value.queued:I kø`,
    running: $localize`:@@audit.value.running:Beregner`,
    succeeded: $localize`:@@audit.value.succeeded:Gennemført`,
    failed: $localize`:@@audit.value.failed:Fejlet`,
  },
  allocationMethod: {
    top_down: $localize`:@@audit.value.topDown:Top-down (vægte)`,
    bids: $localize`:@@audit.value.bids:Bud fra udvalgene`,
  },
  role: {
    admin: $localize`:@@audit.value.admin:Administrator`,
    finance: $localize`:@@audit.value.finance:Økonomi`,
    committee: $localize`:@@audit.value.committee:Udvalg`,
    director: $localize`:@@audit.value.director:Direktion`,
  },
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

export function entityTypeLabel(type: string): string {
  return ENTITY_TYPE_LABELS[type] ?? type;
}

/** "system" is the background jobs, not a person. */
export function actorLabel(actor: string): string {
  return actor === 'system' ? $localize`:@@audit.actor.system:System (baggrundsjob)` : actor;
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

/** An empty list or object. */
const NONE = () => $localize`:@@audit.value.none:(ingen)`;

/** Path → text of every leaf of a JSON value. */
export function flatten(value: unknown, path: string[] = [], out = new Map<string, string>()): Map<string, string> {
  if (value === null || value === undefined) {
    if (path.length > 0) out.set(path.join('\u0000'), '–');
  } else if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) out.set(path.join('\u0000'), value.length ? value.map(scalar).join(', ') : NONE());
    else value.forEach((v, i) => flatten(v, [...path, `#${i + 1}`], out));
  } else if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0 && path.length > 0) out.set(path.join('\u0000'), NONE());
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

/** A leaf in the words of the pages: codes named, kroner and times in the page's language, the system as such. */
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
  if (typeof value === 'boolean') return value ? $localize`:@@audit.value.yes:ja` : $localize`:@@audit.value.no:nej`;
  if (typeof value === 'string') return value === '' ? $localize`:@@audit.value.empty:(tom)` : value;
  return String(value);
}

/** Path → "Pulje › 2014"; a list position joins its list's name, "Andele 1 › Udvalg". */
function labelOf(key: string): string {
  const parts = key.split('\u0000');
  const words: string[] = [];
  for (const part of parts) {
    if (part.startsWith('#') && words.length > 0) words[words.length - 1] += ` ${part.slice(1)}`;
    else if (part.startsWith('#')) words.push($localize`:@@audit.field.number:Nr. ${part.slice(1)}:number:`);
    else words.push(part === 'value' && parts.length === 1 ? $localize`:@@audit.field.value:Værdi` : (FIELD_LABELS[part] ?? part));
  }
  return words.join(' › ');
}
