import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ScrollRegion, StatusBadge } from '@budgetspor/web/shared/ui';
import { firstValueFrom, forkJoin } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { apiErrorMessage } from '../core/api-error';
import { localWeight, sharePercentsOf } from './share-math';
import { Track, TRACK_STATUS_INFO, trackLink } from './tracks.models';
import { TracksService } from './tracks.service';

interface ShareLine {
  readonly committeeCode: string;
  readonly committeeName: string;
  readonly weight: string;
  readonly percent: string;
}

interface TrackRow {
  readonly track: Track;
  readonly link: readonly string[];
  readonly administration: string;
  readonly shares: readonly ShareLine[];
}

type PageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'loaded'; readonly rows: readonly TrackRow[] };

/** Innovationsspor: every track with its owner, start year, status and committee shares. */
@Component({
  selector: 'app-tracks-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, StatusBadge, ScrollRegion],
  templateUrl: './tracks-page.html',
  styleUrl: './tracks-page.scss',
})
export class TracksPage implements OnInit {
  private readonly service = inject(TracksService);
  protected readonly auth = inject(AuthService);
  protected readonly statusInfo = TRACK_STATUS_INFO;
  protected readonly canManage = computed(() => this.auth.isFinance());

  protected readonly state = signal<PageState>({ kind: 'loading' });

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.state.set({ kind: 'loading' });
    try {
      const [tracks, administrations, committees] = await firstValueFrom(
        forkJoin([this.service.list(), this.service.administrations(), this.service.committees()]),
      );
      const administrationName = new Map(administrations.map((a) => [a.code, a.name]));
      const committeeName = new Map(committees.map((c) => [c.code, c.name]));
      const rows = tracks.map((track): TrackRow => {
        const percents = sharePercentsOf(track.shares);
        return {
          track,
          link: trackLink(track.code),
          administration: administrationName.get(track.administrationCode) ?? '',
          shares: track.shares.map((s, i) => ({
            committeeCode: s.committeeCode,
            committeeName: committeeName.get(s.committeeCode) ?? s.committeeCode,
            weight: localWeight(s.weight),
            percent: percents[i] ?? '–',
          })),
        };
      });
      this.state.set({ kind: 'loaded', rows });
    } catch (error: unknown) {
      this.state.set({ kind: 'error', message: apiErrorMessage(error, $localize`:@@tracks.list.loadError:Innovationssporene kunne ikke hentes.`) });
    }
  }
}
