import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Routes, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CurrentUser, UserRole } from '../auth/auth.models';
import { AUTH_URLS, AuthService } from '../auth/auth.service';
import { EffectGoal, Indicator } from './effect.models';

/** Shared by the effect and analysis page tests: sign-in, fixtures and DOM helpers. */

export const COMMITTEES = [
  { code: 'SAU', name: 'Social- og Arbejdsmarkedsudvalget', administrationCode: 'SAF' },
  { code: 'ØU', name: 'Økonomiudvalget', administrationCode: 'BMF' },
  { code: 'ÆHU', name: 'Ældre- og Handicapudvalget', administrationCode: 'ÆHF' },
];
export const TRACKS = [
  { code: 'SELV', name: 'Selvforsørgelse – frihed til at kunne', administrationCode: 'SAF', startYear: 2014, status: 'active', dependsOnFreeMunicipality: false, shares: [], version: 1, description: null },
  { code: 'SVR', name: 'Sammenhængende velfærdsressourcer', administrationCode: 'SAF', startYear: 2014, status: 'active', dependsOnFreeMunicipality: false, shares: [], version: 1, description: null },
];

export const EMPLOYMENT: Indicator = {
  id: '11111111-1111-4111-8111-111111111111',
  goalId: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
  name: 'Andel af 25-64-årige i beskæftigelse',
  description: null,
  kind: 'quantitative',
  unit: 'pct.',
  direction: 'higher',
  baselineYear: 2016,
  baselineValue: '71.2',
  targetYear: 2020,
  targetValue: '75',
  values: [
    { year: 2017, value: '72', sourceNote: 'Danmarks Statistik, RAS300', assessment: null, status: null, version: 1, updatedAt: '2026-11-27T10:00:00.000Z', updatedBy: 'sau@odense.dk' },
  ],
  version: 1,
};
export const DIALOGUE: Indicator = {
  ...EMPLOYMENT,
  id: '22222222-2222-4222-8222-222222222222',
  name: 'Dialog med virksomhederne',
  kind: 'qualitative',
  unit: null,
  direction: null,
  baselineYear: null,
  baselineValue: null,
  targetYear: null,
  targetValue: null,
  values: [],
};
export const JOBS: EffectGoal = {
  id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  title: 'Flere borgere er i job',
  description: 'Odensemål om beskæftigelse.',
  level: 'municipal',
  parentId: null,
  committeeCodes: [],
  trackCodes: ['SELV'],
  indicators: [],
  version: 1,
};
export const JOBS_SAU: EffectGoal = {
  id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
  title: 'Flere ledige i job via virksomhedsrettede forløb',
  description: null,
  level: 'committee',
  parentId: JOBS.id,
  committeeCodes: ['SAU'],
  trackCodes: ['SELV', 'SVR'],
  indicators: [EMPLOYMENT, DIALOGUE],
  version: 3,
};

export interface PageHarness {
  http: HttpTestingController;
  harness: RouterTestingHarness;
  settle(): Promise<void>;
  page(): HTMLElement;
}

/**
 * A test bed with `routes`, signed in as `role`; navigate with `harness.navigateByUrl`.
 * `overrides` runs before anything is injected (TestBed.overrideComponent must).
 */
export async function signedIn(routes: Routes, role: UserRole, committeeCodes: string[] = [], overrides?: () => void): Promise<PageHarness> {
  TestBed.configureTestingModule({
    providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter(routes, withComponentInputBinding())],
  });
  overrides?.();
  const http = TestBed.inject(HttpTestingController);
  const user: CurrentUser = { id: '1', email: 'x@odense.dk', name: 'X', role, committeeCodes };
  const loading = TestBed.inject(AuthService).ensureLoaded();
  http.expectOne(AUTH_URLS.me).flush(user);
  await loading;
  const harness = await RouterTestingHarness.create();
  const settle = async () => {
    await new Promise((r) => setTimeout(r));
    await harness.fixture.whenStable();
  };
  return { http, harness, settle, page: () => harness.routeNativeElement as HTMLElement };
}

/** Text as a sighted user reads it: whitespace collapsed, soft hyphens and screen-reader-only texts left out. */
export function visible(el: Element | null | undefined): string {
  if (!el) return '';
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((h) => h.remove());
  return (copy.textContent ?? '').replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();
}

/** Every row of a table (body and foot) as the texts of its cells. */
export function tableRows(root: ParentNode, selector: string): string[][] {
  return Array.from(root.querySelectorAll(`${selector} tbody tr, ${selector} tfoot tr`), (tr) => Array.from(tr.querySelectorAll('th, td'), (c) => visible(c)));
}

export async function fill(h: PageHarness, selector: string, value: string): Promise<void> {
  const el = h.page().querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(selector);
  if (!el) throw new Error(`No field ${selector}`);
  el.value = value;
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input'));
  el.dispatchEvent(new Event('blur'));
  await h.settle();
}

export function button(h: PageHarness, label: string): HTMLButtonElement {
  const found = Array.from(h.page().querySelectorAll('button')).find((b) => visible(b) === label);
  if (!found) throw new Error(`No button "${label}" among ${Array.from(h.page().querySelectorAll('button'), (b) => `"${visible(b)}"`).join(', ')}`);
  return found;
}

export async function click(h: PageHarness, label: string): Promise<void> {
  button(h, label).click();
  await h.settle();
}

/** A field's label text → the field, as a user finds it. */
export function fieldByLabel<T extends HTMLElement = HTMLInputElement>(h: PageHarness, label: string): T {
  const l = Array.from(h.page().querySelectorAll('label')).find((x) => visible(x) === label);
  const id = l?.getAttribute('for');
  const el = id ? h.page().querySelector<T>(`[id="${id}"]`) : (l?.querySelector<T>('input') ?? null);
  if (!el) throw new Error(`No field labelled "${label}"`);
  return el;
}

/** The message under a field (its aria-describedby ends with the error's id). */
export function errorOf(h: PageHarness, field: HTMLElement): string {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
  return ids.map((id) => visible(h.page().querySelector(`[id="${id}"]`))).join(' ');
}

export async function type(h: PageHarness, field: HTMLElement, value: string): Promise<void> {
  const el = field as HTMLInputElement;
  el.value = value;
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input'));
  el.dispatchEvent(new Event('blur'));
  await h.settle();
}
