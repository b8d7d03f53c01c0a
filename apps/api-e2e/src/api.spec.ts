import SwaggerParser from '@apidevtools/swagger-parser';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TestApp } from './support/test-app';

describe('the API app over HTTP', () => {
  let t: TestApp;
  let webDist: string;

  beforeAll(async () => {
    webDist = mkdtempSync(join(tmpdir(), 'bs-web-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><html lang="da"><title>Budgetspor</title><app-root></app-root></html>');
    writeFileSync(join(webDist, 'main-ABC.js'), 'console.log(1)');
    t = await startTestApp({ WEB_DIST: webDist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('reports health exactly as API.md says', async () => {
    const res = await t.request('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', db: 'up', redis: 'up' });
  });

  it('answers an unknown API route with a JSON 404, never the web app', async () => {
    const res = await t.request('GET', '/api/does-not-exist', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Ruten findes ikke: GET /api/does-not-exist' });
  });

  it('serves the web app at / and for deep links, and its static files', async () => {
    for (const path of ['/', '/budget-years/2014']) {
      const res = await t.request('GET', path, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      expect(res.body).toContain('<app-root></app-root>');
      expect(res.headers.get('cache-control')).toBe('no-cache');
    }
    const js = await t.request('GET', '/main-ABC.js');
    expect(js.status).toBe(200);
    expect(js.body).toBe('console.log(1)');
    expect((await t.request('GET', '/missing.js', { headers: { accept: 'application/javascript' } })).status).toBe(404);
  });

  it('sends a content security policy without unsafe-eval', async () => {
    const res = await t.request('GET', '/');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
  });

  it('needs a session everywhere but health, docs and login', async () => {
    for (const path of ['/api/committees', '/api/administrations', '/api/auth/me', '/api/users']) {
      const res = await t.request('GET', path);
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Du skal være logget ind' });
    }
    expect((await t.request('GET', '/api/docs')).status).toBe(200);
    expect((await t.request('GET', '/api/docs-json')).status).toBe(200);
  });

  it('refuses malformed JSON, unknown fields and oversized bodies with clear 4xx', async () => {
    const bad = await t.request('POST', '/api/auth/login', { body: '{"email":' });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ statusCode: 400, error: 'Bad Request', message: 'Forespørgslens indhold er ikke gyldig JSON' });

    const unknown = await t.request('POST', '/api/auth/login', { body: { email: 'a@b.dk', password: 'x', admin: true } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toEqual(['admin: feltet kendes ikke']);

    const wrongType = await t.request('POST', '/api/auth/login', { body: { email: 5, password: 'x' } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.message).toContain('email: skal være tekst');

    const huge = await t.request('POST', '/api/auth/login', { body: { email: 'x'.repeat(2_000_000), password: 'x' } });
    expect(huge.status).toBe(413);
    expect(huge.body.error).toBe('Payload Too Large');
  });

  it('publishes an OpenAPI document that validates', async () => {
    const res = await t.request('GET', '/api/docs-json');
    const api = await SwaggerParser.validate(res.body);
    expect(Object.keys(api.paths ?? {})).toEqual(
      expect.arrayContaining(['/api/health', '/api/auth/login', '/api/committees', '/api/administrations', '/api/users']),
    );
  });

  it('turns the database going away into 503 db: down', async () => {
    const other = await startTestApp();
    try {
      await other.db.drop();
      const res = await other.request('GET', '/api/health');
      expect(res.status).toBe(503);
      expect(res.body).toEqual({ status: 'error', db: 'down', redis: 'up' });
    } finally {
      await other.app.close();
    }
  });
});

