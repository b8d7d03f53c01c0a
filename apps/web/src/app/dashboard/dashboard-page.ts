import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  numberAttribute,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, NavigationStart, Router, RouterLink, Scroll } from '@angular/router';
import { catchError, filter, forkJoin, map, Observable, of, shareReplay, startWith, switchMap, take } from 'rxjs';
import { BudgetYear, BudgetYearsService } from '../budget-years/budget-years.service';
import { YearNav } from '../budget-years/year-nav';
import { apiErrorMessage } from '../core/api-error';
import { DownloadButton } from '../core/download-button';
import { ExportButtons } from '../core/export-buttons';
import { EXPORT_URLS, REPORT_URLS, withQuery } from '../core/file-urls';
import { parsePriceLevel, PriceIndicesService, PriceLevelSelect, priceLevelLabel } from '../core/price-level';
import { buildCumulativeChart } from './cumulative-chart';
import { cumulativeSums } from './cumulative';
import { CumulativeTable } from './cumulative-table';
import { DashboardChart, HATCH_FORECAST } from './dashboard-chart';
import { DASHBOARD_VIEWS, GroupBy, Names, Realisation, viewForSlug } from './dashboard.models';
import { DashboardService } from './dashboard.service';
import { buildDrilldown } from './drilldown';
import { groupName, namesOf, toSums } from './figures';
import { KeyFigures } from './key-figures';
import { buildRealisationChart } from './realisation-chart';
import { RealisationTable } from './realisation-table';
import { TrackDrilldown } from './track-drilldown';

/** What a request of the page is doing; `data` only once it has arrived. */
export type Loadable<T> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'loaded'; readonly data: T };

interface Base {
  readonly budgetYear: BudgetYear;
  readonly names: Names;
  /** `groupBy=year`: the cumulative line and, through its total, the key figures. */
  readonly byYear: Realisation;
}

const LOADING = { kind: 'loading' } as const;

/**
 * Overblik: the director's view of a budget year's savings follow-up. Key figures, the
 * realisation by track / committee / administration / year (`?visning=`) as a chart with the
 * same numbers in a table, the cumulative line over the period, and a track's committee
 * cells (`?spor=`), at the rounds' own price level or a chosen one (`?prisniveau=2016`). The
 * choices live in the URL, so a view can be linked to and the browser's back button leaves a
 * drill-down.
 */
@Component({
  selector: 'app-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    YearNav,
    RouterLink,
    KeyFigures,
    DashboardChart,
    RealisationTable,
    CumulativeTable,
    TrackDrilldown,
    ExportButtons,
    DownloadButton,
    PriceLevelSelect,
  ],
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
})
export class DashboardPage {
  private readonly service = inject(DashboardService);
  private readonly budgetYears = inject(BudgetYearsService);
  private readonly priceIndices = inject(PriceIndicesService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  /** The `:year` route parameter. */
  readonly year = input.required({ transform: numberAttribute });
  /** `?visning=spor|udvalg|forvaltning|aar`; the track view when absent. */
  readonly visning = input<string>();
  /** `?spor=SVR`: the track whose committee cells are shown. */
  readonly spor = input<string>();
  /** `?prisniveau=2016`: the price level every amount is converted to; the rounds' own when absent. */
  readonly prisniveau = input<string>();

  protected readonly views = DASHBOARD_VIEWS;
  protected readonly view = computed(() => viewForSlug(this.visning()));
  protected readonly priceLevel = computed(() => parsePriceLevel(this.prisniveau()));
  /** The levels that can be chosen; without them the select offers only the rounds' own. */
  protected readonly indices = toSignal(this.priceIndices.list().pipe(catchError(() => of([]))), { initialValue: [] });
  /** Bumped by "Prøv igen": reloads everything, past answers included. */
  private readonly attempt = signal(0);
  private readonly cache = new Map<string, Observable<Realisation>>();
  /** The year and the names, which no price level changes: asked for once per year. */
  private readonly fixedCache = new Map<number, Observable<Omit<Base, 'byYear'>>>();

  protected readonly base = this.load(
    () => ({ year: this.year(), priceLevel: this.priceLevel(), attempt: this.attempt() }),
    ({ year, priceLevel }) => this.loadBase(year, priceLevel),
    $localize`:@@dashboard.error.base:Overblikket kunne ikke hentes.`,
  );
  protected readonly grouping = this.load(
    () => ({ year: this.year(), groupBy: this.view().groupBy, priceLevel: this.priceLevel(), attempt: this.attempt() }),
    ({ year, groupBy, priceLevel }) => this.realisationOf(year, groupBy, priceLevel),
    $localize`:@@dashboard.error.grouping:Realiseringen kunne ikke hentes.`,
  );
  protected readonly track = this.load(
    () => ({ year: this.year(), trackCode: this.spor() ?? null, priceLevel: this.priceLevel(), attempt: this.attempt() }),
    ({ year, trackCode, priceLevel }) => (trackCode ? this.service.trackSavings(year, trackCode, priceLevel) : of(null)),
    $localize`:@@dashboard.error.track:Sporets besparelser kunne ikke hentes.`,
  );

  protected readonly baseData = computed(() => {
    const b = this.base();
    return b.kind === 'loaded' ? b.data : null;
  });
  protected readonly totals = computed(() => {
    const b = this.baseData();
    return b ? toSums(b.byYear.total) : null;
  });
  protected readonly empty = computed(() => this.baseData()?.byYear.groups.length === 0);
  protected readonly cumulative = computed(() => {
    const b = this.baseData();
    return b ? cumulativeSums(b.byYear.groups, b.budgetYear.periodYears) : [];
  });
  protected readonly cumulativeChart = computed(() => buildCumulativeChart(this.cumulative(), this.priceLevel()));
  protected readonly groupingChart = computed(() => {
    const g = this.grouping();
    const b = this.baseData();
    if (g.kind !== 'loaded' || !b) return null;
    const groupBy = this.view().groupBy;
    const names = new Map(g.data.groups.map((group) => [String(group.key), groupName(groupBy, group.key, b.names)]));
    return buildRealisationChart(g.data.groups, names, HATCH_FORECAST, this.priceLevel());
  });
  protected readonly drilldown = computed(() => {
    const t = this.track();
    const b = this.baseData();
    return t.kind === 'loaded' && t.data && b ? buildDrilldown(t.data, b.names.committee) : null;
  });
  protected readonly trackName = computed(() => {
    const code = this.spor() ?? '';
    return this.baseData()?.names.track.get(code) ?? code;
  });

  /**
   * The realisation of the chosen grouping as a spreadsheet, at the chosen price level, and the
   * whole round as a paper (the API makes the PDF at the rounds' own levels only).
   */
  protected readonly groupingExportUrl = computed(() =>
    withQuery(EXPORT_URLS.realisation(this.year(), this.view().groupBy), { priceLevel: this.priceLevel() }),
  );
  protected readonly groupingSubject = computed(() => $localize`:@@dashboard.export.subject:realiseringen ${this.view().per}:per:`);
  protected readonly directorReportUrl = computed(() => withQuery(REPORT_URLS.director(this.year()), { priceLevel: this.priceLevel() }));

  protected readonly groupingLabel = computed(() => {
    const [per, year, level] = [this.view().per, this.year(), this.priceLevel()];
    return level === null
      ? $localize`:@@dashboard.grouping.chartLabel:Søjlediagram: forventet, prognose og realiseret ${per}:per:, budget ${year}:year:, i mio. kr. Tallene står i tabellen under diagrammet.`
      : $localize`:@@dashboard.grouping.chartLabelAtLevel:Søjlediagram: forventet, prognose og realiseret ${per}:per:, budget ${year}:year:, i mio. kr., ${priceLevelLabel(level)}:priceLevel:. Tallene står i tabellen under diagrammet.`;
  });
  protected readonly cumulativeLabel = computed(() => {
    const points = this.cumulative();
    const span = points.length ? `${points[0].year}–${points[points.length - 1].year}` : '';
    const level = this.priceLevel();
    return level === null
      ? $localize`:@@dashboard.cumulative.chartLabel:Kurvediagram: akkumuleret forventet, prognose og realiseret ${span}:span: i mio. kr. Tallene står i tabellen under diagrammet.`
      : $localize`:@@dashboard.cumulative.chartLabelAtLevel:Kurvediagram: akkumuleret forventet, prognose og realiseret ${span}:span: i mio. kr., ${priceLevelLabel(level)}:priceLevel:. Tallene står i tabellen under diagrammet.`;
  });

  private readonly drillHeading = viewChild<ElementRef<HTMLElement>>('drillHeading');
  /** The track whose drill-down was open, to give its link focus back when leaving it. */
  private returnFocusTo: string | null = null;

  constructor() {
    // A drill-down replaces the part of the page the user clicked in; move focus to its
    // heading so keyboard and screen-reader users land on the new content.
    effect(() => {
      const heading = this.drillHeading();
      if (heading) {
        heading.nativeElement.focus();
        this.returnFocusTo = untracked(this.spor) ?? null;
      }
    });
    // Back from a drill-down: focus the link of the track that was open, once the table is there.
    effect(() => {
      if (this.spor() || this.grouping().kind !== 'loaded' || !this.returnFocusTo) return;
      const code = this.returnFocusTo;
      this.returnFocusTo = null;
      afterNextRender(() => this.focusTrackLink(code), { injector: this.injector });
    });
  }

  protected retry(): void {
    this.cache.clear();
    this.fixedCache.clear();
    this.attempt.update((n) => n + 1);
  }

  /** A new price level goes into the address, beside the view and the drill-down. */
  protected choosePriceLevel(level: number | null): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { prisniveau: level }, queryParamsHandling: 'merge' });
  }

  /** A click on a bar in the track view opens that track, as its link in the table does. */
  protected openGroup(index: number): void {
    const g = this.grouping();
    const key = g.kind === 'loaded' ? g.data.groups[index]?.key : undefined;
    if (this.view().groupBy === 'track' && key !== undefined) {
      void this.router.navigate([], { relativeTo: this.route, queryParams: { spor: String(key) }, queryParamsHandling: 'merge' });
    }
  }

  private loadBase(year: number, priceLevel: number | null): Observable<Base> {
    let fixed = this.fixedCache.get(year);
    if (!fixed) {
      fixed = forkJoin([this.budgetYears.get(year), this.service.tracks(), this.service.committees(), this.service.administrations()]).pipe(
        map(([budgetYear, tracks, committees, administrations]) => ({
          budgetYear,
          names: { track: namesOf(tracks), committee: namesOf(committees), administration: namesOf(administrations) },
        })),
        shareReplay({ bufferSize: 1, refCount: false }),
      );
      this.fixedCache.set(year, fixed);
    }
    return forkJoin([fixed, this.realisationOf(year, 'year', priceLevel)]).pipe(map(([f, byYear]) => ({ ...f, byYear })));
  }

  /** One request per grouping while the page is open; the year view reuses the base's answer. */
  private realisationOf(year: number, groupBy: GroupBy, priceLevel: number | null): Observable<Realisation> {
    const key = `${year}|${groupBy}|${priceLevel ?? ''}`;
    let request = this.cache.get(key);
    if (!request) {
      request = this.service.realisation(year, groupBy, priceLevel).pipe(shareReplay({ bufferSize: 1, refCount: false }));
      this.cache.set(key, request);
    }
    return request;
  }

  /**
   * A signal of one request's state that follows its inputs: a new input cancels the request
   * still running for the old one (switchMap), so a slow answer never overwrites a newer view.
   */
  private load<P extends { readonly year: number }, T>(params: () => P, request: (p: P) => Observable<T>, fallback: string) {
    return toSignal(
      toObservable(computed(params)).pipe(
        switchMap((p) => {
          if (!Number.isInteger(p.year)) {
            return of<Loadable<T>>({ kind: 'error', message: $localize`:@@dashboard.error.noSuchYear:Budgetåret findes ikke.` });
          }
          return request(p).pipe(
            map((data): Loadable<T> => ({ kind: 'loaded', data })),
            catchError((error: unknown) => of<Loadable<T>>({ kind: 'error', message: errorMessage(error, p.year, fallback) })),
            startWith<Loadable<T>>(LOADING),
          );
        }),
      ),
      { initialValue: LOADING as Loadable<T> },
    );
  }

  private focusTrackLink(code: string): void {
    const links = this.host.nativeElement.querySelectorAll<HTMLElement>('[data-testid=realisation-table] tbody tr');
    const row = Array.from(links).find((tr) => tr.dataset['key'] === code);
    const link = row?.querySelector<HTMLElement>('a');
    if (!link) return;
    link.focus();
    // The router scrolls to the top once the navigation has rendered, which can be after this;
    // then the focused link is scrolled back into view (in a microtask: after the router's own
    // handler of the same event).
    this.router.events
      .pipe(filter((e) => e instanceof Scroll || e instanceof NavigationStart), take(1), takeUntilDestroyed(this.destroyRef))
      .subscribe((e) => {
        if (e instanceof Scroll) queueMicrotask(() => link.scrollIntoView?.({ block: 'center' }));
      });
  }
}

function errorMessage(error: unknown, year: number, fallback: string): string {
  if (error instanceof HttpErrorResponse && error.status === 404) return $localize`:@@dashboard.error.yearNotFound:Budgetår ${year}:year: findes ikke.`;
  return apiErrorMessage(error, fallback);
}
