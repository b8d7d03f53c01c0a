import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';

/**
 * The effect account's year: the previous and next year as links (so a year can be opened
 * in a new tab and the back button works) and a select of the years the budget rounds cover.
 * The query (`?prisniveau=`) goes along.
 */
@Component({
  selector: 'app-year-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <div class="picker">
      <a class="bs-button bs-button--secondary" [routerLink]="['/effect/account', year() - 1]" queryParamsHandling="preserve"
        ><span aria-hidden="true">‹ </span>{{ year() - 1 }}<span class="visually-hidden" i18n="@@effect.yearPicker.previous"> – forrige år</span></a
      >
      <div class="field">
        <label class="field__label" for="account-year" i18n="@@effect.yearPicker.year">År</label>
        <select id="account-year" class="field__input" (change)="pick($event)">
          @for (y of options(); track y) {
            <option [value]="y" [selected]="y === year()">{{ y }}</option>
          }
        </select>
      </div>
      <a class="bs-button bs-button--secondary" [routerLink]="['/effect/account', year() + 1]" queryParamsHandling="preserve"
        >{{ year() + 1 }}<span aria-hidden="true"> ›</span><span class="visually-hidden" i18n="@@effect.yearPicker.next"> – næste år</span></a
      >
    </div>
  `,
  styles: `
    .picker {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 0.5rem;
    }
  `,
})
export class YearPicker {
  private readonly router = inject(Router);

  readonly year = input.required<number>();
  /** Years worth offering (those the budget rounds cover); the shown year is always among them. */
  readonly years = input<readonly number[]>([]);

  protected readonly options = computed(() => [...new Set([...this.years(), this.year()])].sort((a, b) => a - b));

  protected pick(event: Event): void {
    const year = Number((event.target as HTMLSelectElement).value);
    void this.router.navigate(['/effect/account', year], { queryParamsHandling: 'preserve' });
  }
}
