import { HttpErrorResponse } from '@angular/common/http';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, OnInit, signal, viewChild, viewChildren } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom, forkJoin, map } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { apiErrorMessage } from '../core/api-error';
import { HasUnsavedChanges, warnOnUnload } from '../core/unsaved-changes.guard';
import { trackLink } from '../tracks/tracks.models';
import { TracksService } from '../tracks/tracks.service';
import { canEnterValues, canManageGoals, EffectGoal, Indicator, LEVEL_LABELS, NamedCode } from './effect.models';
import { EffectNotice, EffectService } from './effect.service';
import { createGoalForm, fillGoalForm, GoalField, goalErrors, goalInputOf, toggled } from './goal-form';
import { withIndicator } from './goal-tree';
import { IndicatorEditor } from './indicator-editor';
import { IndicatorPanel } from './indicator-panel';

type PageState = { readonly kind: 'loading' } | { readonly kind: 'error'; readonly message: string } | { readonly kind: 'loaded' };

interface Notice {
  readonly ok: boolean;
  readonly text: string;
}

/**
 * One effect goal: finance and admin create (`/effect/ny`) and edit it (`/effect/maal/:id`)
 * with its indicators; the owning committees' users enter the indicators' yearly values;
 * everyone else reads the same page.
 */
@Component({
  selector: 'app-goal-editor-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, IndicatorPanel, IndicatorEditor],
  templateUrl: './goal-editor-page.html',
  styleUrl: './goal-editor-page.scss',
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
})
export class GoalEditorPage implements OnInit, HasUnsavedChanges {
  private readonly service = inject(EffectService);
  private readonly tracksService = inject(TracksService);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly flash = inject(EffectNotice);
  private readonly auth = inject(AuthService);

  /** The `:id` route parameter; absent on `/effect/ny`. */
  readonly id = input<string>();
  protected readonly creating = computed(() => !this.id());

  protected readonly state = signal<PageState>({ kind: 'loading' });
  protected readonly goal = signal<EffectGoal | null>(null);
  protected readonly goals = signal<readonly EffectGoal[]>([]);
  protected readonly committees = signal<readonly NamedCode[]>([]);
  protected readonly tracks = signal<readonly NamedCode[]>([]);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly conflict = signal(false);
  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  protected readonly addingIndicator = signal(false);

  protected readonly canManage = computed(() => canManageGoals(this.auth.user()?.role));
  protected readonly canEnter = computed(() => {
    const goal = this.goal();
    return goal !== null && canEnterValues(this.auth.user(), goal);
  });

  protected readonly form = createGoalForm(this.fb);
  protected readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), { initialValue: this.form.getRawValue() });
  private readonly errors = computed(() => goalErrors(this.value()));
  /** Odensemål a committee goal can sit under (never the goal itself). */
  protected readonly parents = computed(() => this.goals().filter((g) => g.level === 'municipal' && g.id !== this.id()));

  protected readonly heading = computed(() => (this.creating() ? $localize`:@@effect.goal.newHeading:Nyt effektmål` : (this.goal()?.title ?? $localize`:@@effect.goal.heading:Effektmål`)));
  protected readonly details = computed(() => {
    const goal = this.goal();
    if (!goal) return null;
    const name = (list: readonly NamedCode[], code: string) => list.find((c) => c.code === code)?.name ?? '';
    return {
      level: LEVEL_LABELS[goal.level],
      parent: this.goals().find((g) => g.id === goal.parentId)?.title ?? null,
      committees: goal.committeeCodes.map((code) => ({ code, name: name(this.committees(), code) })),
      tracks: goal.trackCodes.map((code) => ({ code, name: name(this.tracks(), code), link: trackLink(code) })),
    };
  });

  private readonly panels = viewChildren(IndicatorPanel);
  private readonly newIndicator = viewChild(IndicatorEditor);

  ngOnInit(): void {
    const pending = this.flash.take();
    if (pending) this.notice.set({ ok: true, text: pending });
    void this.load();
  }

  hasUnsavedChanges(): boolean {
    const formDirty = this.canManage() && this.form.dirty && !this.saving();
    return formDirty || this.panels().some((p) => p.isDirty()) || (this.newIndicator()?.isDirty() ?? false);
  }

  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    warnOnUnload(event, this);
  }

  protected async load(): Promise<void> {
    const id = this.id();
    this.state.set({ kind: 'loading' });
    try {
      const [goals, committees, tracks] = await firstValueFrom(forkJoin([this.service.goals(), this.tracksService.committees(), this.tracksService.list()]));
      this.goals.set(goals);
      this.committees.set(committees);
      this.tracks.set(tracks);
      const goal = id ? (goals.find((g) => g.id === id) ?? null) : null;
      if (id && !goal) {
        this.state.set({ kind: 'error', message: $localize`:@@effect.goal.notFound:Effektmålet findes ikke. Det kan være slettet, eller linket kan være forkert.` });
        return;
      }
      this.goal.set(goal);
      if (goal) fillGoalForm(this.form, goal);
      this.state.set({ kind: 'loaded' });
    } catch (error: unknown) {
      this.state.set({ kind: 'error', message: apiErrorMessage(error, $localize`:@@effect.goal.loadError:Effektmålet kunne ikke hentes.`) });
    }
  }

  /** After a 409: the version on the server replaces what was typed. */
  protected async reloadAfterConflict(): Promise<void> {
    this.conflict.set(false);
    this.submitted.set(false);
    await this.load();
    if (this.state().kind === 'loaded') {
      this.notice.set({ ok: true, text: $localize`:@@effect.goal.reloaded:Den nyeste version af målet er hentet. Ret igen, og gem.` });
    }
  }

  protected fieldError(field: GoalField): string | null {
    const touched = field === 'committeeCodes' ? this.form.controls.committeeCodes.dirty : this.form.controls[field].touched;
    return this.submitted() || touched ? (this.errors()[field] ?? null) : null;
  }

  protected toggle(field: 'committeeCodes' | 'trackCodes', code: string, event: Event): void {
    const all = (field === 'committeeCodes' ? this.committees() : this.tracks()).map((c) => c.code);
    const control = this.form.controls[field];
    control.setValue(toggled(control.value, code, (event.target as HTMLInputElement).checked, all));
    control.markAsDirty();
  }

  protected async save(): Promise<void> {
    this.submitted.set(true);
    this.notice.set(null);
    this.conflict.set(false);
    if (Object.keys(this.errors()).length) {
      this.form.markAllAsTouched();
      this.notice.set({ ok: false, text: $localize`:@@effect.goal.invalid:Målet er ikke gemt. Ret de markerede felter.` });
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), { injector: this.injector });
      return;
    }
    if (this.saving()) return;
    this.saving.set(true);
    const input = goalInputOf(this.form.getRawValue());
    const before = this.goal();
    try {
      if (!before) {
        const created = await firstValueFrom(this.service.createGoal(input));
        this.flash.set($localize`:@@effect.goal.created:Effektmålet "${created.title}:title:" er oprettet. Tilføj nu dets indikatorer.`);
        this.form.markAsPristine();
        await this.router.navigate(['/effect/maal', created.id], { replaceUrl: true });
        return;
      }
      const updated = await firstValueFrom(this.service.updateGoal(before.id, input, before.version));
      this.goal.set(updated);
      this.goals.update((list) => list.map((g) => (g.id === updated.id ? updated : g)));
      fillGoalForm(this.form, updated);
      this.submitted.set(false);
      this.notice.set({ ok: true, text: $localize`:@@effect.goal.saved:Effektmålet "${updated.title}:title:" er gemt.` });
    } catch (error: unknown) {
      if (error instanceof HttpErrorResponse && error.status === 409 && before) {
        this.conflict.set(true);
      } else {
        const fallback = before
          ? $localize`:@@effect.goal.saveFailed:Målet kunne ikke gemmes. Prøv igen.`
          : $localize`:@@effect.goal.createFailed:Målet kunne ikke oprettes. Prøv igen.`;
        this.notice.set({ ok: false, text: apiErrorMessage(error, fallback) });
      }
    } finally {
      this.saving.set(false);
    }
  }

  /** A saved or refreshed indicator replaces the page's copy, so every table shows it at once. */
  protected indicatorChanged(indicator: Indicator): void {
    this.goal.update((goal) => (goal ? withIndicator(goal, indicator) : goal));
  }

  protected indicatorCreated(indicator: Indicator): void {
    this.addingIndicator.set(false);
    this.indicatorChanged(indicator);
    this.notice.set({ ok: true, text: $localize`:@@effect.goal.indicatorCreated:Indikatoren ${indicator.name}:name: er oprettet.` });
  }
}
