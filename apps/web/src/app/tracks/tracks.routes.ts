import { Route } from '@angular/router';
import { unsavedChangesGuard } from '../core/unsaved-changes.guard';
import { TrackEditorPage } from './track-editor-page';
import { TracksPage } from './tracks-page';

/**
 * `/tracks` lists the tracks; `/tracks/ny` creates one; `/tracks/spor/:code` shows and edits
 * one. The code has its own segment because "ny" is itself a valid track code.
 */
export const tracksRoutes: Route[] = [
  { path: '', pathMatch: 'full', component: TracksPage },
  {
    path: 'ny',
    title: $localize`:@@tracks.title.new:Nyt innovationsspor`,
    component: TrackEditorPage,
    canDeactivate: [unsavedChangesGuard],
  },
  {
    path: 'spor/:code',
    title: (route) => $localize`:@@tracks.title.track:Spor ${route.paramMap.get('code') ?? ''}:code:`,
    component: TrackEditorPage,
    canDeactivate: [unsavedChangesGuard],
  },
];
