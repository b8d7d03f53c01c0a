import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { App } from './app';

describe('App shell', () => {
  async function render(url = '/'): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      imports: [App],
      providers: [provideRouter([{ path: '', pathMatch: 'full', children: [] }, { path: '**', children: [] }])],
    });
    const fixture = TestBed.createComponent(App);
    await TestBed.inject(Router).navigateByUrl(url);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the product name and subtitle in the header', async () => {
    const page = await render();

    const header = page.querySelector('header');
    expect(header?.querySelector('.brand__name')?.textContent?.trim()).toBe('Budgetspor');
    expect(header?.textContent).toContain('Budgetlægning og innovationsspor');
  });

  it('has a main navigation with a link to the Forside marked as the current page', async () => {
    const page = await render();

    const nav = page.querySelector('nav[aria-label="Hovedmenu"]');
    const links = Array.from(nav?.querySelectorAll('a') ?? []);
    expect(links.map((a) => a.textContent?.trim())).toEqual(['Forside']);
    expect(links[0].getAttribute('href')).toBe('/');
    expect(links[0].getAttribute('aria-current')).toBe('page');
  });

  it('does not mark the Forside link as current on another page', async () => {
    const page = await render('/budget-years/2014');

    const link = page.querySelector('nav a');
    expect(link?.hasAttribute('aria-current')).toBe(false);
  });

  it('starts with a skip link "Spring til indhold" that targets <main id="indhold">', async () => {
    const page = await render();

    const skip = page.querySelector('a');
    expect(skip?.textContent?.trim()).toBe('Spring til indhold');
    expect(skip?.getAttribute('href')).toBe('#indhold');
    const target = page.querySelector('#indhold');
    expect(target?.tagName).toBe('MAIN');
  });

  it('moves keyboard focus to the main content when the skip link is used', async () => {
    const page = await render();
    document.body.appendChild(page);

    page.querySelector<HTMLAnchorElement>('a[href="#indhold"]')?.click();

    expect(document.activeElement?.id).toBe('indhold');
    page.remove();
  });
});
