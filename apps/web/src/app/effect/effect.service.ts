import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { PRICE_INDICES_URL } from '../core/price-level';
import { EffectAccount, EffectGoal, GoalInput, Indicator, IndicatorInput, IndicatorValue, PriceIndex, PriceIndexInput, ValueInput } from './effect.models';

export const GOALS_URL = '/api/effect-goals';
export const goalUrl = (id: string) => `${GOALS_URL}/${encodeURIComponent(id)}`;
export const indicatorUrl = (id: string) => `/api/indicators/${encodeURIComponent(id)}`;
export const accountUrl = (year: number) => `/api/effect-account/${year}`;
export const priceIndexUrl = (year: number) => `${PRICE_INDICES_URL}/${year}`;

/** `?priceLevel=` only when a level is chosen; without it each amount keeps its round's own level. */
export function priceLevelParams(priceLevel: number | null): HttpParams {
  return priceLevel === null ? new HttpParams() : new HttpParams().set('priceLevel', String(priceLevel));
}

/** Effect goals, their indicators and values, the effect account and the price indices. */
@Injectable({ providedIn: 'root' })
export class EffectService {
  private readonly http = inject(HttpClient);

  goals(filter: { trackCode?: string } = {}): Observable<EffectGoal[]> {
    const params = filter.trackCode ? new HttpParams().set('trackCode', filter.trackCode) : undefined;
    return this.http.get<EffectGoal[]>(GOALS_URL, { params });
  }

  goal(id: string): Observable<EffectGoal> {
    return this.http.get<EffectGoal>(goalUrl(id));
  }

  createGoal(input: GoalInput): Observable<EffectGoal> {
    return this.http.post<EffectGoal>(GOALS_URL, input);
  }

  /** Every field with the version read; lists replace the whole list. A stale version answers 409. */
  updateGoal(id: string, input: GoalInput, version: number): Observable<EffectGoal> {
    return this.http.patch<EffectGoal>(goalUrl(id), { ...input, version });
  }

  createIndicator(goalId: string, input: IndicatorInput): Observable<Indicator> {
    return this.http.post<Indicator>(`${goalUrl(goalId)}/indicators`, input);
  }

  indicator(id: string): Observable<Indicator> {
    return this.http.get<Indicator>(indicatorUrl(id));
  }

  updateIndicator(id: string, input: IndicatorInput, version: number): Observable<Indicator> {
    return this.http.patch<Indicator>(indicatorUrl(id), { ...input, version });
  }

  putValue(indicatorId: string, year: number, input: ValueInput): Observable<IndicatorValue> {
    return this.http.put<IndicatorValue>(`${indicatorUrl(indicatorId)}/values/${year}`, input);
  }

  account(year: number, priceLevel: number | null): Observable<EffectAccount> {
    return this.http.get<EffectAccount>(accountUrl(year), { params: priceLevelParams(priceLevel) });
  }

  /** Creates the year's index (without `version`; 409 if it has one) or replaces the version read (409 if stale). */
  putPriceIndex(year: number, input: PriceIndexInput): Observable<PriceIndex> {
    return this.http.put<PriceIndex>(priceIndexUrl(year), input);
  }
}

/**
 * A message for the page the user lands on next: after "Opret mål" the router opens the new
 * goal's own page, a new component instance, which picks the notice up once.
 */
@Injectable({ providedIn: 'root' })
export class EffectNotice {
  private pending: string | null = null;

  set(text: string): void {
    this.pending = text;
  }

  take(): string | null {
    const text = this.pending;
    this.pending = null;
    return text;
  }
}
