import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  OnInit,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom, forkJoin, map, of } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { HasUnsavedChanges, warnOnUnload } from '../core/unsaved-changes.guard';
import { apiErrorMessage } from '../core/api-error';
import { createTrackForm, fieldMessage, fillTrackForm, TrackField, trackInputOf } from './track-form';
import { TrackDetails } from './track-details';
import { TrackSharesEditor } from './track-shares-editor';
import { Administration, Committee, Track, TRACK_STATUS_INFO, TRACK_STATUSES, trackLink } from './tracks.models';
import { TrackNotice, TracksService } from './tracks.service';

type PageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'loaded' };

interface Notice {
  readonly ok: boolean;
  readonly text: string;
}

/**
 * One innovation track: finance creates (`/tracks/ny`) and edits it (`/tracks/spor/:code`);
 * everyone else sees the same page read-only.
 */
@Component({
  selector: 'app-track-editor-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, TrackSharesEditor, TrackDetails],
  templateUrl: './track-editor-page.html',
  styleUrl: './track-editor-page.scss',
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
})
export class TrackEditorPage implements OnInit, HasUnsavedChanges {
  private readonly service = inject(TracksService);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly flash = inject(TrackNotice);
  protected readonly auth = inject(AuthService);
  protected readonly statuses = TRACK_STATUSES;
  protected readonly statusInfo = TRACK_STATUS_INFO;

  /** The `:code` route parameter; absent on `/tracks/ny`. */
  readonly code = input<string>();
  protected readonly creating = computed(() => !this.code());

  protected readonly state = signal<PageState>({ kind: 'loading' });
  protected readonly track = signal<Track | null>(null);
  protected readonly administrations = signal<readonly Administration[]>([]);
  protected readonly committees = signal<readonly Committee[]>([]);
  protected readonly notice = signal<Notice | null>(null);
  /** A 409: someone else saved the track after this page read it. */
  protected readonly conflict = signal(false);
  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);

  protected readonly form = createTrackForm(this.fb);
  /** The form's value as a signal, so the shares' percentages follow every keystroke. */
  private readonly formValue = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  protected readonly shareValues = computed(() => this.formValue().shares);

  protected readonly heading = computed(() => {
    const track = this.track();
    if (this.creating()) {
      return $localize`:@@tracks.title.new:Nyt innovationsspor`;
    }
    return track ? `${track.code} – ${track.name}` : $localize`:@@tracks.title.track:Spor ${this.code() ?? ''}:code:`;
  });

  ngOnInit(): void {
    const pending = this.flash.take();
    if (pending) {
      this.notice.set({ ok: true, text: pending });
    }
    if (!this.creating()) {
      this.form.controls.code.disable();
    }
    void this.load();
  }

  hasUnsavedChanges(): boolean {
    return this.auth.isFinance() && this.form.dirty && !this.saving();
  }

  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    warnOnUnload(event, this);
  }

  protected async load(): Promise<void> {
    const code = this.code();
    this.state.set({ kind: 'loading' });
    try {
      const [administrations, committees, track] = await firstValueFrom(
        forkJoin([this.service.administrations(), this.service.committees(), code ? this.service.get(code) : of(null)]),
      );
      this.administrations.set(administrations);
      this.committees.set(committees);
      this.track.set(track);
      if (track) {
        fillTrackForm(this.fb, this.form, track);
      }
      this.state.set({ kind: 'loaded' });
    } catch (error: unknown) {
      const message =
        error instanceof HttpErrorResponse && error.status === 404
          ? $localize`:@@tracks.editor.notFound:Sporet ${code}:code: findes ikke.`
          : apiErrorMessage(error, $localize`:@@tracks.editor.loadError:Sporet kunne ikke hentes.`);
      this.state.set({ kind: 'error', message });
    }
  }

  /** After a 409: the version on the server replaces what was typed. */
  protected async reloadAfterConflict(): Promise<void> {
    this.conflict.set(false);
    this.submitted.set(false);
    await this.load();
    if (this.state().kind === 'loaded') {
      this.notice.set({ ok: true, text: $localize`:@@tracks.editor.reloaded:Den nyeste version af sporet er hentet. Ret igen, og gem.` });
    }
  }

  protected fieldError(field: TrackField): string | null {
    const control = this.form.controls[field];
    return this.submitted() || control.touched ? fieldMessage(this.form, field) : null;
  }

  protected async save(): Promise<void> {
    this.submitted.set(true);
    this.notice.set(null);
    this.conflict.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.notice.set({ ok: false, text: $localize`:@@tracks.editor.invalid:Sporet er ikke gemt. Ret de markerede felter.` });
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), {
        injector: this.injector,
      });
      return;
    }
    if (this.saving()) {
      return;
    }
    this.saving.set(true);
    try {
      if (this.creating()) {
        await this.create();
      } else {
        await this.update();
      }
    } catch (error: unknown) {
      if (error instanceof HttpErrorResponse && error.status === 409 && !this.creating()) {
        this.conflict.set(true);
      } else {
        this.notice.set({ ok: false, text: saveErrorMessage(error, this.creating()) });
      }
    } finally {
      this.saving.set(false);
    }
  }

  private async create(): Promise<void> {
    const code = this.form.controls.code.value.trim();
    const created = await firstValueFrom(this.service.create(code, trackInputOf(this.form)));
    // A new track is in no framework yet, so no budget year is recomputed.
    this.flash.set(
      $localize`:@@tracks.editor.created:Sporet ${created.code}:code: er oprettet. Det indgår i fordelingen, når en rammeudmelding giver det en vægt.`,
    );
    this.form.markAsPristine();
    await this.router.navigate(trackLink(created.code), { replaceUrl: true });
  }

  private async update(): Promise<void> {
    const before = this.track() as Track;
    const updated = await firstValueFrom(this.service.update(before.code, trackInputOf(this.form), before.version));
    this.track.set(updated);
    fillTrackForm(this.fb, this.form, updated);
    this.submitted.set(false);
    // The server recomputes only when shares, start year or status changed; say so only then.
    const text = changesAllocation(before, updated)
      ? $localize`:@@tracks.editor.savedRecompute:Sporet ${updated.code}:code: er gemt. Fordelingen genberegnes for de berørte budgetår.`
      : $localize`:@@tracks.editor.saved:Sporet ${updated.code}:code: er gemt.`;
    this.notice.set({ ok: true, text });
  }
}

function changesAllocation(before: Track, after: Track): boolean {
  return (
    before.status !== after.status ||
    before.startYear !== after.startYear ||
    JSON.stringify(before.shares) !== JSON.stringify(after.shares)
  );
}

function saveErrorMessage(error: unknown, creating: boolean): string {
  if (error instanceof HttpErrorResponse && error.status === 403) {
    return $localize`:@@tracks.editor.forbidden:Din rolle må ikke oprette eller rette innovationsspor.`;
  }
  return apiErrorMessage(
    error,
    creating
      ? $localize`:@@tracks.editor.createFailed:Sporet kunne ikke oprettes. Prøv igen.`
      : $localize`:@@tracks.editor.saveFailed:Sporet kunne ikke gemmes. Prøv igen.`,
  );
}
