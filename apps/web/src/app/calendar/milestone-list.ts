import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { StatusBadge } from '@budgetspor/web/shared/ui';
import { KIND_LABELS, Milestone, MILESTONE_STATUS_INFO, responsibleText } from './calendar.models';
import { formatDate } from '../core/format';
import { todayInCopenhagen } from './danish-date';

export interface MilestoneLine {
  readonly number: number;
  readonly milestone: Milestone;
  readonly date: string;
  readonly responsible: string;
  /** Planned, and the day has passed: said in words, since the stored status may lag. */
  readonly passed: boolean;
}

/**
 * The year's milestones in date order, numbered as on the wheel: the wheel's table. Each shows
 * its date in words, title, kind, who is responsible, the status in words, what it produced
 * (a link), and its warnings in text. Finance gets "Ret" and "Slet" per milestone.
 */
@Component({
  selector: 'app-milestone-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, StatusBadge],
  templateUrl: './milestone-list.html',
  styleUrl: './milestone-list.scss',
})
export class MilestoneList {
  readonly milestones = input.required<readonly Milestone[]>();
  readonly year = input.required<number>();
  readonly committees = input.required<ReadonlyMap<string, string>>();
  /** Round id → title, for the links to follow-up rounds. */
  readonly rounds = input<ReadonlyMap<string, string>>(new Map());
  readonly editable = input(false);
  /** Today as YYYY-MM-DD; an input so tests need not move the clock. */
  readonly today = input(todayInCopenhagen());

  readonly edit = output<Milestone>();
  readonly remove = output<Milestone>();

  protected readonly kindLabels = KIND_LABELS;
  protected readonly statusInfo = MILESTONE_STATUS_INFO;

  protected readonly lines = computed<MilestoneLine[]>(() =>
    this.milestones().map((milestone, i) => ({
      number: i + 1,
      milestone,
      date: formatDate(milestone.date),
      responsible: responsibleText(milestone, this.committees()),
      passed: milestone.status === 'planned' && milestone.date < this.today(),
    })),
  );

  protected roundTitle(id: string): string {
    return this.rounds().get(id) ?? $localize`:@@calendar.list.round:Opfølgningsrunden`;
  }
}
