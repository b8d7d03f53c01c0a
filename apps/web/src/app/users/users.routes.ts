import { Route } from '@angular/router';
import { unsavedChangesGuard } from '../core/unsaved-changes.guard';
import { UserEditorPage } from './user-editor-page';
import { UsersPage } from './users-page';

/**
 * `/users` lists the users; `/users/ny` creates one; `/users/:id` edits one (ids are UUIDs,
 * so "ny" cannot be one). Every page tells a non-admin that only admins manage users.
 */
export const usersRoutes: Route[] = [
  { path: '', pathMatch: 'full', component: UsersPage },
  { path: 'ny', title: $localize`:@@users.title.new:Ny bruger`, component: UserEditorPage, canDeactivate: [unsavedChangesGuard] },
  { path: ':id', title: $localize`:@@users.title.edit:Ret bruger`, component: UserEditorPage, canDeactivate: [unsavedChangesGuard] },
];
