import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CurrentUser, UserRole } from '../auth/auth.models';
import { AUTH_URLS, AuthService } from '../auth/auth.service';
import { formatDateTime } from '../core/api-error';
import { AuditRow } from './audit.models';
import { auditRoutes } from './audit.routes';

const ROWS: AuditRow[] = [
  {
    id: '42', at: '2026-11-27T10:15:00.000Z', actor: 'bente@odense.dk', action: 'update', entityType: 'savings', entityId: 'r1',
    before: { forecast: '1000000', status: 'on_track', version: 1 }, after: { forecast: '1250000', status: 'on_track', version: 2 },
  },
  { id: '41', at: '2026-11-27T09:00:00.000Z', actor: 'system', action: 'allocate', entityType: 'allocation_run', entityId: 'run-1', before: null, after: { status: 'succeeded' } },
];

describe('AuditPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const el = () => harness.routeNativeElement as HTMLElement;
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r));
      await harness.fixture.whenStable();
    }
  };

  async function open(role: UserRole, url = '/audit'): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'audit', children: auditRoutes }], withComponentInputBinding())],
    });
    http = TestBed.inject(HttpTestingController);
    const user: CurrentUser = { id: '1', email: 'x@odense.dk', name: 'X', role, committeeCodes: role === 'committee' ? ['SAU'] : [] };
    const loading = TestBed.inject(AuthService).ensureLoaded();
    http.expectOne(AUTH_URLS.me).flush(user);
    await loading;
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    await settle();
  }
  afterEach(() => http.verify());

  it('lists the records newest first with time, user, action and type in Danish words', async () => {
    await open('finance');
    const req = http.expectOne((r) => r.url === '/api/audit');
    expect(req.request.params.get('limit')).toBe('100');
    expect(req.request.params.has('entityType')).toBe(false);
    req.flush(ROWS);
    await settle();
    const lines = Array.from(el().querySelectorAll('[data-testid=audit-table] tbody tr[data-audit-id]')).map((tr) =>
      Array.from(tr.querySelectorAll('td')).slice(0, 5).map((td) => td.textContent?.trim()),
    );
    expect(lines).toEqual([
      [formatDateTime(ROWS[0].at), 'bente@odense.dk', 'Ændret', 'Besparelse', 'r1'],
      [formatDateTime(ROWS[1].at), 'System (baggrundsjob)', 'Fordelt', 'Fordelingskørsel', 'run-1'],
    ]);
    expect(el().textContent).not.toContain('{');
  });

  it('opens a record to show before and after as field lines', async () => {
    await open('director');
    http.expectOne((r) => r.url === '/api/audit').flush(ROWS);
    await settle();
    const toggle = el().querySelector('tr[data-audit-id="42"] button') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await settle();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const details = el().querySelector('#audit-details-42') as HTMLElement;
    const rows = Array.from(details.querySelectorAll('[data-testid=audit-changes] > tbody > tr')).map((tr) => [tr.querySelector('th')?.textContent?.replace(/\s+/g, ' ').trim(), ...Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim())]);
    expect(rows).toEqual([
      ['Prognose (ændret)', '1.000.000 kr.', '1.250.000 kr.'],
      ['Status', 'På sporet', 'På sporet'],
      ['Version (ændret)', '1', '2'],
    ]);
    expect(details.textContent).toContain('2 felter er ændret.');
  });

  it('filters by the address, and the export follows the filter', async () => {
    await open('admin', '/audit?entityType=track&entityId=SVR&limit=500');
    const req = http.expectOne((r) => r.url === '/api/audit');
    expect([req.request.params.get('entityType'), req.request.params.get('entityId'), req.request.params.get('limit')]).toEqual(['track', 'SVR', '500']);
    req.flush([]);
    await settle();
    expect(el().querySelector('[data-testid=empty]')?.textContent?.trim()).toBe('Ingen poster passer til filteret.');
    expect((el().querySelector('#audit-type') as HTMLSelectElement).value).toBe('track');
    expect((el().querySelector('#audit-id') as HTMLInputElement).value).toBe('SVR');
    const urls = Array.from(el().querySelectorAll('app-export-buttons button')).map((b) => (b as HTMLElement).dataset['url']);
    expect(urls).toEqual(['/api/audit/export?entityType=track&entityId=SVR&format=xlsx', '/api/audit/export?entityType=track&entityId=SVR&format=csv']);

    (el().querySelector('#audit-type') as HTMLSelectElement).value = 'savings';
    (el().querySelector('#audit-id') as HTMLInputElement).value = '';
    (el().querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    const next = http.expectOne((r) => r.url === '/api/audit');
    expect([next.request.params.get('entityType'), next.request.params.has('entityId'), next.request.params.get('limit')]).toEqual(['savings', false, '500']);
    next.flush([]);
  });

  it('tells a committee user the log is not theirs, without asking the API', async () => {
    await open('committee');
    expect(el().querySelector('[data-testid=not-allowed]')?.textContent?.trim()).toBe('Revisionssporet kan kun ses af økonomi, direktion og administratorer.');
  });
});
