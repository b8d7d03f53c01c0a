import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  viewChild,
} from '@angular/core';
import { FormArray, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { parseWeightInput, sharePercents } from './share-math';
import { repeatedRows, ShareGroup, shareGroup, weightMessage } from './track-form';
import { Committee } from './tracks.models';

export interface ShareValue {
  readonly committeeCode: string;
  readonly weight: string;
}

/**
 * The committees' shares of a track as editable rows (committee + weight), each with its
 * percentage of the total, updated as the user types. The rows are the parent's FormArray;
 * `values` is its current value as a signal, so the percentages follow every keystroke.
 */
@Component({
  selector: 'app-track-shares-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule],
  templateUrl: './track-shares-editor.html',
  styleUrl: './track-shares-editor.scss',
})
export class TrackSharesEditor {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly addButton = viewChild<ElementRef<HTMLButtonElement>>('addButton');

  readonly shares = input.required<FormArray<ShareGroup>>();
  readonly values = input.required<readonly ShareValue[]>();
  readonly committees = input.required<readonly Committee[]>();
  /** After a save attempt every problem shows, not only those of fields already visited. */
  readonly showErrors = input(false);

  protected readonly percents = computed(() => sharePercents(this.values().map((v) => parseWeightInput(v.weight))));
  private readonly repeated = computed(() => repeatedRows(this.values().map((v) => v.committeeCode)));

  protected committeeMessage(index: number): string | null {
    const values = this.values();
    const code = values[index]?.committeeCode ?? '';
    if (this.repeated().has(index)) {
      const first = values.findIndex((v) => v.committeeCode === code) + 1;
      return $localize`:@@tracks.shares.duplicate:${this.committeeLabel(code)}:committee: er allerede valgt i række ${first}:row:. Hvert udvalg må kun have én andel.`;
    }
    const control = this.shares().at(index)?.controls.committeeCode;
    return control && control.invalid && (this.showErrors() || control.touched) ? $localize`:@@tracks.shares.committeeRequired:Vælg et udvalg.` : null;
  }

  protected weightMessage(index: number): string | null {
    const row = this.shares().at(index);
    return row && (this.showErrors() || row.controls.weight.touched) ? weightMessage(row) : null;
  }

  protected committeeLabel(code: string): string {
    const committee = this.committees().find((c) => c.code === code);
    return committee ? `${committee.code} ${committee.name}` : code;
  }

  protected add(): void {
    this.shares().push(shareGroup(this.fb));
    this.shares().markAsDirty();
    const index = this.shares().length - 1;
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(`#share-${index}-committee`)?.focus(), {
      injector: this.injector,
    });
  }

  /** Focus goes to "Tilføj udvalg", which is always there, instead of being lost with the row. */
  protected remove(index: number): void {
    this.shares().removeAt(index);
    this.shares().markAsDirty();
    afterNextRender(() => this.addButton()?.nativeElement.focus(), { injector: this.injector });
  }
}
