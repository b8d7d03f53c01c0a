import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Dialog, ScrollRegion, StatusBadge } from '@budgetspor/web/shared/ui';
import { firstValueFrom, forkJoin } from 'rxjs';
import { ROLE_LABELS } from '../auth/auth.models';
import { AuthService } from '../auth/auth.service';
import { apiErrorMessage } from '../core/api-error';
import { ResetPasswordDialog } from './reset-password-dialog';
import { ACTIVE_INFO, UserDetail, userLink } from './users.models';
import { UsersService } from './users.service';

interface CommitteeTag {
  readonly code: string;
  readonly name: string;
}

interface UserRow {
  readonly user: UserDetail;
  readonly link: readonly string[];
  readonly self: boolean;
  readonly committees: readonly CommitteeTag[];
}

type PageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'loaded'; readonly rows: readonly UserRow[] };

/** Brugere: everyone with a login, their role, committees and whether they may log in. Admins only. */
@Component({
  selector: 'app-users-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, StatusBadge, Dialog, ResetPasswordDialog, ScrollRegion],
  templateUrl: './users-page.html',
  styleUrl: './users-page.scss',
})
export class UsersPage implements OnInit {
  private readonly service = inject(UsersService);
  protected readonly auth = inject(AuthService);
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly activeInfo = ACTIVE_INFO;

  protected readonly state = signal<PageState>({ kind: 'loading' });
  protected readonly notice = signal<{ readonly ok: boolean; readonly text: string } | null>(null);
  /** The user whose deactivation or reactivation waits for confirmation. */
  protected readonly pendingActive = signal<UserDetail | null>(null);
  protected readonly changingActive = signal(false);
  protected readonly resetting = signal<UserDetail | null>(null);

  ngOnInit(): void {
    if (this.auth.isAdmin()) {
      void this.load();
    }
  }

  /** `quiet` keeps the table on screen while it is refreshed after a change. */
  protected async load(quiet = false): Promise<void> {
    if (!quiet) {
      this.state.set({ kind: 'loading' });
    }
    try {
      const [users, committees] = await firstValueFrom(forkJoin([this.service.list(), this.service.committees()]));
      const names = new Map(committees.map((c) => [c.code, c.name]));
      const me = this.auth.user()?.id;
      const rows = users.map(
        (user): UserRow => ({
          user,
          link: userLink(user.id),
          self: user.id === me,
          committees: user.committeeCodes.map((code) => ({ code, name: names.get(code) ?? '' })),
        }),
      );
      this.state.set({ kind: 'loaded', rows });
    } catch (error: unknown) {
      this.state.set({ kind: 'error', message: apiErrorMessage(error, $localize`:@@users.list.loadError:Brugerne kunne ikke hentes.`) });
    }
  }

  protected askActive(user: UserDetail): void {
    this.notice.set(null);
    this.pendingActive.set(user);
  }

  protected async confirmActive(): Promise<void> {
    const user = this.pendingActive();
    if (!user || this.changingActive()) {
      return;
    }
    const active = !user.active;
    this.changingActive.set(true);
    try {
      const updated = await firstValueFrom(this.service.update(user.id, { active }, user.version));
      this.notice.set({
        ok: true,
        text: updated.active
          ? $localize`:@@users.reactivate.done:${updated.name}:name: er genaktiveret og kan logge ind igen med sin adgangskode.`
          : $localize`:@@users.deactivate.done:${updated.name}:name: er deaktiveret og logget ud alle steder.`,
      });
      this.replaceRow(updated);
    } catch (error: unknown) {
      this.notice.set({ ok: false, text: activeErrorMessage(error, user, active) });
      if (error instanceof HttpErrorResponse && error.status === 409) {
        await this.load(true);
      }
    } finally {
      this.changingActive.set(false);
      this.pendingActive.set(null);
    }
  }

  protected askReset(user: UserDetail): void {
    this.notice.set(null);
    this.resetting.set(user);
  }

  /** A reset raises the user's version on the server; the row must have the new one. */
  protected onReset(): void {
    void this.load(true);
  }

  protected editLabel(user: UserDetail): string {
    return $localize`:@@users.list.editLabel:Ret ${user.name}:name:`;
  }

  protected activeLabel(user: UserDetail): string {
    return user.active
      ? $localize`:@@users.list.deactivateLabel:Deaktiver ${user.name}:name:`
      : $localize`:@@users.list.reactivateLabel:Genaktiver ${user.name}:name:`;
  }

  protected resetLabel(user: UserDetail): string {
    return $localize`:@@users.list.resetLabel:Nulstil adgangskode for ${user.name}:name:`;
  }

  protected activeHeading(user: UserDetail): string {
    return user.active
      ? $localize`:@@users.deactivate.heading:Deaktiver ${user.name}:name:?`
      : $localize`:@@users.reactivate.heading:Genaktiver ${user.name}:name:?`;
  }

  protected activeConfirm(user: UserDetail): string {
    return user.active ? $localize`:@@users.deactivate.confirm:Ja, deaktiver` : $localize`:@@users.reactivate.confirm:Ja, genaktiver`;
  }

  private replaceRow(updated: UserDetail): void {
    const current = this.state();
    if (current.kind === 'loaded') {
      this.state.set({
        kind: 'loaded',
        rows: current.rows.map((r) => (r.user.id === updated.id ? { ...r, user: updated } : r)),
      });
    }
  }
}

function activeErrorMessage(error: unknown, user: UserDetail, active: boolean): string {
  const name = user.name;
  if (error instanceof HttpErrorResponse && error.status === 409) {
    return active
      ? $localize`:@@users.reactivate.conflict:${name}:name: er ikke genaktiveret: en anden har rettet brugeren, siden listen blev hentet. Listen er hentet igen – prøv igen.`
      : $localize`:@@users.deactivate.conflict:${name}:name: er ikke deaktiveret: en anden har rettet brugeren, siden listen blev hentet. Listen er hentet igen – prøv igen.`;
  }
  return apiErrorMessage(
    error,
    active
      ? $localize`:@@users.reactivate.failed:${name}:name: er ikke genaktiveret. Prøv igen.`
      : $localize`:@@users.deactivate.failed:${name}:name: er ikke deaktiveret. Prøv igen.`,
  );
}
