import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { DownloadButton } from './download-button';
import { inFormat, SPREADSHEET_FORMATS } from './file-urls';

/**
 * "Hent som Excel" and "Hent som CSV" for one export. The group is named after what it
 * downloads ("Hent besparelserne"), so a screen reader user hears what the file holds.
 */
@Component({
  selector: 'app-export-buttons',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DownloadButton],
  template: `
    <div class="exports" role="group" [attr.aria-label]="groupLabel()">
      @for (f of formats(); track f.format) {
        <app-download-button [url]="f.url" [label]="f.label" [accessibleLabel]="f.label + ': ' + subject()" />
      }
    </div>
  `,
  styles: `
    .exports {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: flex-start;
    }
  `,
})
export class ExportButtons {
  /** The export's address with its filters, without `format` (see EXPORT_URLS). */
  readonly url = input.required<string>();
  /** What the file holds, in the definite form: "besparelserne", "fordelingen" (English "the savings"). */
  readonly subject = input.required<string>();

  protected readonly groupLabel = computed(() => $localize`:@@core.export.group:Hent ${this.subject()}:subject:`);
  protected readonly formats = computed(() => SPREADSHEET_FORMATS.map((f) => ({ ...f, url: inFormat(this.url(), f.format) })));
}
