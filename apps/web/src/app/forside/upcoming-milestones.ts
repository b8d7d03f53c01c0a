import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { catchError, map, Observable, of, startWith, switchMap } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { KIND_LABELS, UpcomingMilestone } from '../calendar/calendar.models';
import { CalendarService } from '../calendar/calendar.service';
import { apiErrorMessage } from '../core/api-error';
import { LocalDatePipe } from '../core/format';

type State =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'loaded'; readonly milestones: readonly UpcomingMilestone[] };

/** The window the start page looks ahead; overdue ones are shown however old. */
export const UPCOMING_DAYS = 30;

/**
 * "Kommende og overskredne milepæle" on the start page: the logged-in user's milestones (their
 * role's or committees'; finance sees all) of the open budget years, due within 30 days or
 * already overdue. Overdue is said in words and marked with a sign, not by colour alone. Each
 * links to the calendar of its budget year.
 */
@Component({
  selector: 'app-upcoming-milestones',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, LocalDatePipe],
  template: `
    <section class="upcoming" aria-labelledby="upcoming-heading" data-testid="upcoming-milestones">
      <h2 id="upcoming-heading" i18n="@@forside.upcoming.heading">Kommende og overskredne milepæle</h2>
      @let s = state();
      @if (s.kind === 'loading') {
        <p role="status" i18n="@@forside.upcoming.loading">Henter dine milepæle …</p>
      } @else if (s.kind === 'error') {
        <p class="bs-notice bs-notice--error" role="alert">{{ s.message }}</p>
        <button type="button" class="bs-button bs-button--secondary" (click)="retry()" i18n="@@forside.upcoming.retry">Prøv igen</button>
      } @else if (s.milestones.length === 0) {
        <p class="upcoming__empty" i18n="@@forside.upcoming.empty">Du har ingen milepæle de næste {{ days }} dage og ingen, der er overskredet.</p>
      } @else {
        <p class="upcoming__hint">{{ summary() }}</p>
        <ul class="upcoming__list">
          @for (m of s.milestones; track m.id) {
            <li class="upcoming__item" [class.upcoming__item--overdue]="m.overdue">
              @if (m.overdue) {
                <span class="upcoming__flag"><span aria-hidden="true">! </span><ng-container i18n="@@forside.upcoming.overdue">Overskredet</ng-container></span>&ngsp;
              }
              <a class="upcoming__link" [routerLink]="['/budget-years', m.budgetYear, 'calendar']">{{ m.title }}</a>&ngsp;
              <span class="upcoming__meta" i18n="@@forside.upcoming.meta">
                <time [attr.datetime]="m.date">{{ m.date | localDate }}</time> · {{ kinds[m.kind] }} · budget {{ m.budgetYear }}
              </span>
            </li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    .upcoming {
      padding: 1rem 1.25rem;
      border: 1px solid var(--bs-color-border);
      border-left: 4px solid var(--bs-color-primary);
      border-radius: var(--bs-radius);
      background: var(--bs-color-surface);
    }
    .upcoming h2 {
      font-size: 1.25rem;
    }
    .upcoming__hint,
    .upcoming__empty {
      color: var(--bs-color-text-muted);
    }
    .upcoming__list {
      display: grid;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .upcoming__item {
      display: grid;
      gap: 0.125rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--bs-color-border);
      border-radius: var(--bs-radius);
    }
    .upcoming__item--overdue {
      border-color: var(--bs-color-error);
      background: var(--bs-color-error-bg);
    }
    .upcoming__flag {
      justify-self: start;
      color: var(--bs-color-error);
      font-weight: 700;
      text-transform: uppercase;
      font-size: 0.8125rem;
      letter-spacing: 0.03em;
    }
    .upcoming__link {
      font-weight: 600;
    }
    .upcoming__meta {
      color: var(--bs-color-text-muted);
      font-size: 0.9375rem;
    }
  `,
})
export class UpcomingMilestones {
  private readonly service = inject(CalendarService);
  private readonly auth = inject(AuthService);

  protected readonly days = UPCOMING_DAYS;
  protected readonly kinds = KIND_LABELS;
  private readonly attempt = signal(0);

  /** Follows the user: logging out and in as someone else shows the new user's milestones. */
  protected readonly state = toSignal(
    toObservable(computed(() => ({ user: this.auth.user()?.id ?? null, attempt: this.attempt() }))).pipe(
      switchMap(({ user }) => (user ? this.request() : of<State>({ kind: 'loaded', milestones: [] }))),
    ),
    { initialValue: { kind: 'loading' } as State },
  );

  protected readonly summary = computed(() => {
    const s = this.state();
    if (s.kind !== 'loaded') return '';
    const overdue = s.milestones.filter((m) => m.overdue).length;
    const coming = s.milestones.length - overdue;
    const days = UPCOMING_DAYS;
    if (overdue && coming) {
      return $localize`:@@forside.upcoming.summaryBoth:${overdue}:overdue: overskredet og ${coming}:coming: kommende inden for ${days}:days: dage. Vælg en milepæl for at se budgetårets årshjul.`;
    }
    return overdue
      ? $localize`:@@forside.upcoming.summaryOverdue:${overdue}:overdue: overskredet. Vælg en milepæl for at se budgetårets årshjul.`
      : $localize`:@@forside.upcoming.summaryComing:${coming}:coming: kommende inden for ${days}:days: dage. Vælg en milepæl for at se budgetårets årshjul.`;
  });

  protected retry(): void {
    this.attempt.update((n) => n + 1);
  }

  private request(): Observable<State> {
    return this.service.upcoming(UPCOMING_DAYS).pipe(
      map((milestones): State => ({ kind: 'loaded', milestones })),
      catchError((error: unknown) => of<State>({ kind: 'error', message: apiErrorMessage(error, $localize`:@@forside.upcoming.loadError:Dine milepæle kunne ikke hentes.`) })),
      startWith<State>({ kind: 'loading' }),
    );
  }
}
