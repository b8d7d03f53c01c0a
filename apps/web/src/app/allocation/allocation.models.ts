export type RunStatus = 'queued' | 'running' | 'succeeded' | 'failed';

/** `GET /api/allocation-runs/:id` */
export interface AllocationRun {
  readonly id: string;
  readonly budgetYear: number;
  readonly frameworkRevision: number | null;
  readonly status: RunStatus;
  readonly error?: string | null;
  readonly queuedAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
}

export interface AllocationCell {
  readonly trackCode: string;
  readonly committeeCode: string;
  readonly year: number;
  /** Kroner as a decimal string: whole kroner, or with øre when converted to another price level. */
  readonly amount: string;
}

/** `GET /api/budget-years/:year/allocation[?priceLevel=2016]` */
export interface AllocationView {
  readonly run: AllocationRun | null;
  readonly cells: readonly AllocationCell[];
  readonly unallocated: Readonly<Record<string, string>>;
  /** Only in bids mode: pool minus bids per year (negative when over-bid). */
  readonly uncovered?: Readonly<Record<string, string>>;
  /** Only with `?priceLevel=`: the price level every amount is shown at (they may then have øre). */
  readonly priceLevel?: number;
}

/** The `run` server-sent event. */
export interface RunEvent {
  readonly id: string;
  readonly budgetYear: number;
  readonly status: RunStatus;
}

export interface ExactFraction {
  readonly num: string;
  readonly den: string;
  /** Rounded to 6 decimals, "." as separator. */
  readonly decimal: string;
  readonly exact: boolean;
}

/** `GET /api/allocation-runs/:id/explanation` */
export interface CellExplanation {
  readonly year: number;
  readonly trackCode: string;
  readonly committeeCode: string;
  readonly pool: string;
  readonly eligibleTracks: number;
  readonly trackWeight: string;
  readonly sumOfWeights: string;
  readonly trackQuota: ExactFraction;
  readonly trackFloor: string;
  readonly trackRemainder: ExactFraction;
  readonly trackLeftover: string;
  readonly trackGotExtra: boolean;
  readonly trackAmount: string;
  readonly shareWeight: string;
  readonly sumOfShareWeights: string;
  readonly committeeQuota: ExactFraction;
  readonly committeeFloor: string;
  readonly committeeRemainder: ExactFraction;
  readonly committeeLeftover: string;
  readonly committeeGotExtra: boolean;
  readonly amount: string;
}

export type { NamedCode } from '../core/named-code';

export const RUN_STATUS_LABELS: Readonly<Record<RunStatus, string>> = {
  queued: $localize`:@@allocation.run.queued:I kø`,
  running: $localize`:@@allocation.run.running:Beregner`,
  succeeded: $localize`:@@allocation.run.succeeded:Gennemført`,
  failed: $localize`:@@allocation.run.failed:Fejlet`,
};
