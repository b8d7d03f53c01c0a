import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { danishDate, dateParts } from '../calendar/danish-date';
import { formatDate, formatNumber } from '../core/format';
import { OpenRoundBody } from './follow-up.models';

export interface OpenRoundErrors {
  asOf?: string;
  deadline?: string;
  title?: string;
}

const MAX_TITLE_LENGTH = 200;

/** The form's rules, as the API judges them (dates, deadline not before asOf, title ≤ 200). */
export function openRoundErrors(asOf: string, deadline: string, title: string): OpenRoundErrors {
  const errors: OpenRoundErrors = {};
  if (!dateParts(asOf)) errors.asOf = $localize`:@@follow-up.open.asOfRequired:Vælg datoen, opfølgningen er pr., fx 30.6.2014.`;
  if (!dateParts(deadline)) errors.deadline = $localize`:@@follow-up.open.deadlineRequired:Vælg udvalgenes frist.`;
  else if (dateParts(asOf) && deadline < asOf) {
    errors.deadline = $localize`:@@follow-up.open.deadlineTooEarly:Fristen må ikke ligge før ${formatDate(asOf)}:date:.`;
  }
  if ([...title].length > MAX_TITLE_LENGTH) {
    errors.title = $localize`:@@follow-up.open.titleTooLong:Titlen må højst være ${formatNumber(MAX_TITLE_LENGTH)}:max: tegn.`;
  }
  return errors;
}

/**
 * Finance opens a round "pr. <dato>" with a deadline for the committees. Without a title the
 * API names it "Budgetopfølgning pr. 30. juni 2014", which the hint shows as it is typed.
 */
@Component({
  selector: 'app-open-round-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="open" (submit)="submit($event)" novalidate aria-labelledby="open-heading">
      <h3 id="open-heading" i18n="@@follow-up.open.heading">Åbn en ny opfølgningsrunde</h3>
      @if (error(); as message) {
        <p class="bs-notice bs-notice--error" role="alert">{{ message }}</p>
      }
      <div class="open__row">
        <div class="field">
          <label class="field__label" for="round-asof" i18n="@@follow-up.open.asOf">Opfølgning pr.</label>
          <input
            id="round-asof"
            type="date"
            class="field__input"
            [value]="asOf()"
            (input)="asOf.set(value($event))"
            [attr.aria-invalid]="shown().asOf ? 'true' : null"
            [attr.aria-describedby]="shown().asOf ? 'round-asof-error' : null"
          />
          @if (shown().asOf; as e) {
            <p class="field__error" id="round-asof-error">{{ e }}</p>
          }
        </div>
        <div class="field">
          <label class="field__label" for="round-deadline" i18n="@@follow-up.open.deadline">Frist for udvalgene</label>
          <input
            id="round-deadline"
            type="date"
            class="field__input"
            [value]="deadline()"
            (input)="deadline.set(value($event))"
            [attr.aria-invalid]="shown().deadline ? 'true' : null"
            [attr.aria-describedby]="shown().deadline ? 'round-deadline-error' : null"
          />
          @if (shown().deadline; as e) {
            <p class="field__error" id="round-deadline-error">{{ e }}</p>
          }
        </div>
      </div>
      <div class="field">
        <label class="field__label" for="round-title" i18n="@@follow-up.open.title">Titel (valgfri)</label>
        <input
          id="round-title"
          type="text"
          class="field__input"
          autocomplete="off"
          [value]="title()"
          (input)="title.set(value($event))"
          [attr.aria-invalid]="shown().title ? 'true' : null"
          aria-describedby="round-title-hint"
        />
        <p class="field__hint" id="round-title-hint">{{ titleHint() }}</p>
        @if (shown().title; as e) {
          <p class="field__error">{{ e }}</p>
        }
      </div>
      <div class="open__actions">
        <button type="submit" class="bs-button" [disabled]="busy()">
          @if (busy()) {
            <ng-container i18n="@@follow-up.open.opening">Åbner …</ng-container>
          } @else {
            <ng-container i18n="@@follow-up.open.submit">Åbn runden</ng-container>
          }
        </button>
        <button type="button" class="bs-button bs-button--secondary" [disabled]="busy()" (click)="cancelled.emit()" i18n="@@follow-up.open.cancel">
          Annuller
        </button>
      </div>
    </form>
  `,
  styles: `
    .open {
      display: grid;
      gap: 1rem;
      margin-bottom: 1.5rem;
      padding: 1rem 1.25rem;
      border: 1px solid var(--bs-color-border);
      border-radius: var(--bs-radius);
      background: var(--bs-color-surface);
    }
    .open h3 {
      margin: 0;
    }
    .open__row {
      display: grid;
      gap: 1rem;
    }
    @media (min-width: 36rem) {
      .open__row {
        grid-template-columns: repeat(2, minmax(0, 16rem));
      }
    }
    .open__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
  `,
})
export class OpenRoundForm {
  readonly busy = input(false);
  readonly error = input<string | null>(null);

  readonly submitted = output<OpenRoundBody>();
  readonly cancelled = output<void>();

  protected readonly asOf = signal('');
  protected readonly deadline = signal('');
  protected readonly title = signal('');
  private readonly tried = signal(false);

  private readonly errors = computed(() => openRoundErrors(this.asOf(), this.deadline(), this.title()));
  protected readonly shown = computed<OpenRoundErrors>(() => (this.tried() ? this.errors() : {}));
  /**
   * The API names an untitled round in Danish ("Budgetopfølgning pr. 30. juni 2014"), on an
   * English page too, so the hint quotes that title as it will be, with the date in Danish.
   */
  protected readonly titleHint = computed(() => {
    if (!dateParts(this.asOf())) return $localize`:@@follow-up.open.titleHintNoDate:Uden titel hedder runden «Budgetopfølgning pr.» og datoen.`;
    // The same in English: the API's own Danish title, which the round will have.
    const title = $localize`:@@follow-up.open.defaultTitle:Budgetopfølgning pr. ${danishDate(this.asOf())}:date:`;
    return $localize`:@@follow-up.open.titleHint:Uden titel hedder runden «${title}:title:».`;
  });

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.tried.set(true);
    if (Object.keys(this.errors()).length > 0 || this.busy()) return;
    const title = this.title().trim();
    this.submitted.emit({ asOf: this.asOf(), deadline: this.deadline(), ...(title ? { title } : {}) });
  }
}
