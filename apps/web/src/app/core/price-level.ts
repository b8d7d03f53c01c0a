import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, Injectable, input, output } from '@angular/core';
import { Observable } from 'rxjs';

/** `GET /api/price-indices`: the price and wage index per year (finance edits it). */
export interface PriceIndex {
  readonly year: number;
  readonly index: string;
  readonly source: string | null;
  readonly illustrative: boolean;
  readonly version: number;
}

export const PRICE_INDICES_URL = '/api/price-indices';

@Injectable({ providedIn: 'root' })
export class PriceIndicesService {
  private readonly http = inject(HttpClient);

  list(): Observable<PriceIndex[]> {
    return this.http.get<PriceIndex[]>(PRICE_INDICES_URL);
  }
}

/** "2014-priser": how an amount's price level is written beside it; '' when there are no amounts. */
export function priceLevelLabel(level: number | null): string {
  return level === null ? '' : $localize`:@@core.priceLevel.label:${level}:year:-priser`;
}

/** `?prisniveau=2016` in the page's URL; anything that is not a year means the rounds' own levels. */
export function parsePriceLevel(value: string | null | undefined): number | null {
  return value && /^\d{4}$/.test(value) ? Number(value) : null;
}

let nextId = 0;

/**
 * The price level the page's money is shown in: the rounds' own levels, or any year with a
 * price and wage index (`GET /api/price-indices`). An illustrative index says so, so nobody
 * mistakes demo figures for KL's. Used by every page that shows money at a chosen level
 * (`?prisniveau=`).
 */
@Component({
  selector: 'app-price-level-select',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="field">
      <label class="field__label" [for]="id" i18n="@@core.priceLevel.select">Prisniveau</label>
      <select class="field__input" [id]="id" (change)="pick($event)">
        <option value="" [selected]="value() === null">{{ ownLabel() }}</option>
        @for (i of indices(); track i.year) {
          <option [value]="i.year" [selected]="i.year === value()">
            @if (i.illustrative) {
              <ng-container i18n="@@core.priceLevel.optionIllustrative">{{ i.year }}-priser (illustrativt indeks)</ng-container>
            } @else {
              <ng-container i18n="@@core.priceLevel.option">{{ i.year }}-priser</ng-container>
            }
          </option>
        }
      </select>
    </div>
  `,
})
export class PriceLevelSelect {
  readonly indices = input.required<readonly PriceIndex[]>();
  readonly value = input<number | null>(null);
  /** The option for no conversion: "Budgetrundens eget prisniveau". */
  readonly ownLabel = input($localize`:@@core.priceLevel.own:Budgetrundens eget prisniveau`);
  readonly changed = output<number | null>();

  protected readonly id = `price-level-${++nextId}`;

  protected pick(event: Event): void {
    this.changed.emit(parsePriceLevel((event.target as HTMLSelectElement).value));
  }
}
