import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { firstValueFrom, forkJoin } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { apiErrorMessage } from '../core/api-error';
import { TracksService } from '../tracks/tracks.service';
import { canEnterValues, canManageGoals, EffectGoal } from './effect.models';
import { EffectService } from './effect.service';
import { goalTree } from './goal-tree';
import { GoalSummary } from './goal-summary';

type PageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'loaded'; readonly goals: readonly EffectGoal[] };

/**
 * Effekt: the Odensemål with the committee goals that contribute to them, each with its
 * indicators and the tracks that serve it. Finance and admin create goals here; committee
 * users find the goals whose values they keep.
 */
@Component({
  selector: 'app-effect-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, GoalSummary],
  templateUrl: './effect-page.html',
  styleUrl: './effect-page.scss',
})
export class EffectPage implements OnInit {
  private readonly service = inject(EffectService);
  private readonly tracks = inject(TracksService);
  private readonly auth = inject(AuthService);

  protected readonly state = signal<PageState>({ kind: 'loading' });
  protected readonly committeeNames = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly trackNames = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly canManage = computed(() => canManageGoals(this.auth.user()?.role));

  protected readonly tree = computed(() => {
    const s = this.state();
    return s.kind === 'loaded' ? goalTree(s.goals) : null;
  });

  /** The newest year with any indicator value: the account most worth opening; else last year. */
  protected readonly accountYear = computed(() => {
    const s = this.state();
    const years = s.kind === 'loaded' ? s.goals.flatMap((g) => g.indicators.flatMap((i) => i.values.map((v) => v.year))) : [];
    return years.length ? Math.max(...years) : new Date().getFullYear() - 1;
  });

  ngOnInit(): void {
    void this.load();
  }

  protected childrenLabel(title: string): string {
    return $localize`:@@effect.children:Udvalgsmål under ${title}:title:`;
  }

  protected mayEnter(goal: EffectGoal): boolean {
    return canEnterValues(this.auth.user(), goal);
  }

  protected async load(): Promise<void> {
    this.state.set({ kind: 'loading' });
    try {
      const [goals, committees, tracks] = await firstValueFrom(forkJoin([this.service.goals(), this.tracks.committees(), this.tracks.list()]));
      this.committeeNames.set(new Map(committees.map((c) => [c.code, c.name])));
      this.trackNames.set(new Map(tracks.map((t) => [t.code, t.name])));
      this.state.set({ kind: 'loaded', goals });
    } catch (error: unknown) {
      this.state.set({ kind: 'error', message: apiErrorMessage(error, $localize`:@@effect.loadError:Effektmålene kunne ikke hentes.`) });
    }
  }
}
