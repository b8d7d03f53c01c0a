import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { StatusTone } from '@budgetspor/web/shared/ui';

export type BudgetYearStatus = 'draft' | 'framework_announced' | 'agreed' | 'closed';

export interface BudgetYear {
  readonly year: number;
  readonly title: string;
  readonly priceLevelYear: number;
  readonly status: BudgetYearStatus;
  readonly periodYears: readonly number[];
  readonly version: number;
}

export interface NewBudgetYear {
  readonly year: number;
  readonly title: string;
  readonly priceLevelYear?: number;
}

/** The order the API allows: a year's status only moves forward. */
export const STATUS_ORDER: readonly BudgetYearStatus[] = ['draft', 'framework_announced', 'agreed', 'closed'];

export interface StatusInfo {
  readonly label: string;
  readonly tone: StatusTone;
  /** What moving a year to this status means, said in the confirmation dialog. */
  readonly meaning: string;
}

export const STATUS_INFO: Readonly<Record<BudgetYearStatus, StatusInfo>> = {
  draft: {
    label: $localize`:@@budget-years.status.draft:Kladde`,
    tone: 'neutral',
    meaning: $localize`:@@budget-years.status.draftMeaning:Budgetåret er under forberedelse.`,
  },
  framework_announced: {
    label: $localize`:@@budget-years.status.frameworkAnnounced:Rammeudmeldt`,
    tone: 'info',
    meaning: $localize`:@@budget-years.status.frameworkAnnouncedMeaning:Rammen er meldt ud til udvalgene. Rammeudmeldingen kan stadig revideres, og fordelingen genberegnes ved hver ny revision.`,
  },
  agreed: {
    label: $localize`:@@budget-years.status.agreed:Budgetforlig`,
    tone: 'ok',
    meaning: $localize`:@@budget-years.status.agreedMeaning:Budgetforliget er indgået. Udvalgene følger op på besparelserne; rammen og fordelingen kan stadig ændres, indtil året lukkes.`,
  },
  closed: {
    label: $localize`:@@budget-years.status.closed:Lukket`,
    tone: 'locked',
    meaning: $localize`:@@budget-years.status.closedMeaning:Budgetåret lukkes og bliver skrivebeskyttet: rammeudmeldinger, bud, fordeling og opfølgning på besparelser kan ikke længere ændres af nogen.`,
  },
};

/** The next status, or null for a closed year. */
export function nextStatus(status: BudgetYearStatus): BudgetYearStatus | null {
  const index = STATUS_ORDER.indexOf(status);
  return index >= 0 && index < STATUS_ORDER.length - 1 ? STATUS_ORDER[index + 1] : null;
}

export const BUDGET_YEARS_URL = '/api/budget-years';

@Injectable({ providedIn: 'root' })
export class BudgetYearsService {
  private readonly http = inject(HttpClient);

  list(): Observable<BudgetYear[]> {
    return this.http.get<BudgetYear[]>(BUDGET_YEARS_URL);
  }

  get(year: number): Observable<BudgetYear> {
    return this.http.get<BudgetYear>(`${BUDGET_YEARS_URL}/${year}`);
  }

  create(body: NewBudgetYear): Observable<BudgetYear> {
    return this.http.post<BudgetYear>(BUDGET_YEARS_URL, body);
  }

  /** Moves the year to `status`; a stale `version` answers 409. */
  changeStatus(year: BudgetYear, status: BudgetYearStatus): Observable<BudgetYear> {
    return this.http.patch<BudgetYear>(`${BUDGET_YEARS_URL}/${year.year}`, { status, version: year.version });
  }
}
