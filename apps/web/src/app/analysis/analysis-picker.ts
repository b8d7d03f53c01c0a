import { ChangeDetectionStrategy, Component, computed, effect, input, output, signal } from '@angular/core';
import { NamedCode } from '../effect/effect.models';
import { ANALYSIS_KINDS, AnalysisKind, kindForSlug } from './analysis.models';

export interface AnalysisChoice {
  readonly slug: string;
  readonly code: string;
}

/**
 * What to analyse: a kind (track, committee, administration) and which one. Submitted with a
 * button rather than on every change, so moving through a select with the keyboard does not
 * open page after page.
 */
@Component({
  selector: 'app-analysis-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="picker" (submit)="submit($event)" aria-label="Vælg, hvad der skal analyseres" i18n-aria-label="@@analysis.picker.label">
      <div class="field">
        <label class="field__label" for="analysis-kind" i18n="@@analysis.picker.kind">Analysér</label>
        <select id="analysis-kind" class="field__input" (change)="chooseKind($event)">
          @for (k of kinds; track k.slug) {
            <option [value]="k.slug" [selected]="k.slug === kindSlug()">{{ k.label }}</option>
          }
        </select>
      </div>
      <div class="field picker__entity">
        <label class="field__label" for="analysis-code">{{ kindLabel() }}</label>
        <select id="analysis-code" class="field__input" (change)="chooseCode($event)" [attr.aria-describedby]="missing() ? 'analysis-code-error' : null" [attr.aria-invalid]="missing() ? 'true' : null">
          <option value="" [selected]="codeValue() === ''">{{ kind().choose }}</option>
          @for (o of options(); track o.code) {
            <option [value]="o.code" [selected]="o.code === codeValue()">{{ o.code }} – {{ o.name }}</option>
          }
        </select>
        @if (missing()) {
          <p id="analysis-code-error" class="field__error">{{ kind().missing }}</p>
        }
      </div>
      <button type="submit" class="bs-button" i18n="@@analysis.picker.submit">Vis analyse</button>
    </form>
  `,
  styles: `
    .picker {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.75rem 1rem;
    }
    .picker .bs-button {
      margin-top: 1.75rem;
    }
    .picker__entity {
      flex: 1 1 16rem;
      min-width: 0;
      max-width: 32rem;
    }
    .picker__entity .field__input {
      width: 100%;
    }
  `,
})
export class AnalysisPicker {
  /** The kind and code in the URL, which the selects start from. */
  readonly slug = input<string>('spor');
  readonly code = input<string>('');
  readonly lists = input.required<Readonly<Record<AnalysisKind, readonly NamedCode[]>>>();
  readonly chosen = output<AnalysisChoice>();

  protected readonly kinds = ANALYSIS_KINDS;
  protected readonly kindSlug = signal('spor');
  protected readonly codeValue = signal('');
  protected readonly missing = signal(false);
  protected readonly kind = computed(() => kindForSlug(this.kindSlug()) ?? ANALYSIS_KINDS[0]);
  protected readonly kindLabel = computed(() => this.kind().label);
  protected readonly options = computed(() => this.lists()[this.kind().kind]);

  constructor() {
    // The URL leads: a new link (or the back button) resets the selects to what it says.
    effect(() => {
      this.kindSlug.set(kindForSlug(this.slug())?.slug ?? 'spor');
      this.codeValue.set(this.code());
      this.missing.set(false);
    });
  }

  protected chooseKind(event: Event): void {
    this.kindSlug.set((event.target as HTMLSelectElement).value);
    this.codeValue.set('');
  }

  protected chooseCode(event: Event): void {
    this.codeValue.set((event.target as HTMLSelectElement).value);
    this.missing.set(false);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.codeValue() === '') {
      this.missing.set(true);
      return;
    }
    this.chosen.emit({ slug: this.kind().slug, code: this.codeValue() });
  }
}
