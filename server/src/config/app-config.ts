import { isIP } from 'node:net';
import * as path from 'node:path';
import { PASSWORD_PROBLEM_REASONS, passwordProblem } from '@klch/shared';

/** Where the repository's root is when running from `server/dist` or from `server/src` under jest. */
const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');

export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

export interface AppConfig {
  production: boolean;
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseConfig;
  /** Required in production; in demo mode generated once and kept in the data folder. */
  jwtSecret: string | null;
  /**
   * HMAC key that signs exported audit chain heads (GET /api/audit-events/head). Kept out of the
   * database so whoever can rewrite the database cannot forge a head. Required in production; in demo
   * mode generated once and kept in the data folder.
   */
  auditHeadKey: string | null;
  sessionHours: number;
  cookieSecure: boolean;
  demoPassword: string | null;
  uiDist: string;
  logLevel: string;
  /** Requests larger than this are refused with 413. */
  bodyLimitBytes: number;
  /** Sign-in failures per account before it is locked, and for how long. */
  lockoutThreshold: number;
  lockoutMinutes: number;
  /** Sign-in attempts per IP per minute. */
  loginAttemptsPerMinute: number;
  /**
   * Behind a reverse proxy, which hops of X-Forwarded-For to believe (for per-IP throttling):
   * false (none), a number of trusted proxies in front, or the proxies' addresses and CIDR ranges.
   * Handed to Fastify's `trustProxy` as it is.
   */
  trustProxy: TrustProxy;
  /**
   * Origins besides the app's own (scheme://host[:port] of the request) whose pages may make changes
   * with the session cookie, e.g. the public address when a proxy rewrites Host or the scheme.
   */
  allowedOrigins: string[];
  /** Serve the UI's `*.map` source maps (they show the source to anyone): outside production only, unless asked. */
  serveSourceMaps: boolean;
  /** Email: sent through `smtpUrl` when it is set; with none, nothing is sent and nothing fails. */
  mail: { smtpUrl: string | null; from: string };
  /** The address people open the app at, for the links in emails (no tokens in them: the link asks them to sign in). */
  publicUrl: string;
  /** The daily reminders: whether this instance schedules them, and the hour (Kuala Lumpur time) from which they run. */
  reminders: { daily: boolean; hour: number };
}

export type TrustProxy = false | number | string[];

export class ConfigError extends Error {}

/** Reads and checks the environment once at start; a bad setting stops the start with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const dataDir = path.resolve(PROJECT_ROOT, env.DATA_DIR ?? 'data');
  const database = parseDatabaseUrl(env.DATABASE_URL, dataDir);

  const jwtSecret = env.JWT_SECRET ?? null;
  if (production && !jwtSecret) {
    throw new ConfigError('JWT_SECRET is required in production: set it to at least 32 random characters (e.g. `openssl rand -base64 48`).');
  }
  if (jwtSecret !== null && jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET is too short: use at least 32 random characters.');
  }
  const auditHeadKey = env.AUDIT_HEAD_KEY ?? null;
  if (production && !auditHeadKey) {
    throw new ConfigError(
      'AUDIT_HEAD_KEY is required in production: set it to at least 32 random characters (e.g. `openssl rand -base64 48`), ' +
        'different from JWT_SECRET, and keep a copy outside the database server: it signs the audit chain heads auditors export.',
    );
  }
  if (auditHeadKey !== null && auditHeadKey.length < 32) {
    throw new ConfigError('AUDIT_HEAD_KEY is too short: use at least 32 random characters.');
  }
  if (auditHeadKey !== null && auditHeadKey === jwtSecret) {
    throw new ConfigError('AUDIT_HEAD_KEY must differ from JWT_SECRET: one key, one purpose.');
  }
  if (production && env.DEMO_PASSWORD) {
    throw new ConfigError('DEMO_PASSWORD is for demo mode only and must not be set in production.');
  }
  // The demo users' password follows every password's rule (the seed adds the username rule per user).
  const demoPasswordProblem = env.DEMO_PASSWORD === undefined ? null : passwordProblem(env.DEMO_PASSWORD);
  if (demoPasswordProblem) {
    throw new ConfigError(`DEMO_PASSWORD is refused: it ${PASSWORD_PROBLEM_REASONS[demoPasswordProblem]} (the same rule as every password).`);
  }

  return {
    production,
    port: intSetting(env, 'PORT', 3000, 0, 65535),
    host: env.HOST ?? '127.0.0.1',
    dataDir,
    database,
    jwtSecret,
    auditHeadKey,
    sessionHours: intSetting(env, 'SESSION_HOURS', 8, 1, 24),
    cookieSecure: env.COOKIE_SECURE ? env.COOKIE_SECURE === 'true' : production,
    demoPassword: env.DEMO_PASSWORD ?? null,
    uiDist: path.resolve(PROJECT_ROOT, env.UI_DIST ?? 'admin-ui/dist'),
    logLevel: env.LOG_LEVEL ?? 'info',
    bodyLimitBytes: intSetting(env, 'BODY_LIMIT_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
    lockoutThreshold: intSetting(env, 'LOCKOUT_THRESHOLD', 5, 1, 100),
    lockoutMinutes: intSetting(env, 'LOCKOUT_MINUTES', 15, 1, 24 * 60),
    loginAttemptsPerMinute: intSetting(env, 'LOGIN_ATTEMPTS_PER_MINUTE', 20, 1, 10000),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    allowedOrigins: parseOrigins(env.ALLOWED_ORIGINS),
    serveSourceMaps: env.SERVE_SOURCE_MAPS ? env.SERVE_SOURCE_MAPS === 'true' : !production,
    mail: { smtpUrl: parseSmtpUrl(env.SMTP_URL), from: env.MAIL_FROM?.trim() || 'KL Partnerships <no-reply@localhost>' },
    publicUrl: parsePublicUrl(env.PUBLIC_URL, intSetting(env, 'PORT', 3000, 0, 65535)),
    reminders: { daily: env.REMINDERS_DAILY !== 'false', hour: intSetting(env, 'REMINDERS_HOUR', 7, 0, 23) },
  };
}

/** SMTP_URL: `smtp://user:pass@host:587` or `smtps://…:465` (nodemailer's form); empty for no email. */
export function parseSmtpUrl(raw: string | undefined): string | null {
  const value = raw?.trim() ?? '';
  if (!value) return null;
  const url = URL.canParse(value) ? new URL(value) : null;
  if (!url || !['smtp:', 'smtps:'].includes(url.protocol) || !url.hostname) {
    throw new ConfigError('SMTP_URL must look like smtp://user:password@mail.example.gov.my:587 or smtps://…:465 (or be left unset for no email).');
  }
  return value;
}

/** PUBLIC_URL: `https://partnerships.example.gov.my` (a path is kept, for an app behind a prefix). Default: this server on localhost. */
export function parsePublicUrl(raw: string | undefined, port: number): string {
  const value = raw?.trim() ?? '';
  if (!value) return `http://localhost:${port}`;
  const url = URL.canParse(value) ? new URL(value) : null;
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.search || url.hash || url.username) {
    throw new ConfigError(`PUBLIC_URL must be the address people open the app at, like https://partnerships.example.gov.my (got "${value}").`);
  }
  return value.replace(/\/+$/, '');
}

/** `https://partnerships.example.gov.my, http://localhost:5173` → the origins, each checked. */
export function parseOrigins(raw: string | undefined): string[] {
  const origins: string[] = [];
  for (const given of (raw ?? '').split(',').map((part) => part.trim())) {
    if (!given) continue;
    const url = URL.canParse(given) ? new URL(given) : null;
    if (!url || !['http:', 'https:'].includes(url.protocol) || url.origin !== given.replace(/\/$/, '')) {
      throw new ConfigError(`ALLOWED_ORIGINS must list origins like https://partnerships.example.gov.my, without a path (got "${given}").`);
    }
    origins.push(url.origin);
  }
  return origins;
}

/** `sqlite:relative/or/absolute.sqlite` (relative to the project root) or `postgres://…`. */
export function parseDatabaseUrl(url: string | undefined, dataDir: string): DatabaseConfig {
  if (!url) return { kind: 'sqlite', file: path.join(dataDir, 'klch.sqlite') };
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return { kind: 'postgres', url };
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!file) throw new ConfigError('DATABASE_URL "sqlite:" needs a file path, e.g. sqlite:data/klch.sqlite');
    return { kind: 'sqlite', file: path.resolve(PROJECT_ROOT, file) };
  }
  throw new ConfigError('DATABASE_URL must start with sqlite: or postgres:// (got something else).');
}

const TRUST_PROXY_FORMS =
  'the number of proxies in front of the server (TRUST_PROXY=1) or their addresses and ranges (TRUST_PROXY=10.0.0.0/8,127.0.0.1)';
/** proxy-addr's names for the private ranges, which Fastify accepts in the list. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * TRUST_PROXY. `true` (trust every hop) is refused rather than guessed at: with it, the left-most
 * X-Forwarded-For entry, which the client writes, becomes its address, and each made-up address is
 * a fresh per-IP sign-in allowance.
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = raw?.trim() ?? '';
  if (value === '' || value === 'false' || value === '0') return false;
  if (value === 'true') {
    throw new ConfigError(
      `TRUST_PROXY=true would trust every hop, so a client could choose its own address with X-Forwarded-For. Set ${TRUST_PROXY_FORMS}.`,
    );
  }
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) throw new ConfigError(`TRUST_PROXY must be a number of proxies from 0 to 10 (got "${raw}"), or ${TRUST_PROXY_FORMS}.`);
    return hops;
  }
  const entries = value.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    if (!isAddressOrRange(entry)) {
      throw new ConfigError(`TRUST_PROXY has "${entry}", which is not an IP address or CIDR range: set ${TRUST_PROXY_FORMS}.`);
    }
  }
  return entries;
}

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

function intSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
  }
  return value;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
