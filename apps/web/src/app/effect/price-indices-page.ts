import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal, viewChild } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { RouterLink } from '@angular/router';
import { ScrollRegion, StatusBadge } from '@budgetspor/web/shared/ui';
import { AuthService } from '../auth/auth.service';
import { apiErrorMessage } from '../core/api-error';
import { PriceIndicesService } from '../core/price-level';
import { HasUnsavedChanges, warnOnUnload } from '../core/unsaved-changes.guard';
import { formatDecimal } from './decimal-text';
import { canManageGoals, PriceIndex } from './effect.models';
import { PriceIndexEditor } from './price-index-editor';

type PageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'loaded'; readonly indices: readonly PriceIndex[] };

/** What the page has open: nothing, a year's index, or a new year. */
type Mode = { readonly kind: 'view' } | { readonly kind: 'edit'; readonly index: PriceIndex } | { readonly kind: 'add' };

/** Who may write the index: the API's `@FinanceOnly()` (finance and admin). */
export const canEditPriceIndices = canManageGoals;

/**
 * Pris- og lønindeks: the price and wage index per year that converts amounts between price
 * levels (`?prisniveau=` on the effect account, the analysis and the other money pages).
 * Everyone reads it; finance and admin add a year and correct a year's index, each save
 * checked against the version read. An illustrative (demo) index says so in words.
 */
@Component({
  selector: 'app-price-indices-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, StatusBadge, ScrollRegion, PriceIndexEditor],
  templateUrl: './price-indices-page.html',
  styleUrl: './price-indices-page.scss',
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
})
export class PriceIndicesPage implements OnInit, HasUnsavedChanges {
  private readonly service = inject(PriceIndicesService);
  private readonly auth = inject(AuthService);

  protected readonly state = signal<PageState>({ kind: 'loading' });
  protected readonly mode = signal<Mode>({ kind: 'view' });
  protected readonly notice = signal<string | null>(null);
  protected readonly canEdit = computed(() => canEditPriceIndices(this.auth.user()?.role));

  protected readonly rows = computed(() => {
    const s = this.state();
    return s.kind === 'loaded' ? s.indices.map((index) => ({ index, shown: formatDecimal(index.index) })) : [];
  });
  protected readonly years = computed(() => this.rows().map((r) => r.index.year));
  /** A new year most likely follows the newest one; without any, this year. */
  protected readonly nextYear = computed(() => {
    const years = this.years();
    return years.length ? Math.max(...years) + 1 : new Date().getFullYear();
  });
  protected readonly anyIllustrative = computed(() => this.rows().some((r) => r.index.illustrative));
  /** Buttons per year only while no form is open, so an open form is never swapped under what was typed. */
  protected readonly rowActions = computed(() => this.canEdit() && this.mode().kind === 'view');

  private readonly editor = viewChild(PriceIndexEditor);

  ngOnInit(): void {
    void this.load();
  }

  hasUnsavedChanges(): boolean {
    return this.editor()?.isDirty() ?? false;
  }

  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    warnOnUnload(event, this);
  }

  protected async load(): Promise<void> {
    this.state.set({ kind: 'loading' });
    try {
      this.state.set({ kind: 'loaded', indices: await firstValueFrom(this.service.list()) });
    } catch (error: unknown) {
      this.state.set({ kind: 'error', message: apiErrorMessage(error, $localize`:@@effect.priceIndices.loadError:Pris- og lønindekset kunne ikke hentes.`) });
    }
  }

  protected open(mode: Mode): void {
    this.notice.set(null);
    this.mode.set(mode);
  }

  protected saved(index: PriceIndex): void {
    const added = !this.years().includes(index.year);
    this.replace([...this.current().filter((i) => i.year !== index.year), index]);
    this.mode.set({ kind: 'view' });
    const shown = formatDecimal(index.index);
    this.notice.set(
      added
        ? $localize`:@@effect.priceIndices.added:${index.year}:year: er tilføjet med indeks ${shown}:index:.`
        : $localize`:@@effect.priceIndices.saved:Indekset for ${index.year}:year: er gemt: ${shown}:index:.`,
    );
  }

  /** After a conflict the editor read the whole list again; the table shows it too. */
  protected refreshed(list: PriceIndex[]): void {
    this.replace(list);
  }

  private current(): PriceIndex[] {
    return this.rows().map((r) => r.index);
  }

  private replace(list: readonly PriceIndex[]): void {
    this.state.set({ kind: 'loaded', indices: [...list].sort((a, b) => a.year - b.year) });
  }
}
