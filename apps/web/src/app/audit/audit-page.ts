import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { apiErrorMessage } from '../core/api-error';
import { formatDateTime, LocalNumberPipe } from '../core/format';
import { ExportButtons } from '../core/export-buttons';
import { EXPORT_URLS } from '../core/file-urls';
import { AuditChanges } from './audit-changes';
import { actionLabel, actorLabel, AuditFilter, AuditRow, DEFAULT_LIMIT, ENTITY_TYPE_LABELS, entityTypeLabel, LIMITS } from './audit.models';
import { AuditService } from './audit.service';
import { ScrollRegion } from '@budgetspor/web/shared/ui';

type PageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'loaded'; readonly rows: readonly AuditRow[] };

/**
 * Revisionsspor: every change to the budget data, newest first, for finance, directors and
 * admins. The filters live in the address (`?entityType=savings&entityId=…&limit=100`), so a
 * filtered view can be linked to; a record opens to show its resource before and after.
 */
@Component({
  selector: 'app-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ExportButtons, AuditChanges, ScrollRegion, LocalNumberPipe],
  templateUrl: './audit-page.html',
  styleUrl: './audit-page.scss',
})
export class AuditPage {
  private readonly service = inject(AuditService);
  private readonly router = inject(Router);
  protected readonly auth = inject(AuthService);

  /** Query parameters. */
  readonly entityType = input<string>();
  readonly entityId = input<string>();
  readonly limit = input<string>();

  protected readonly types = Object.entries(ENTITY_TYPE_LABELS).map(([code, label]) => ({ code, label }));
  protected readonly limits = LIMITS;
  protected readonly filter = computed<AuditFilter>(() => {
    const limit = Number(this.limit());
    return {
      entityType: this.entityType()?.trim() ?? '',
      entityId: this.entityId()?.trim() ?? '',
      limit: LIMITS.includes(limit) ? limit : DEFAULT_LIMIT,
    };
  });
  /** A type in the address that the list does not name (a newer API) stays selectable. */
  protected readonly unknownType = computed(() => {
    const type = this.filter().entityType;
    return type && !(type in ENTITY_TYPE_LABELS) ? type : null;
  });
  protected readonly filtered = computed(() => this.filter().entityType !== '' || this.filter().entityId !== '');
  protected readonly exportUrl = computed(() => EXPORT_URLS.audit(this.filter()));
  protected readonly exportSubject = computed(() =>
    this.filtered() ? $localize`:@@audit.export.filtered:de filtrerede poster` : $localize`:@@audit.export.all:revisionssporet`,
  );

  protected readonly state = signal<PageState>({ kind: 'loading' });
  /** The records whose before/after are open. */
  protected readonly open = signal<ReadonlySet<string>>(new Set());

  constructor() {
    effect(() => {
      const filter = this.filter();
      const allowed = this.auth.canReadAudit();
      untracked(() => {
        if (allowed) void this.load(filter);
      });
    });
  }

  protected async load(filter = this.filter()): Promise<void> {
    this.state.set({ kind: 'loading' });
    this.open.set(new Set());
    try {
      const rows = await firstValueFrom(this.service.list(filter));
      // A slower answer for an older filter must not replace the current one.
      if (this.filter() === filter) this.state.set({ kind: 'loaded', rows });
    } catch (error: unknown) {
      if (this.filter() !== filter) return;
      const message =
        error instanceof HttpErrorResponse && error.status === 403
          ? $localize`:@@audit.error.forbidden:Din rolle må ikke se revisionssporet.`
          : apiErrorMessage(error, $localize`:@@audit.error.load:Revisionssporet kunne ikke hentes.`);
      this.state.set({ kind: 'error', message });
    }
  }

  /** The form only navigates: the address is the filter. */
  protected apply(event: Event): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '').trim() || null;
    const limit = Number(form.get('limit'));
    void this.router.navigate([], {
      queryParams: { entityType: text('entityType'), entityId: text('entityId'), limit: limit === DEFAULT_LIMIT ? null : limit },
    });
  }

  protected reset(): void {
    void this.router.navigate([], { queryParams: {} });
  }

  protected toggle(id: string): void {
    const next = new Set(this.open());
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.open.set(next);
  }

  /** The toggle's name says which record it opens: "Vis ændringer: ændret besparelse r1, 27.11.2026 kl. 10.15.00". */
  protected toggleLabel(r: AuditRow, expanded: boolean): string {
    const [action, type, time] = [actionLabel(r.action).toLowerCase(), entityTypeLabel(r.entityType).toLowerCase(), formatDateTime(r.at)];
    return expanded
      ? $localize`:@@audit.toggle.hideLabel:Skjul ændringer: ${action}:action: ${type}:type: ${r.entityId}:id:, ${time}:time:`
      : $localize`:@@audit.toggle.showLabel:Vis ændringer: ${action}:action: ${type}:type: ${r.entityId}:id:, ${time}:time:`;
  }

  protected readonly at = formatDateTime;
  protected readonly actionLabel = actionLabel;
  protected readonly actorLabel = actorLabel;
  protected readonly typeLabel = entityTypeLabel;
}
