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
import { EXPORT_URLS, REPORT_URLS } from '../core/file-urls';
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
 * cells (`?spor=`). Both choices live in the URL, so a view can be linked to and the browser's
 * back button leaves a drill-down.
 */
@Component({
  selector: 'app-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [YearNav, RouterLink, KeyFigures, DashboardChart, RealisationTable, CumulativeTable, TrackDrilldown, ExportButtons, DownloadButton],
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
})
export class DashboardPage {
  private readonly service = inject(DashboardService);
  private readonly budgetYears = inject(BudgetYearsService);
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

  protected readonly views = DASHBOARD_VIEWS;
  protected readonly view = computed(() => viewForSlug(this.visning()));
  /** Bumped by "Prøv igen": reloads everything, past answers included. */
  private readonly attempt = signal(0);
  private readonly cache = new Map<string, Observable<Realisation>>();

  protected readonly base = this.load(
    () => ({ year: this.year(), attempt: this.attempt() }),
    ({ year }) => this.loadBase(year),
    'Overblikket kunne ikke hentes.',
  );
  protected readonly grouping = this.load(
    () => ({ year: this.year(), groupBy: this.view().groupBy, attempt: this.attempt() }),
    ({ year, groupBy }) => this.realisationOf(year, groupBy),
    'Realiseringen kunne ikke hentes.',
  );
  protected readonly track = this.load(
    () => ({ year: this.year(), trackCode: this.spor() ?? null, attempt: this.attempt() }),
    ({ year, trackCode }) => (trackCode ? this.service.trackSavings(year, trackCode) : of(null)),
    'Sporets besparelser kunne ikke hentes.',
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
  protected readonly cumulativeChart = computed(() => buildCumulativeChart(this.cumulative()));
  protected readonly groupingChart = computed(() => {
    const g = this.grouping();
    const b = this.baseData();
    if (g.kind !== 'loaded' || !b) return null;
    const groupBy = this.view().groupBy;
    const names = new Map(g.data.groups.map((group) => [String(group.key), groupName(groupBy, group.key, b.names)]));
    return buildRealisationChart(g.data.groups, names, HATCH_FORECAST);
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

  /** The realisation of the chosen grouping as a spreadsheet, and the whole round as a paper. */
  protected readonly groupingExportUrl = computed(() => EXPORT_URLS.realisation(this.year(), this.view().groupBy));
  protected readonly directorReportUrl = computed(() => REPORT_URLS.director(this.year()));

  protected readonly groupingLabel = computed(
    () =>
      `Søjlediagram: forventet, prognose og realiseret ${this.view().per}, budget ${this.year()}, i mio. kr. ` +
      'Tallene står i tabellen under diagrammet.',
  );
  protected readonly cumulativeLabel = computed(() => {
    const points = this.cumulative();
    const span = points.length ? `${points[0].year}–${points[points.length - 1].year}` : '';
    return `Kurvediagram: akkumuleret forventet, prognose og realiseret ${span} i mio. kr. Tallene står i tabellen under diagrammet.`;
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
    this.attempt.update((n) => n + 1);
  }

  /** A click on a bar in the track view opens that track, as its link in the table does. */
  protected openGroup(index: number): void {
    const g = this.grouping();
    const key = g.kind === 'loaded' ? g.data.groups[index]?.key : undefined;
    if (this.view().groupBy === 'track' && key !== undefined) {
      void this.router.navigate([], { relativeTo: this.route, queryParams: { spor: String(key) }, queryParamsHandling: 'merge' });
    }
  }

  private loadBase(year: number): Observable<Base> {
    return forkJoin([
      this.budgetYears.get(year),
      this.service.tracks(),
      this.service.committees(),
      this.service.administrations(),
      this.realisationOf(year, 'year'),
    ]).pipe(
      map(([budgetYear, tracks, committees, administrations, byYear]) => ({
        budgetYear,
        names: { track: namesOf(tracks), committee: namesOf(committees), administration: namesOf(administrations) },
        byYear,
      })),
    );
  }

  /** One request per grouping while the page is open; the year view reuses the base's answer. */
  private realisationOf(year: number, groupBy: GroupBy): Observable<Realisation> {
    const key = `${year}|${groupBy}`;
    let request = this.cache.get(key);
    if (!request) {
      request = this.service.realisation(year, groupBy).pipe(shareReplay({ bufferSize: 1, refCount: false }));
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
            return of<Loadable<T>>({ kind: 'error', message: 'Budgetåret findes ikke.' });
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
  if (error instanceof HttpErrorResponse && error.status === 404) return `Budgetår ${year} findes ikke.`;
  return apiErrorMessage(error, fallback);
}
