import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { formatDateTime, formatKroner, formatMio } from '../core/format';
import { Framework, METHOD_LABELS, Track } from './framework.models';
import { localWeight, formatDecidedOn } from './framework-input';
import { ScrollRegion } from '@budgetspor/web/shared/ui';

/** The current revision of the rammeudmelding: who decided what, the pool and the track weights. */
@Component({
  selector: 'app-framework-summary',
  imports: [ScrollRegion],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let f = framework();
    <dl class="facts">
      <div><dt i18n="@@framework.summary.revision">Revision</dt><dd data-testid="current-revision">{{ f.revision }}</dd></div>
      <div><dt i18n="@@framework.summary.decided">Besluttet</dt><dd i18n="@@framework.summary.decidedBy">{{ decidedOn() }} af {{ f.decidedBy }}</dd></div>
      <div><dt i18n="@@framework.summary.title">Titel</dt><dd>{{ f.title }}</dd></div>
      <div><dt i18n="@@framework.summary.method">Fordelingsmetode</dt><dd>{{ methodLabels[f.allocationMethod] }}</dd></div>
      @if (registered()) {
        <div><dt i18n="@@framework.summary.registered">Registreret</dt><dd i18n="@@framework.summary.registeredBy">{{ registered() }} af {{ f.createdBy }}</dd></div>
      }
    </dl>

    <div class="tables">
      <div class="bs-table-wrap">
        <table class="bs-table">
          <caption i18n="@@framework.summary.poolCaption">Innovationspuljen pr. år</caption>
          <thead>
            <tr>
              <th scope="col" i18n="@@framework.summary.year">År</th>
              <th scope="col" class="num" i18n="@@framework.summary.pool">Pulje</th>
              <th scope="col" class="num" i18n="@@framework.summary.exact">Præcist beløb</th>
            </tr>
          </thead>
          <tbody>
            @for (p of pool(); track p.year) {
              <tr><th scope="row">{{ p.year }}</th><td class="num">{{ p.mio }}</td><td class="num">{{ p.kroner }}</td></tr>
            }
          </tbody>
          <tfoot>
            <tr><th scope="row" i18n="@@framework.summary.total">I alt</th><td class="num">{{ total().mio }}</td><td class="num">{{ total().kroner }}</td></tr>
          </tfoot>
        </table>
      </div>

      <div class="bs-table-wrap">
        <table class="bs-table">
          <caption i18n="@@framework.summary.weightsCaption">Sporenes vægte</caption>
          <thead>
            <tr><th scope="col" i18n="@@framework.summary.track">Spor</th><th scope="col" class="num" i18n="@@framework.summary.weight">Vægt</th></tr>
          </thead>
          <tbody>
            @for (w of weights(); track w.code) {
              <tr>
                <th scope="row">{{ w.name }} @if (w.name !== w.code) {<span class="code">({{ w.code }})</span>}</th>
                <td class="num">{{ w.weight }}</td>
              </tr>
            } @empty {
              <tr>
                <td colspan="2">
                  @if (f.allocationMethod === 'bids') {
                    <ng-container i18n="@@framework.summary.noWeightsBids">Ingen spor har en vægt: puljen fordeles efter buddene.</ng-container>
                  } @else {
                    <ng-container i18n="@@framework.summary.noWeights">Ingen spor har en vægt.</ng-container>
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </div>
  `,
  styles: `
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      gap: 0.75rem 1.5rem;
      margin: 0 0 1rem;
    }
    .facts dt {
      color: var(--bs-color-text-muted);
      font-size: 0.9375rem;
    }
    .facts dd {
      margin: 0;
      font-weight: 600;
    }
    .tables {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr));
      gap: 1rem;
      align-items: start;
    }
    .code {
      color: var(--bs-color-text-muted);
      font-weight: 400;
    }
  `,
})
export class FrameworkSummary {
  readonly framework = input.required<Framework>();
  readonly tracks = input.required<readonly Track[]>();
  protected readonly methodLabels = METHOD_LABELS;

  protected readonly decidedOn = computed(() => formatDecidedOn(this.framework().decidedOn));
  protected readonly registered = computed(() => formatDateTime(this.framework().createdAt));

  protected readonly pool = computed(() =>
    Object.entries(this.framework().pool)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([year, amount]) => ({ year, mio: formatMio(amount), kroner: formatKroner(amount) })),
  );

  protected readonly total = computed(() => {
    const sum = Object.values(this.framework().pool).reduce((s, a) => s + BigInt(a.split('.')[0]), 0n) * 100n;
    return { mio: formatMio(sum), kroner: formatKroner(sum) };
  });

  protected readonly weights = computed(() => {
    const names = new Map(this.tracks().map((t) => [t.code, t.name]));
    return this.framework().trackWeights.map((w) => ({
      code: w.trackCode,
      // A track unknown to GET /api/tracks still shows, by its code.
      name: names.get(w.trackCode) ?? w.trackCode,
      weight: localWeight(w.weight),
    }));
  });
}
