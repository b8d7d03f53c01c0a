import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

/** The pages of one budget year, in the order of the round. */
export const YEAR_PAGES: readonly { readonly path: string; readonly label: string }[] = [
  { path: 'calendar', label: $localize`:@@budget-years.page.calendar:Årshjul` },
  { path: 'framework', label: $localize`:@@budget-years.page.framework:Rammeudmelding` },
  { path: 'bids', label: $localize`:@@budget-years.page.bids:Bud` },
  { path: 'allocation', label: $localize`:@@budget-years.page.allocation:Fordeling` },
  { path: 'savings', label: $localize`:@@budget-years.page.savings:Besparelser` },
  { path: 'follow-up', label: $localize`:@@budget-years.page.followUp:Opfølgning` },
  { path: 'dashboard', label: $localize`:@@budget-years.page.dashboard:Overblik` },
];

/** Breadcrumb and tabs shown at the top of every page of a budget year. */
@Component({
  selector: 'app-year-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive],
  template: `
    <nav class="crumbs" aria-label="Brødkrummer" i18n-aria-label="@@budget-years.nav.crumbs">
      <a routerLink="/budget-years" i18n="@@budget-years.nav.list">Budgetår</a><span aria-hidden="true">&nbsp;›&nbsp;</span
      ><ng-container i18n="@@budget-years.nav.current">Budget {{ year() }}</ng-container>
    </nav>
    <nav class="year-nav" [attr.aria-label]="pagesLabel()">
      <ul class="year-nav__list">
        @for (p of pages; track p.path) {
          <li>
            <a
              class="year-nav__link"
              [routerLink]="['/budget-years', year(), p.path]"
              routerLinkActive="year-nav__link--active"
              ariaCurrentWhenActive="page"
              >{{ p.label }}</a
            >
          </li>
        }
      </ul>
    </nav>
  `,
  styles: `
    .crumbs {
      margin-bottom: 0.5rem;
      color: var(--bs-color-text-muted);
    }
    .year-nav {
      margin-bottom: 1rem;
      border-bottom: 1px solid var(--bs-color-border);
      overflow-x: auto;
    }
    .year-nav__list {
      display: flex;
      gap: 0.25rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .year-nav__link {
      display: block;
      padding: 0.5rem 0.75rem;
      border-bottom: 3px solid transparent;
      color: inherit;
      text-decoration: none;
      white-space: nowrap;
    }
    .year-nav__link:hover {
      text-decoration: underline;
    }
    .year-nav__link--active {
      border-bottom-color: var(--bs-color-primary);
      font-weight: 600;
    }
    @media print {
      .year-nav {
        display: none;
      }
    }
  `,
})
export class YearNav {
  readonly year = input.required<number | string>();
  protected readonly pages = YEAR_PAGES;
  protected readonly pagesLabel = computed(() => $localize`:@@budget-years.nav.pages:Sider for budget ${this.year()}:year:`);
}
