import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ImportError } from './file-import';
import { ScrollRegion } from '@budgetspor/web/shared/ui';
import { LocalNumberPipe } from './format';

/** More rows than anyone reads in a dialog; the rest are counted, and fixing the first ones usually fixes many. */
export const SHOWN_ROWS = 200;

/** The errors of an import report: where (sheet, row, column) and what, as the spreadsheet program numbers it. */
@Component({
  selector: 'app-import-errors',
  imports: [ScrollRegion, LocalNumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="bs-table-wrap">
      <table class="bs-table" data-testid="import-errors">
        <caption class="visually-hidden" i18n="@@core.importErrors.caption">Fejl i filen</caption>
        <thead>
          <tr>
            <th scope="col" i18n="@@core.importErrors.sheet">Ark</th>
            <th scope="col" class="num" i18n="@@core.importErrors.row">Række</th>
            <th scope="col" i18n="@@core.importErrors.column">Kolonne</th>
            <th scope="col" i18n="@@core.importErrors.error">Fejl</th>
          </tr>
        </thead>
        <tbody>
          @for (e of shown(); track $index) {
            <tr>
              <td>{{ e.sheet ?? wholeFile }}</td>
              <td class="num">{{ e.row ?? '–' }}</td>
              <td>{{ e.column ?? '–' }}</td>
              <td>{{ e.message }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
    @if (hidden() > 0) {
      <p class="more" i18n="@@core.importErrors.more">{hidden(), plural, other {… og {{ hidden() | localNumber }} fejl mere. Ret de viste, og indlæs filen igen.}}</p>
    }
  `,
  styles: `
    .more {
      color: var(--bs-color-text-muted);
      font-size: 0.9375rem;
    }
  `,
})
export class ImportErrors {
  readonly errors = input.required<readonly ImportError[]>();
  protected readonly wholeFile = $localize`:@@core.importErrors.wholeFile:Hele filen`;
  protected readonly shown = computed(() => this.errors().slice(0, SHOWN_ROWS));
  protected readonly hidden = computed(() => Math.max(0, this.errors().length - SHOWN_ROWS));
}
