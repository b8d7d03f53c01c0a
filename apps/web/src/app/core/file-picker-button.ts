import { ChangeDetectionStrategy, Component, ElementRef, input, output, viewChild } from '@angular/core';
import { SPREADSHEET_ACCEPT } from './file-urls';

let nextId = 0;

/**
 * A real button ("Indlæs fra fil") that opens the browser's file chooser. The file input
 * itself is labelled but hidden from sight, the tab order and screen readers, so the button
 * is the one control people meet; choosing the same file again still fires, as it is cleared.
 */
@Component({
  selector: 'app-file-picker-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button type="button" class="bs-button bs-button--small bs-button--secondary" [disabled]="disabled()" (click)="open()">
      {{ label() }}
    </button>
    <label class="visually-hidden" [for]="inputId" i18n="@@core.filePicker.inputLabel">{{ label() }}: vælg en fil</label>
    <input #file type="file" class="visually-hidden" tabindex="-1" aria-hidden="true" [id]="inputId" [accept]="accept()" (change)="chosen($event)" />
  `,
  styles: `
    :host {
      display: inline-block;
    }
  `,
})
export class FilePickerButton {
  readonly label = input($localize`:@@core.filePicker.label:Indlæs fra fil`);
  readonly accept = input(SPREADSHEET_ACCEPT);
  readonly disabled = input(false);
  readonly picked = output<File>();

  protected readonly inputId = `file-picker-${++nextId}`;
  private readonly file = viewChild.required<ElementRef<HTMLInputElement>>('file');

  protected open(): void {
    this.file().nativeElement.click();
  }

  protected chosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) this.picked.emit(file);
  }
}
