import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { clearTranslations } from '@angular/localize';
import { provideRouter } from '@angular/router';
import { LANGUAGE_KEY } from '../app/core/language-choice';

/**
 * Unit tests of the app as an English user gets it. Call `inEnglish()` in the `describe`:
 * the remembered choice makes src/locale-init.ts load the English texts before the tests
 * import the app's modules, which they must therefore do inside the tests
 * (`await import('./x')`): a static import would evaluate them in Danish first.
 * language-choice.ts is the exception, it fixes nothing.
 */
export function inEnglish(): void {
  beforeAll(async () => {
    localStorage.setItem(LANGUAGE_KEY, 'en');
    await import('../locale-init');
  });

  afterAll(() => {
    clearTranslations();
    localStorage.clear();
  });
}

/** A component rendered with the router and a testing HttpClient, after its inputs are set. */
export async function render<T>(component: Type<T>, inputs: Record<string, unknown> = {}): Promise<HTMLElement> {
  TestBed.resetTestingModule();
  TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
  const fixture = TestBed.createComponent(component);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

/** An element's text with its white space collapsed. */
export const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
