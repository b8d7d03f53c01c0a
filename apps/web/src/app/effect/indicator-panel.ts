import { ChangeDetectionStrategy, Component, computed, input, output, signal, viewChild } from '@angular/core';
import { ScrollRegion, StatusBadge } from '@budgetspor/web/shared/ui';
import { formatDateTime } from '../core/format';
import { formatDecimal } from './decimal-text';
import { Indicator, INDICATOR_STATUS_INFO, IndicatorValue } from './effect.models';
import { withValue } from './goal-tree';
import { indicatorFacts } from './indicator-facts';
import { IndicatorEditor } from './indicator-editor';
import { ValueEditor } from './value-editor';

/** What the panel has open: nothing, the indicator's own form, or a year's value (null: a new year). */
type Mode = { readonly kind: 'view' } | { readonly kind: 'indicator' } | { readonly kind: 'value'; readonly value: IndicatorValue | null };

/**
 * One indicator on its goal's page: its definition, every yearly value, and (for those who
 * may) the forms to edit the indicator or enter a year's value.
 */
@Component({
  selector: 'app-indicator-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusBadge, IndicatorEditor, ValueEditor, ScrollRegion],
  templateUrl: './indicator-panel.html',
  styleUrl: './indicator-panel.scss',
})
export class IndicatorPanel {
  readonly indicator = input.required<Indicator>();
  readonly goalId = input.required<string>();
  readonly canManage = input(false);
  readonly canEnter = input(false);
  readonly changed = output<Indicator>();

  protected readonly mode = signal<Mode>({ kind: 'view' });
  protected readonly notice = signal<string | null>(null);
  protected readonly facts = computed(() => indicatorFacts(this.indicator()));
  protected readonly quantitative = computed(() => this.indicator().kind === 'quantitative');
  protected readonly rows = computed(() =>
    [...this.indicator().values].reverse().map((v) => ({
      value: v,
      shown: this.quantitative() ? formatDecimal(v.value) : (v.assessment ?? ''),
      comment: this.quantitative() ? v.assessment : null,
      status: v.status ? INDICATOR_STATUS_INFO[v.status] : null,
      updated: `${v.updatedBy}, ${formatDateTime(v.updatedAt)}`,
    })),
  );
  /** "Ret" per year only while no form is open, so an open form is never swapped under what was typed. */
  protected readonly rowActions = computed(() => this.canEnter() && this.mode().kind === 'view');
  protected readonly headingId = computed(() => `indicator-${this.indicator().id}`);

  private readonly indicatorEditor = viewChild(IndicatorEditor);
  private readonly valueEditor = viewChild(ValueEditor);

  isDirty(): boolean {
    return (this.indicatorEditor()?.isDirty() ?? false) || (this.valueEditor()?.isDirty() ?? false);
  }

  protected open(mode: Mode): void {
    this.notice.set(null);
    this.mode.set(mode);
  }

  protected indicatorSaved(indicator: Indicator): void {
    this.mode.set({ kind: 'view' });
    this.notice.set($localize`:@@effect.panel.indicatorSaved:Indikatoren ${indicator.name}:name: er gemt.`);
    this.changed.emit(indicator);
  }

  protected valueSaved(value: IndicatorValue): void {
    this.mode.set({ kind: 'view' });
    this.notice.set($localize`:@@effect.panel.valueSaved:Værdien for ${value.year}:year: er gemt.`);
    this.changed.emit(withValue(this.indicator(), value));
  }
}
