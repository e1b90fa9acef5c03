import * as path from 'node:path';
import { ConfigError, loadConfig, parseDatabaseUrl } from './app-config';

/** The repository root, as app-config resolves relative paths (this file sits beside it). */
const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');
const SECRET = 'x'.repeat(32);
const HEAD_KEY = 'h'.repeat(32);

describe('loadConfig', () => {
  it('starts in demo mode with safe defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      production: false,
      port: 3000,
      host: '127.0.0.1',
      jwtSecret: null,
      auditHeadKey: null,
      sessionHours: 8,
      cookieSecure: false,
      demoPassword: null,
      bodyLimitBytes: 1024 * 1024,
      lockoutThreshold: 5,
      lockoutMinutes: 15,
      loginAttemptsPerMinute: 20,
      trustProxy: false,
    });
    expect(config.dataDir).toBe(path.join(PROJECT_ROOT, 'data'));
    expect(config.database).toEqual({ kind: 'sqlite', file: path.join(PROJECT_ROOT, 'data', 'klch.sqlite') });
  });

  it('refuses production without JWT_SECRET', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required/);
  });

  it('refuses a JWT_SECRET shorter than 32 characters, in production and in demo mode', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(31) })).toThrow(/too short/);
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(ConfigError);
    expect(() => loadConfig({ JWT_SECRET: '' })).toThrow(ConfigError);
  });

  it('starts production with a long JWT_SECRET and AUDIT_HEAD_KEY: secure cookies, no demo password', () => {
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, AUDIT_HEAD_KEY: HEAD_KEY });
    expect(config).toMatchObject({ production: true, jwtSecret: SECRET, auditHeadKey: HEAD_KEY, cookieSecure: true, demoPassword: null });
  });

  it('refuses production without AUDIT_HEAD_KEY', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET })).toThrow(/AUDIT_HEAD_KEY is required in production/);
  });

  it('refuses an AUDIT_HEAD_KEY shorter than 32 characters or equal to JWT_SECRET, and takes a good one in demo mode', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, AUDIT_HEAD_KEY: 'h'.repeat(31) })).toThrow(/AUDIT_HEAD_KEY is too short/);
    expect(() => loadConfig({ AUDIT_HEAD_KEY: '' })).toThrow(ConfigError);
    expect(() => loadConfig({ JWT_SECRET: SECRET, AUDIT_HEAD_KEY: SECRET })).toThrow(/must differ from JWT_SECRET/);
    expect(loadConfig({ AUDIT_HEAD_KEY: HEAD_KEY }).auditHeadKey).toBe(HEAD_KEY);
  });

  it('refuses DEMO_PASSWORD in production, and anywhere one that breaks the password rule', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, AUDIT_HEAD_KEY: HEAD_KEY, DEMO_PASSWORD: 'a-long-demo-password' })).toThrow(
      /demo mode only/,
    );
    expect(() => loadConfig({ DEMO_PASSWORD: 'short' })).toThrow(/DEMO_PASSWORD is refused: it must be 12 to 128 characters/);
    expect(() => loadConfig({ DEMO_PASSWORD: 'x'.repeat(129) })).toThrow(/must be 12 to 128 characters/);
    expect(() => loadConfig({ DEMO_PASSWORD: 'zzzzzzzzzzzzzz' })).toThrow(/must not be one character repeated/);
    expect(() => loadConfig({ DEMO_PASSWORD: 'Password1234' })).toThrow(/most common passwords/);
    expect(() => loadConfig({ DEMO_PASSWORD: '1qaz2wsx3edc' })).toThrow(ConfigError);
    expect(loadConfig({ DEMO_PASSWORD: 'a-long-demo-password' }).demoPassword).toBe('a-long-demo-password');
  });

  it.each(['abc', '70000', '-1', '3.5', '1e3x', '65536'])('refuses PORT=%s', (port) => {
    expect(() => loadConfig({ PORT: port })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: port })).toThrow(/PORT must be a whole number from 0 to 65535/);
  });

  it('takes a valid PORT and treats an empty one as unset', () => {
    expect(loadConfig({ PORT: '8080' }).port).toBe(8080);
    expect(loadConfig({ PORT: '' }).port).toBe(3000);
  });

  it('refuses other numeric settings out of range', () => {
    expect(() => loadConfig({ SESSION_HOURS: '0' })).toThrow(/SESSION_HOURS/);
    expect(() => loadConfig({ LOCKOUT_THRESHOLD: 'many' })).toThrow(/LOCKOUT_THRESHOLD/);
    expect(() => loadConfig({ BODY_LIMIT_BYTES: '10' })).toThrow(/BODY_LIMIT_BYTES/);
    expect(loadConfig({ SESSION_HOURS: '12' }).sessionHours).toBe(12);
  });

  it('lets COOKIE_SECURE override the production default either way', () => {
    expect(loadConfig({ COOKIE_SECURE: 'true' }).cookieSecure).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, AUDIT_HEAD_KEY: HEAD_KEY, COOKIE_SECURE: 'false' }).cookieSecure).toBe(false);
  });

  it('takes ALLOWED_ORIGINS as a comma-separated list of origins, and refuses anything with a path or another scheme', () => {
    expect(loadConfig({}).allowedOrigins).toEqual([]);
    expect(loadConfig({ ALLOWED_ORIGINS: 'https://partnerships.example.gov.my, http://localhost:5173/' }).allowedOrigins).toEqual([
      'https://partnerships.example.gov.my',
      'http://localhost:5173',
    ]);
    for (const bad of ['partnerships.example.gov.my', 'https://example.org/app', 'ftp://example.org', '*']) {
      expect(() => loadConfig({ ALLOWED_ORIGINS: bad })).toThrow(/ALLOWED_ORIGINS must list origins/);
    }
  });

  it('serves source maps outside production only, unless SERVE_SOURCE_MAPS says otherwise', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: SECRET, AUDIT_HEAD_KEY: HEAD_KEY };
    expect(loadConfig({}).serveSourceMaps).toBe(true);
    expect(loadConfig(production).serveSourceMaps).toBe(false);
    expect(loadConfig({ ...production, SERVE_SOURCE_MAPS: 'true' }).serveSourceMaps).toBe(true);
    expect(loadConfig({ SERVE_SOURCE_MAPS: 'false' }).serveSourceMaps).toBe(false);
  });
});

describe('TRUST_PROXY', () => {
  it('trusts no proxy when unset, empty, false or 0', () => {
    for (const value of [undefined, '', 'false', '0']) expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toBe(false);
  });

  it('takes a number of trusted hops', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(() => loadConfig({ TRUST_PROXY: '11' })).toThrow(/number of proxies from 0 to 10/);
  });

  it('takes a comma-separated list of proxy addresses and CIDR ranges, IPv4 and IPv6', () => {
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1']);
    expect(loadConfig({ TRUST_PROXY: '::1,fd00::/8,loopback' }).trustProxy).toEqual(['::1', 'fd00::/8', 'loopback']);
  });

  it('refuses true, which would let a client choose its own address, and says what to set instead', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(
      /TRUST_PROXY=true would trust every hop.*TRUST_PROXY=1.*TRUST_PROXY=10\.0\.0\.0\/8,127\.0\.0\.1/,
    );
  });

  it.each(['yes', '10.0.0.0/33', '300.1.1.1', '10.0.0.1/8/2', 'fd00::/129', '10.0.0.1,', 'proxy.example.org', '-1', '1.5'])(
    'refuses TRUST_PROXY=%s with a message naming the entry',
    (value) => {
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(ConfigError);
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY/);
    },
  );
});

describe('parseDatabaseUrl', () => {
  const dataDir = '/srv/klch/data';

  it('defaults to a SQLite file in the data folder', () => {
    expect(parseDatabaseUrl(undefined, dataDir)).toEqual({ kind: 'sqlite', file: '/srv/klch/data/klch.sqlite' });
    expect(parseDatabaseUrl('', dataDir)).toEqual({ kind: 'sqlite', file: '/srv/klch/data/klch.sqlite' });
  });

  it('resolves a relative SQLite path against the project root', () => {
    expect(parseDatabaseUrl('sqlite:data/klch.sqlite', dataDir)).toEqual({ kind: 'sqlite', file: path.join(PROJECT_ROOT, 'data', 'klch.sqlite') });
    expect(parseDatabaseUrl('sqlite:./db/other.sqlite', dataDir)).toEqual({ kind: 'sqlite', file: path.join(PROJECT_ROOT, 'db', 'other.sqlite') });
  });

  it('keeps an absolute SQLite path, written sqlite:/path or sqlite:///path', () => {
    expect(parseDatabaseUrl('sqlite:/var/lib/klch/db.sqlite', dataDir)).toEqual({ kind: 'sqlite', file: '/var/lib/klch/db.sqlite' });
    expect(parseDatabaseUrl('sqlite:///var/lib/klch/db.sqlite', dataDir)).toEqual({ kind: 'sqlite', file: '/var/lib/klch/db.sqlite' });
  });

  it('passes PostgreSQL URLs through unchanged', () => {
    for (const url of ['postgres://klch:secret@db:5432/klch', 'postgresql://db/klch?sslmode=require']) {
      expect(parseDatabaseUrl(url, dataDir)).toEqual({ kind: 'postgres', url });
    }
  });

  it.each(['mysql://db/klch', 'klch.sqlite', 'sqlite', 'http://db', 'postgres:/db', ' sqlite:x.db'])('refuses %s', (url) => {
    expect(() => parseDatabaseUrl(url, dataDir)).toThrow(ConfigError);
    expect(() => parseDatabaseUrl(url, dataDir)).toThrow(/must start with sqlite: or postgres:\/\//);
  });

  it('refuses sqlite: without a path', () => {
    expect(() => parseDatabaseUrl('sqlite:', dataDir)).toThrow(/needs a file path/);
  });

  it('is what loadConfig uses for DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/klch' }).database).toEqual({ kind: 'postgres', url: 'postgres://db/klch' });
    expect(() => loadConfig({ DATABASE_URL: 'oracle://db' })).toThrow(ConfigError);
  });
});
