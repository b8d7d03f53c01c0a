import { DOCUMENT } from '@angular/common';
import { inject } from '@angular/core';
import { CanDeactivateFn } from '@angular/router';

/** A page that can hold edits the server has not got yet. */
export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

export const UNSAVED_CHANGES_QUESTION = $localize`:@@core.unsavedChanges:Du har ændringer, der ikke er gemt. Vil du forlade siden og miste dem?

Vælg Annuller for at blive og gemme dem først.`;

/**
 * Asks before the router leaves a page with unsaved edits (a tab, a link in the header, the
 * back button). The browser's own `confirm` is used on purpose: it blocks until answered, is
 * read out by screen readers, and needs no focus handling of ours. Closing the tab or
 * reloading runs no router guard: pages call `warnOnUnload` from `(window:beforeunload)`.
 */
export const unsavedChangesGuard: CanDeactivateFn<HasUnsavedChanges> = (component) => {
  if (!component?.hasUnsavedChanges()) {
    return true;
  }
  const view = inject(DOCUMENT).defaultView;
  return view ? view.confirm(UNSAVED_CHANGES_QUESTION) : true;
};

/**
 * For a component's `(window:beforeunload)` host listener: asking the browser to confirm
 * takes both `preventDefault()` and a `returnValue` (older Chromium and Safari).
 */
export function warnOnUnload(event: BeforeUnloadEvent, page: HasUnsavedChanges): void {
  if (page.hasUnsavedChanges()) {
    event.preventDefault();
    event.returnValue = '';
  }
}
