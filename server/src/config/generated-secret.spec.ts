import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigError } from './app-config';
import { secretFromEnvOrFile } from './generated-secret';

describe('secretFromEnvOrFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'klch-secret-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('takes the configured secret and writes no file', () => {
    expect(secretFromEnvOrFile('c'.repeat(40), dir, 'key')).toBe('c'.repeat(40));
    expect(fs.existsSync(path.join(dir, 'key'))).toBe(false);
  });

  it('generates one secret into the data folder, readable by its owner only, and keeps it', () => {
    const data = path.join(dir, 'nested', 'data');
    const first = secretFromEnvOrFile(null, data, 'audit-head-key');
    expect(first.length).toBeGreaterThanOrEqual(32);
    const file = path.join(data, 'audit-head-key');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(secretFromEnvOrFile(null, data, 'audit-head-key')).toBe(first);
    expect(secretFromEnvOrFile(null, data, 'jwt-secret')).not.toBe(first);
  });

  it('refuses a file holding a short secret', () => {
    fs.writeFileSync(path.join(dir, 'key'), 'short\n');
    expect(() => secretFromEnvOrFile(null, dir, 'key')).toThrow(ConfigError);
  });
});
