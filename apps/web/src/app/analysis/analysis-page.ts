import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { catchError, forkJoin, map, of } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { DashboardChart, HATCH_FORECAST } from '../dashboard/dashboard-chart';
import { NamedCode } from '../effect/effect.models';
import { EffectService } from '../effect/effect.service';
import { GoalSummary } from '../effect/goal-summary';
import { loadable } from '../effect/loadable';
import { parsePriceLevel, PriceIndicesService, PriceLevelSelect } from '../core/price-level';
import { TracksService } from '../tracks/tracks.service';
import { buildRoundsChart, buildRoundYearsChart } from './analysis-charts';
import { AnalysisChoice, AnalysisPicker } from './analysis-picker';
import { AnalysisKind, AnalysisRound, kindForSlug } from './analysis.models';
import { AnalysisService } from './analysis.service';
import { RoundYearsTable } from './round-years-table';
import { RoundsTable } from './rounds-table';

const NO_LISTS: Readonly<Record<AnalysisKind, readonly NamedCode[]>> = { track: [], committee: [], administration: [] };

/**
 * Analyse på tværs af budgetår: one track, committee or administration in every budget round
 * it appeared in. All rounds as bars with a table, then one round year by year as lines with
 * a table (`?runde=`), in a chosen price level (`?prisniveau=`). For a track the goals it
 * serves stand beside the money: what it saved and what it achieved on one page.
 */
@Component({
  selector: 'app-analysis-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, AnalysisPicker, PriceLevelSelect, DashboardChart, RoundsTable, RoundYearsTable, GoalSummary],
  templateUrl: './analysis-page.html',
  styleUrl: './analysis-page.scss',
})
export class AnalysisPage {
  private readonly service = inject(AnalysisService);
  private readonly effect = inject(EffectService);
  private readonly priceIndices = inject(PriceIndicesService);
  private readonly tracks = inject(TracksService);
  private readonly router = inject(Router);

  /** `:kind` (spor, udvalg, forvaltning) and `:code` of `/analysis/:kind/:code`; absent on `/analysis`. */
  readonly kind = input<string>();
  readonly code = input<string>();
  /** `?prisniveau=2016` and `?runde=2014`. */
  readonly prisniveau = input<string>();
  readonly runde = input<string>();

  protected readonly info = computed(() => kindForSlug(this.kind()));
  protected readonly priceLevel = computed(() => parsePriceLevel(this.prisniveau()));
  private readonly attempt = signal(0);

  protected readonly analysis = loadable(
    () => ({ info: this.info(), code: this.code(), priceLevel: this.priceLevel(), attempt: this.attempt() }),
    ({ info, code, priceLevel }) => (info && code ? this.service.analysis(info, code, priceLevel) : null),
    (error) => errorMessage(error),
  );
  /** The track's goals with their indicators: only on the track view. */
  protected readonly goals = loadable(
    () => ({ track: this.info()?.kind === 'track' ? (this.code() ?? null) : null, attempt: this.attempt() }),
    ({ track }) => (track ? this.effect.goals({ trackCode: track }) : null),
    (error) => apiErrorMessage(error, $localize`:@@analysis.goals.loadError:Sporets effektmål kunne ikke hentes.`),
  );
  protected readonly indices = toSignal(this.priceIndices.list().pipe(catchError(() => of([]))), { initialValue: [] });
  /** What can be picked; a failure leaves the selects empty and says so, the analysis itself still loads. */
  protected readonly lists = toSignal(
    forkJoin([this.tracks.list(), this.tracks.committees(), this.tracks.administrations()]).pipe(
      map(([track, committee, administration]) => ({ ok: true, lists: { track, committee, administration } })),
      catchError(() => of({ ok: false, lists: NO_LISTS })),
    ),
    { initialValue: { ok: true, lists: NO_LISTS } },
  );
  protected readonly committeeNames = computed(() => new Map(this.lists().lists.committee.map((c) => [c.code, c.name])));
  protected readonly trackNames = computed(() => new Map(this.lists().lists.track.map((c) => [c.code, c.name])));

  protected readonly data = computed(() => {
    const a = this.analysis();
    return a?.kind === 'loaded' ? a.data : null;
  });
  protected readonly heading = computed(() => {
    const data = this.data();
    const info = this.info();
    if (data) return `${data.code} – ${data.name}`;
    return info && this.code() ? `${info.label} ${this.code()}` : $localize`:@@analysis.heading:Analyse på tværs af budgetår`;
  });
  /** The round shown year by year: `?runde=`, else the newest. */
  protected readonly round = computed<AnalysisRound | null>(() => {
    const rounds = this.data()?.rounds ?? [];
    return rounds.find((r) => String(r.budgetYear) === this.runde()) ?? rounds.at(-1) ?? null;
  });
  protected readonly roundsChart = computed(() => buildRoundsChart(this.data()?.rounds ?? [], HATCH_FORECAST));
  protected readonly roundChart = computed(() => {
    const round = this.round();
    return round ? buildRoundYearsChart(round) : null;
  });
  protected readonly roundsLabel = computed(() => this.info()?.roundsChartLabel(this.code() ?? '') ?? '');
  protected readonly roundLabel = computed(
    () =>
      $localize`:@@analysis.roundChart:Kurvediagram: forventet og realiseret pr. år og akkumuleret, ${this.round()?.title ?? ''}:round:, i mio. kr. Tallene står i tabellen under diagrammet.`,
  );
  /** When the entity has no savings in any round. */
  protected readonly noSavings = computed(() => this.info()?.noSavings(this.data()?.code ?? this.code() ?? '') ?? '');

  protected retry(): void {
    this.attempt.update((n) => n + 1);
  }

  protected open(choice: AnalysisChoice): void {
    void this.router.navigate(['/analysis', choice.slug, choice.code], { queryParams: { prisniveau: this.priceLevel() } });
  }

  protected choosePriceLevel(level: number | null): void {
    void this.router.navigate([], { queryParams: { prisniveau: level }, queryParamsHandling: 'merge' });
  }
}

function errorMessage(error: unknown): string {
  if (error instanceof HttpErrorResponse && error.status === 404) {
    return apiErrorMessage(error, $localize`:@@analysis.notFound:Det valgte findes ikke.`);
  }
  return apiErrorMessage(error, $localize`:@@analysis.loadError:Analysen kunne ikke hentes.`);
}
