/**
 * Typed configuration, read once from the environment and validated at start.
 * A bad value stops the start with one line that names the variable.
 */
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'verbose';

export interface AppConfig {
  readonly nodeEnv: 'production' | 'development' | 'test';
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string;
  readonly redisUrl: string;
  /** Prefix of every BullMQ key, so several installations (or test files) can share one Redis. */
  readonly queuePrefix: string;
  readonly demoData: boolean;
  readonly adminEmail: string | null;
  readonly adminPassword: string | null;
  readonly logLevel: LogLevel;
  /** Run the BullMQ processors inside the API process (`npm start`); off when a separate worker runs. */
  readonly runWorker: boolean;
  /** Folder of the built Angular app served at `/`; null serves no web app. */
  readonly webDist: string | null;
  /** Public address shown in the printed login line. */
  readonly publicUrl: string;
  /** Login attempts allowed per minute from one IP address, and for one account. */
  readonly loginLimitPerIp: number;
  readonly loginLimitPerAccount: number;
  /** Trust X-Forwarded-* from a reverse proxy (so cookies get Secure behind HTTPS). */
  readonly trustProxy: boolean;
  /** A request still unanswered after this many milliseconds gets 503 (live event streams excepted). */
  readonly requestTimeoutMs: number;
  /** A worker running alone writes the time here every 10 s while it works (container health checks). */
  readonly workerHeartbeatFile: string | null;
}

export class ConfigError extends Error {
  constructor(readonly variable: string, detail: string) {
    super(`Ugyldig konfiguration: ${variable} ${detail}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'verbose'];

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['production', 'development', 'test'] as const, 'development');
  const port = integer(env, 'PORT', 3000, 1, 65535);
  const host = text(env, 'HOST', '127.0.0.1');
  const adminPassword = optional(env, 'ADMIN_PASSWORD');
  if (adminPassword !== null && [...adminPassword].length < 12) {
    throw new ConfigError('ADMIN_PASSWORD', 'skal være mindst 12 tegn');
  }
  const adminEmail = optional(env, 'ADMIN_EMAIL');
  if (adminEmail !== null && !/^[^\s@]+@[^\s@]+$/.test(adminEmail)) {
    throw new ConfigError('ADMIN_EMAIL', `er ikke en e-mailadresse: "${adminEmail}"`);
  }
  const webDist = optional(env, 'WEB_DIST');
  return {
    nodeEnv,
    port,
    host,
    databaseUrl: url(env, 'DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/budgetspor', ['postgres:', 'postgresql:']),
    redisUrl: url(env, 'REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:']),
    queuePrefix: text(env, 'QUEUE_PREFIX', 'budgetspor'),
    demoData: bool(env, 'DEMO_DATA', true),
    adminEmail,
    adminPassword,
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    runWorker: bool(env, 'RUN_WORKER', true),
    webDist,
    publicUrl: text(env, 'PUBLIC_URL', `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`),
    loginLimitPerIp: integer(env, 'LOGIN_LIMIT_PER_IP', 30, 1, 1_000_000),
    loginLimitPerAccount: integer(env, 'LOGIN_LIMIT_PER_ACCOUNT', 10, 1, 1_000_000),
    trustProxy: bool(env, 'TRUST_PROXY', false),
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', 30_000, 100, 600_000),
    workerHeartbeatFile: optional(env, 'WORKER_HEARTBEAT_FILE'),
  };
}

function optional(env: Env, name: string): string | null {
  const value = env[name];
  return value === undefined || value.trim() === '' ? null : value.trim();
}

function text(env: Env, name: string, fallback: string): string {
  return optional(env, name) ?? fallback;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = optional(env, name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(name, `skal være et heltal fra ${min} til ${max}, men er "${raw}"`);
  }
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = optional(env, name);
  if (raw === null) return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, `skal være "true" eller "false", men er "${raw}"`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = optional(env, name);
  if (raw === null) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `skal være en af ${allowed.join(', ')}, men er "${raw}"`);
  }
  return raw as T;
}

function url(env: Env, name: string, fallback: string, protocols: readonly string[]): string {
  const raw = text(env, name, fallback);
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'er ikke en gyldig URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `skal begynde med ${protocols.map((p) => `${p}//`).join(' eller ')}`);
  }
  return raw;
}

/** A URL safe to print: the password is replaced. */
export function redactUrl(raw: string): string {
  try {
    const parsed = new URL(raw);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(ugyldig URL)';
  }
}
