import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { Milestone, MilestoneInput, NamedCode, UpcomingMilestone } from './calendar.models';

const yearUrl = (year: number) => `/api/budget-years/${year}`;
export const milestonesUrl = (year: number) => `${yearUrl(year)}/milestones`;
export const milestoneUrl = (id: string) => `/api/milestones/${encodeURIComponent(id)}`;
export const CALENDAR_TOKEN_URL = '/api/auth/calendar-token';
export const UPCOMING_URL = '/api/milestones/upcoming';

/** `POST /api/auth/calendar-token`: the token is shown this once; only its hash is stored. */
export interface CalendarToken {
  readonly token: string;
  readonly createdAt: string;
}

/** A revision of the rammeudmelding or a follow-up round, as a milestone can link to it. */
export interface FrameworkRef {
  readonly revision: number;
  readonly title: string;
  readonly decidedOn: string;
}

export interface RoundRef {
  readonly id: string;
  readonly title: string;
  readonly asOf: string;
}

/** The address a calendar program subscribes to: the token, not the session, opens it. */
export function feedUrl(origin: string, year: number, token: string): string {
  return `${origin}${yearUrl(year)}/calendar.ics?token=${encodeURIComponent(token)}`;
}

@Injectable({ providedIn: 'root' })
export class CalendarService {
  private readonly http = inject(HttpClient);

  list(year: number): Observable<Milestone[]> {
    return this.http.get<Milestone[]>(milestonesUrl(year));
  }

  /** One milestone as it is now: what a 409 is compared with. */
  get(id: string): Observable<Milestone> {
    return this.http.get<Milestone>(milestoneUrl(id));
  }

  create(year: number, body: MilestoneInput): Observable<Milestone> {
    return this.http.post<Milestone>(milestonesUrl(year), body);
  }

  /** Sends the whole form with the version it was read at; a stale version answers 409. */
  update(id: string, body: MilestoneInput, version: number): Observable<Milestone> {
    return this.http.patch<Milestone>(milestoneUrl(id), { ...body, version });
  }

  remove(id: string, version: number): Observable<void> {
    return this.http.delete<void>(milestoneUrl(id), { params: { version } });
  }

  /** Last year's calendar moved a year on; only into a year without milestones (else 409). */
  copyFrom(year: number, fromYear: number): Observable<Milestone[]> {
    return this.http.post<Milestone[]>(`${milestonesUrl(year)}/copy-from/${fromYear}`, null);
  }

  upcoming(days = 30): Observable<UpcomingMilestone[]> {
    return this.http.get<UpcomingMilestone[]>(UPCOMING_URL, { params: { days } });
  }

  /** A new token replaces the old one, so subscriptions with the old address stop working. */
  createToken(): Observable<CalendarToken> {
    return this.http.post<CalendarToken>(CALENDAR_TOKEN_URL, null);
  }

  revokeToken(): Observable<void> {
    return this.http.delete<void>(CALENDAR_TOKEN_URL);
  }

  committees(): Observable<NamedCode[]> {
    return this.http.get<NamedCode[]>('/api/committees');
  }

  frameworks(year: number): Observable<FrameworkRef[]> {
    return this.http.get<FrameworkRef[]>(`${yearUrl(year)}/frameworks`);
  }

  rounds(year: number): Observable<RoundRef[]> {
    return this.http.get<RoundRef[]>(`${yearUrl(year)}/follow-up-rounds`);
  }
}
