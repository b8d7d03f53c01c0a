import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { App } from './app';
import { CurrentUser } from './auth/auth.models';
import { AUTH_URLS, SIGNED_IN_HINT } from './auth/auth.service';

const FINANCE: CurrentUser = { id: 'u1', email: 'bente@odense.dk', name: 'Bente Hansen', role: 'finance', committeeCodes: [] };

describe('App shell', () => {
  let http: HttpTestingController;

  async function render(url = '/', me: CurrentUser | null = null): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      imports: [App],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: '', pathMatch: 'full', children: [] },
          { path: 'log-ind', children: [] },
          { path: '**', children: [] },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    if (me) {
      document.cookie = `${SIGNED_IN_HINT}=1; path=/`;
    }
    const fixture = TestBed.createComponent(App);
    await TestBed.inject(Router).navigateByUrl(url);
    fixture.detectChanges();
    if (me) {
      http.expectOne(AUTH_URLS.me).flush(me);
    }
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => {
    http.verify();
    document.cookie = `${SIGNED_IN_HINT}=; path=/; max-age=0`;
  });

  function navLinks(page: HTMLElement): string[] {
    return Array.from(page.querySelectorAll('nav[aria-label="Hovedmenu"] a'), (a) => a.textContent?.trim() ?? '');
  }

  it('shows the product name and subtitle in the header', async () => {
    const page = await render();

    const header = page.querySelector('header');
    expect(header?.querySelector('.brand__name')?.textContent?.trim()).toBe('Budgetspor');
    expect(header?.textContent).toContain('Budgetlægning og innovationsspor');
  });

  it('has a main navigation with a link to the Forside marked as the current page', async () => {
    const page = await render();

    const links = Array.from(page.querySelectorAll('nav[aria-label="Hovedmenu"] a'));
    expect(links[0].textContent?.trim()).toBe('Forside');
    expect(links[0].getAttribute('href')).toBe('/');
    expect(links[0].getAttribute('aria-current')).toBe('page');
  });

  it('does not mark the Forside link as current on another page', async () => {
    const page = await render('/budget-years/2014');

    const link = page.querySelector('nav a');
    expect(link?.hasAttribute('aria-current')).toBe(false);
  });

  it('offers "Log ind" and no Budgetår link to a visitor, without asking the server (no 401 in the console)', async () => {
    const page = await render();
    http.expectNone(AUTH_URLS.me);

    expect(navLinks(page)).toEqual(['Forside']);
    const login = Array.from(page.querySelectorAll('header a')).find((a) => a.textContent?.trim() === 'Log ind');
    expect(login?.getAttribute('href')).toBe('/log-ind');
    expect(page.querySelector('header')?.textContent).not.toContain('Log ud');
  });

  it('asks the server who is logged in when this browser has logged in before, and shows a 401 as a visitor', async () => {
    document.cookie = `${SIGNED_IN_HINT}=1; path=/`;
    TestBed.configureTestingModule({ imports: [App], providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(App);
    fixture.detectChanges();
    http.expectOne(AUTH_URLS.me).flush({ statusCode: 401 }, { status: 401, statusText: 'Unauthorized' });
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();

    expect((fixture.nativeElement as HTMLElement).querySelector('header')?.textContent).toContain('Log ind');
    expect(document.cookie).not.toContain(`${SIGNED_IN_HINT}=1`);
  });

  it('shows who is logged in with the role in Danish, the main links and "Log ud"', async () => {
    const page = await render('/', FINANCE);

    expect(navLinks(page)).toEqual(['Forside', 'Budgetår', 'Spor', 'Effekt', 'Analyse', 'Revisionsspor']);
    const account = page.querySelector('[aria-label="Din konto"]');
    expect(account?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Bente Hansen, Økonomi Log ud');
  });

  it.each([
    ['admin', 'Administrator'],
    ['committee', 'Udvalg'],
    ['director', 'Direktion'],
  ] as const)('names the role %s "%s"', async (role, label) => {
    const page = await render('/', { ...FINANCE, role });

    expect(page.querySelector('.account__role')?.textContent?.trim()).toBe(label);
  });

  it('logs out on the server, forgets the user and goes to the login page', async () => {
    const page = await render('/', FINANCE);
    const logout = Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Log ud');
    logout?.click();

    const request = http.expectOne(AUTH_URLS.logout);
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await new Promise((r) => setTimeout(r));
    await TestBed.inject(Router).navigated;

    expect(TestBed.inject(Router).url).toBe('/log-ind');
    await new Promise((r) => setTimeout(r));
    await TestBed.inject(Router).navigated;
    expect(page.querySelector('header')?.textContent).not.toContain('Bente Hansen');
    expect(document.cookie).not.toContain(`${SIGNED_IN_HINT}=1`);
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
