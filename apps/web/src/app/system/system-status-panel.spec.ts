import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HEALTH_URL } from './system-health.service';
import { SystemStatusPanel } from './system-status-panel';

describe('SystemStatusPanel', () => {
  let fixture: ComponentFixture<SystemStatusPanel>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [SystemStatusPanel],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SystemStatusPanel);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  function text(): string {
    return (fixture.nativeElement as HTMLElement).textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  /** "Database: kører" etc., one entry per listed component. */
  function statusLines(): string[] {
    const items = (fixture.nativeElement as HTMLElement).querySelectorAll('li');
    return Array.from(items, (li) => li.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  }

  function button(label: string): HTMLButtonElement {
    const found = Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll('button'),
    ).find((b) => b.textContent?.trim() === label);
    if (!found) {
      throw new Error(`No button "${label}" in: ${text()}`);
    }
    return found;
  }

  it('shows "Henter status …" while the request is open', () => {
    expect(text()).toContain('Henter status …');
    http.expectOne(HEALTH_URL).flush({ status: 'ok', db: 'up', redis: 'up' });
  });

  it('shows database and queue as running for a 200 answer', async () => {
    const request = http.expectOne(HEALTH_URL);
    expect(request.request.method).toBe('GET');
    request.flush({ status: 'ok', db: 'up', redis: 'up' });
    await fixture.whenStable();

    expect(statusLines()).toEqual(['Database: kører', 'Kø (Redis): kører']);
    expect(text()).toContain('Alle dele af systemet kører.');
    expect(text()).not.toContain('Henter status');
  });

  it('shows which part is down for a 503 answer with a health body', async () => {
    http
      .expectOne(HEALTH_URL)
      .flush(
        { status: 'error', db: 'up', redis: 'down' },
        { status: 503, statusText: 'Service Unavailable' },
      );
    await fixture.whenStable();

    expect(statusLines()).toEqual(['Database: kører', 'Kø (Redis): nede']);
    expect(text()).toContain('En eller flere dele af systemet er nede.');
    expect(text()).not.toContain('Kunne ikke hente status');
  });

  it('shows each down part with an error icon, not only a colour', async () => {
    http
      .expectOne(HEALTH_URL)
      .flush(
        { status: 'error', db: 'down', redis: 'down' },
        { status: 503, statusText: 'Service Unavailable' },
      );
    await fixture.whenStable();

    const icons = (fixture.nativeElement as HTMLElement).querySelectorAll('li svg[data-icon]');
    expect(Array.from(icons, (i) => i.getAttribute('data-icon'))).toEqual(['error', 'error']);
    expect(statusLines()).toEqual(['Database: nede', 'Kø (Redis): nede']);
  });

  it('shows an error with "Prøv igen" when the server cannot be reached, and recovers on retry', async () => {
    http.expectOne(HEALTH_URL).error(new ProgressEvent('error'));
    await fixture.whenStable();

    expect(text()).toContain('Kunne ikke hente status');
    expect(statusLines()).toEqual([]);

    button('Prøv igen').click();
    await fixture.whenStable();
    expect(text()).toContain('Henter status …');

    http.expectOne(HEALTH_URL).flush({ status: 'ok', db: 'up', redis: 'up' });
    await fixture.whenStable();
    expect(statusLines()).toEqual(['Database: kører', 'Kø (Redis): kører']);
  });

  it('treats a 502 from a proxy (no health body) as an error, not as "nede"', async () => {
    http
      .expectOne(HEALTH_URL)
      .flush('<html>Bad Gateway</html>', { status: 502, statusText: 'Bad Gateway' });
    await fixture.whenStable();

    expect(text()).toContain('Kunne ikke hente status');
    expect(statusLines()).toEqual([]);
  });

  it('treats a 200 with an unexpected body as an error', async () => {
    http.expectOne(HEALTH_URL).flush({ status: 'ok' });
    await fixture.whenStable();

    expect(text()).toContain('Kunne ikke hente status');
  });

  it('fetches again when "Opdater status" is pressed', async () => {
    http.expectOne(HEALTH_URL).flush({ status: 'ok', db: 'up', redis: 'up' });
    await fixture.whenStable();

    button('Opdater status').click();
    await fixture.whenStable();
    http
      .expectOne(HEALTH_URL)
      .flush(
        { status: 'error', db: 'down', redis: 'up' },
        { status: 503, statusText: 'Service Unavailable' },
      );
    await fixture.whenStable();

    expect(statusLines()).toEqual(['Database: nede', 'Kø (Redis): kører']);
  });
});
