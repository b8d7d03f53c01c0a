import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { formatKroner, LocalNumberPipe } from '../core/format';
import { roundLabel } from './history-chart';
import { Change, RoundComparison } from './follow-up.models';
import { ScrollRegion } from '@budgetspor/web/shared/ui';

/** More changed cells than this are left to the export. */
export const MAX_SHOWN_CHANGES = 200;

/** "+1.500.000", "-4.500.000,50", "0" (with the unit "+1.500.000 kr."): the sign says which way, in text, not in colour. */
export function signedKroner(amount: string, unit = false): string {
  const text = formatKroner(amount, { unit });
  return amount.startsWith('-') || /^0(\.0+)?$/.test(amount) ? text : `+${text}`;
}

interface SumLine extends Change {
  readonly key: string;
  readonly name: string;
}

/** One table of sums: per track or per committee. */
interface SumGroup {
  readonly id: 'tracks' | 'committees';
  readonly caption: string;
  readonly column: string;
  readonly lines: readonly SumLine[];
}

/**
 * Two rounds side by side: totals per track and per committee, the total, and every cell whose
 * forecast changed, each with the forecast in both rounds and the difference (later − earlier).
 * The figures are the API's; a missing forecast counts as 0 in differences and sums.
 */
@Component({
  selector: 'app-comparison-tables',
  imports: [ScrollRegion, LocalNumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './comparison-tables.html',
  styleUrl: './comparison-tables.scss',
})
export class ComparisonTables {
  readonly comparison = input.required<RoundComparison>();
  readonly trackNames = input<ReadonlyMap<string, string>>(new Map());
  readonly committeeNames = input<ReadonlyMap<string, string>>(new Map());

  protected readonly fromLabel = computed(() => roundLabel(this.comparison().from.asOf));
  protected readonly toLabel = computed(() => roundLabel(this.comparison().to.asOf));
  protected readonly tracks = computed<SumLine[]>(() =>
    this.comparison().tracks.map((t) => ({ ...t, key: t.trackCode, name: nameBeside(t.trackCode, this.trackNames()) })),
  );
  protected readonly committees = computed<SumLine[]>(() =>
    this.comparison().committees.map((c) => ({ ...c, key: c.committeeCode, name: nameBeside(c.committeeCode, this.committeeNames()) })),
  );
  protected readonly groups = computed<SumGroup[]>(() => {
    const [from, to] = [this.fromLabel(), this.toLabel()];
    return [
      {
        id: 'tracks',
        caption: $localize`:@@follow-up.compare.tracksCaption:Pr. spor: prognose ${from}:from: og ${to}:to: (kr.)`,
        column: $localize`:@@follow-up.compare.tracksColumn:Spor`,
        lines: this.tracks(),
      },
      {
        id: 'committees',
        caption: $localize`:@@follow-up.compare.committeesCaption:Pr. udvalg: prognose ${from}:from: og ${to}:to: (kr.)`,
        column: $localize`:@@follow-up.compare.committeesColumn:Udvalg`,
        lines: this.committees(),
      },
    ];
  });
  protected readonly changed = computed(() => this.comparison().cells.filter((c) => !/^0(\.0+)?$/.test(c.difference)));
  protected readonly shownChanges = computed(() => this.changed().slice(0, MAX_SHOWN_CHANGES));
  protected readonly unchanged = computed(() => this.comparison().cells.length - this.changed().length);

  protected kr(amount: string | null): string {
    return amount === null ? '' : formatKroner(amount, { unit: false });
  }

  protected signed(amount: string, unit = false): string {
    return signedKroner(amount, unit);
  }

  protected money(amount: string): string {
    return formatKroner(amount);
  }
}

function nameBeside(code: string, names: ReadonlyMap<string, string>): string {
  const name = names.get(code);
  return name && name !== code ? name : '';
}
