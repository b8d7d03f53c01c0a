import { computed, Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { catchError, map, Observable, of, startWith, switchMap } from 'rxjs';

/** What a request of a page is doing; `data` only once it has arrived. */
export type Loadable<T> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'loaded'; readonly data: T };

const LOADING = { kind: 'loading' } as const;

/**
 * A signal of one request's state that follows its inputs (route parameters, `?prisniveau=`):
 * a new input cancels the request still running for the old one (switchMap), so a slow
 * answer never overwrites a newer view. Call it in an injection context (a field initialiser).
 * `request` may return null for "nothing to load" (e.g. no entity chosen yet).
 */
export function loadable<P, T>(
  params: () => P,
  request: (p: P) => Observable<T> | null,
  message: (error: unknown, p: P) => string,
): Signal<Loadable<T> | null> {
  return toSignal(
    toObservable(computed(params)).pipe(
      switchMap((p) => {
        const call = request(p);
        if (!call) return of(null);
        return call.pipe(
          map((data): Loadable<T> => ({ kind: 'loaded', data })),
          catchError((error: unknown) => of<Loadable<T>>({ kind: 'error', message: message(error, p) })),
          startWith<Loadable<T>>(LOADING),
        );
      }),
    ),
    { initialValue: LOADING as Loadable<T> },
  );
}
