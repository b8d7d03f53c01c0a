import { ConfigError, loadConfig, redactUrl } from './config';

describe('loadConfig', () => {
  it('uses the documented defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/budgetspor');
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.demoData).toBe(true);
    expect(config.runWorker).toBe(true);
    expect(config.logLevel).toBe('info');
    expect(config.publicUrl).toBe('http://127.0.0.1:3000');
  });

  it.each([['abc'], ['0'], ['70000'], ['3000.5'], ['-1']])('refuses PORT=%s naming the variable', (port) => {
    expect(() => loadConfig({ PORT: port })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: port })).toThrow(/^Ugyldig konfiguration: PORT /);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgresql://u:p@db:5432/x',
      REDIS_URL: 'redis://cache:6380',
      DEMO_DATA: 'false',
      ADMIN_EMAIL: 'admin@odense.dk',
      ADMIN_PASSWORD: 'et-langt-kodeord',
      LOG_LEVEL: 'debug',
      RUN_WORKER: 'false',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgresql://u:p@db:5432/x',
      redisUrl: 'redis://cache:6380',
      demoData: false,
      adminEmail: 'admin@odense.dk',
      adminPassword: 'et-langt-kodeord',
      logLevel: 'debug',
      runWorker: false,
    });
  });

  it.each([
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'http://x' }, 'REDIS_URL'],
    [{ DEMO_DATA: 'ja' }, 'DEMO_DATA'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ ADMIN_PASSWORD: 'kort' }, 'ADMIN_PASSWORD'],
    [{ ADMIN_EMAIL: 'admin' }, 'ADMIN_EMAIL'],
  ])('refuses %p', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Ugyldig konfiguration: ${variable} `));
  });

  it('hides passwords in printed URLs', () => {
    expect(redactUrl('postgres://u:secret@db:5432/x')).toBe('postgres://u:***@db:5432/x');
  });
});
