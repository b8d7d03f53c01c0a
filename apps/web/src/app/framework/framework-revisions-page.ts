import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { firstValueFrom, forkJoin } from 'rxjs';
import { YearNav } from '../budget-years/year-nav';
import { apiErrorMessage } from '../core/api-error';
import { ExportButtons } from '../core/export-buttons';
import { EXPORT_URLS } from '../core/file-urls';
import { diffFrameworks, FrameworkDiff } from './framework-diff';
import { FrameworkDiffTable } from './framework-diff-table';
import { Framework, METHOD_LABELS, Track } from './framework.models';
import { formatDecidedOn } from './framework-input';
import { FrameworkService } from './framework.service';
import { ScrollRegion } from '@budgetspor/web/shared/ui';

type PageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'loaded'; readonly revisions: readonly Framework[]; readonly tracks: readonly Track[] };

/**
 * Every revision of the year's rammeudmelding and any two of them side by side. The chosen
 * pair lives in the address (`?from=1&to=2`), so a comparison can be linked to and survives
 * a reload; the selects only navigate.
 */
@Component({
  selector: 'app-framework-revisions-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [YearNav, RouterLink, FrameworkDiffTable, ExportButtons, ScrollRegion],
  templateUrl: './framework-revisions-page.html',
  styleUrl: './framework-revisions-page.scss',
})
export class FrameworkRevisionsPage implements OnInit {
  private readonly service = inject(FrameworkService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly methodLabels = METHOD_LABELS;

  /** The parent route's `:year`, handed down by the route's resolver. */
  readonly year = input.required<string>();
  /** Query parameters: the revisions to compare. */
  readonly from = input<string | undefined>();
  readonly to = input<string | undefined>();
  protected readonly yearNumber = computed(() => Number(this.year()));

  protected readonly state = signal<PageState>({ kind: 'loading' });

  private readonly revisions = computed(() => {
    const s = this.state();
    return s.kind === 'loaded' ? s.revisions : [];
  });

  /** The chosen pair, or by default the previous revision against the current one. */
  protected readonly pair = computed<{ from: number; to: number } | null>(() => {
    const list = this.revisions();
    if (list.length < 2) return null;
    const known = (text: string | undefined) => {
      const n = Number(text);
      return list.some((r) => r.revision === n) ? n : null;
    };
    return {
      from: known(this.from()) ?? list[list.length - 2].revision,
      to: known(this.to()) ?? list[list.length - 1].revision,
    };
  });

  protected readonly diff = computed<FrameworkDiff | null>(() => {
    const pair = this.pair();
    const s = this.state();
    if (!pair || s.kind !== 'loaded') return null;
    const byNumber = (n: number) => s.revisions.find((r) => r.revision === n) as Framework;
    const names = new Map(s.tracks.map((t) => [t.code, t.name]));
    return diffFrameworks(byNumber(pair.from), byNumber(pair.to), names);
  });

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    const year = this.yearNumber();
    if (!Number.isInteger(year)) {
      this.state.set({ kind: 'error', message: $localize`:@@framework.noSuchYear:Budgetåret findes ikke.` });
      return;
    }
    this.state.set({ kind: 'loading' });
    try {
      const [revisions, tracks] = await firstValueFrom(forkJoin([this.service.list(year), this.service.tracks()]));
      this.state.set({ kind: 'loaded', revisions, tracks });
    } catch (error: unknown) {
      const message =
        error instanceof HttpErrorResponse && error.status === 404
          ? $localize`:@@framework.yearNotFound:Budget ${year}:year: findes ikke.`
          : apiErrorMessage(error, $localize`:@@framework.revisions.loadFailed:Revisionerne kunne ikke hentes.`);
      this.state.set({ kind: 'error', message });
    }
  }

  protected choose(side: 'from' | 'to', event: Event): void {
    const pair = this.pair();
    if (!pair) return;
    const value = Number((event.target as HTMLSelectElement).value);
    const next = { ...pair, [side]: value };
    void this.router.navigate([], { relativeTo: this.route, queryParams: next, replaceUrl: true });
  }

  protected exportUrl(r: Framework): string {
    return EXPORT_URLS.framework(r.budgetYear, r.revision);
  }

  /** "revision 2": what one row's export buttons download. */
  protected exportSubject(r: Framework): string {
    return $localize`:@@framework.export.revision:revision ${r.revision}:revision:`;
  }

  protected decidedOn(r: Framework): string {
    return formatDecidedOn(r.decidedOn);
  }
}
