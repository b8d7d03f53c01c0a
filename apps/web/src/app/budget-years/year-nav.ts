import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

/** The pages of one budget year, in the order of the round. */
export const YEAR_PAGES: readonly { readonly path: string; readonly label: string }[] = [
  { path: 'calendar', label: 'Årshjul' },
  { path: 'framework', label: 'Rammeudmelding' },
  { path: 'bids', label: 'Bud' },
  { path: 'allocation', label: 'Fordeling' },
  { path: 'savings', label: 'Besparelser' },
  { path: 'follow-up', label: 'Opfølgning' },
  { path: 'dashboard', label: 'Overblik' },
];

/** Breadcrumb and tabs shown at the top of every page of a budget year. */
@Component({
  selector: 'app-year-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive],
  template: `
    <nav class="crumbs" aria-label="Brødkrummer">
      <a routerLink="/budget-years">Budgetår</a><span aria-hidden="true">&nbsp;›&nbsp;</span>Budget {{ year() }}
    </nav>
    <nav class="year-nav" [attr.aria-label]="'Sider for budget ' + year()">
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
}
