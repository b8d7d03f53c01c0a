import { ActivatedRouteSnapshot, Route } from '@angular/router';
import { FrameworkPage } from './framework-page';
import { FrameworkRevisionsPage } from './framework-revisions-page';

/**
 * `revisions` has a path of its own, so the router does not hand it the parent's `:year`
 * (params are inherited by empty paths only); the resolver passes it on as the `year` input.
 */
const parentYear = (route: ActivatedRouteSnapshot): string => route.parent?.paramMap.get('year') ?? '';

export const frameworkRoutes: Route[] = [
  { path: '', component: FrameworkPage },
  {
    path: 'revisions',
    title: $localize`:@@framework.title.revisions:Rammeudmelding – revisioner`,
    component: FrameworkRevisionsPage,
    resolve: { year: parentYear },
  },
];
