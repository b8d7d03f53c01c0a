import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { formatKroner } from '../core/format';
import { Preview } from './framework-preview-model';
import { ScrollRegion } from '@budgetspor/web/shared/ui';

/**
 * The allocation the form would give, track × year with each track's committee split under
 * it. Recomputed on every keystroke, so it has no live region: announcing a whole table per
 * keystroke would drown a screen reader; the table is there to be read when wanted.
 */
@Component({
  selector: 'app-framework-preview',
  imports: [ScrollRegion],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = preview();
    @if (p.kind === 'bids') {
      <p class="bs-notice" i18n="@@framework.preview.bids">
        Med bud fra udvalgene fordeles puljen efter buddene, som indtastes på siden Bud. Der er derfor ingen
        forhåndsvisning her.
      </p>
    } @else if (p.kind === 'missing') {
      <div class="bs-notice" data-testid="preview-missing">
        <p class="missing__lead" i18n="@@framework.preview.waiting">Forhåndsvisningen venter på:</p>
        <ul class="missing__list">
          @for (reason of p.reasons; track $index) {
            <li>{{ reason }}</li>
          }
        </ul>
      </div>
    } @else {
      <div class="bs-table-wrap">
        <table class="bs-table preview" data-testid="preview-table">
          <caption i18n="@@framework.preview.caption">Forhåndsvisning: puljen fordelt på spor og udvalg (ikke gemt)</caption>
          <thead>
            <tr>
              <th scope="col" i18n="@@framework.preview.trackAndCommittee">Spor og udvalg</th>
              <th scope="col" class="num" i18n="@@framework.preview.weight">Vægt</th>
              @for (y of p.years; track y) {
                <th scope="col" class="num">{{ y }}</th>
              }
              <th scope="col" class="num" i18n="@@framework.preview.total">I alt</th>
            </tr>
          </thead>
          @for (t of p.tracks; track t.code) {
            <tbody [attr.data-track]="t.code">
              <tr class="track">
                <th scope="row">{{ t.name }} <span class="code">({{ t.code }})</span></th>
                <td class="num">{{ t.weight }}</td>
                @for (y of p.years; track y) {
                  <td class="num amount">{{ kr(t.amounts[y]) }}</td>
                }
                <td class="num amount">{{ kr(t.total) }}</td>
              </tr>
              @for (c of t.committees; track c.code) {
                <tr class="committee" [attr.data-committee]="c.code">
                  <th scope="row"><span class="visually-hidden" i18n="@@framework.preview.committeeOf">{{ t.code }}, udvalg </span>{{ c.code }}</th>
                  <td></td>
                  @for (y of p.years; track y) {
                    <td class="num amount">{{ kr(c.amounts[y]) }}</td>
                  }
                  <td class="num amount">{{ kr(c.total) }}</td>
                </tr>
              }
            </tbody>
          }
          <tfoot>
            <tr data-line="allocated">
              <th scope="row" colspan="2" i18n="@@framework.preview.allocated">Fordelt</th>
              @for (y of p.years; track y) {
                <td class="num amount">{{ kr(p.allocated.amounts[y]) }}</td>
              }
              <td class="num amount">{{ kr(p.allocated.total) }}</td>
            </tr>
            <tr data-line="unallocated">
              <th scope="row" colspan="2" i18n="@@framework.preview.unallocated">Ufordelt</th>
              @for (y of p.years; track y) {
                <td class="num amount">{{ kr(p.unallocated.amounts[y]) }}</td>
              }
              <td class="num amount">{{ kr(p.unallocated.total) }}</td>
            </tr>
            <tr data-line="pool">
              <th scope="row" colspan="2" i18n="@@framework.preview.pool">Pulje</th>
              @for (y of p.years; track y) {
                <td class="num amount">{{ kr(p.pool.amounts[y]) }}</td>
              }
              <td class="num amount">{{ kr(p.pool.total) }}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      @if (p.notes.length > 0) {
        <ul class="notes">
          @for (note of p.notes; track $index) {
            <li>{{ note }}</li>
          }
        </ul>
      }
    }
  `,
  styles: `
    .preview .committee th,
    .preview .committee td {
      padding-top: 0.125rem;
      padding-bottom: 0.125rem;
      border-top: 0;
      color: var(--bs-color-text-muted);
      font-size: 0.875rem;
      font-weight: 400;
    }
    .preview .committee th {
      padding-left: 1.5rem;
    }
    .code {
      color: var(--bs-color-text-muted);
      font-weight: 400;
    }
    .missing__lead {
      margin: 0 0 0.25rem;
      font-weight: 600;
    }
    .missing__list,
    .notes {
      margin: 0;
      padding-left: 1.25rem;
    }
    .notes {
      margin-top: 0.5rem;
      color: var(--bs-color-warning);
    }
  `,
})
export class FrameworkPreview {
  readonly preview = input.required<Preview>();

  protected kr(amount: string): string {
    return formatKroner(amount);
  }
}
