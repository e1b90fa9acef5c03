import { startBanner } from './start-banner';

const FACTS = { url: 'http://localhost:3000', database: 'data/klch.sqlite', migrationsRun: 0, demoLogins: [], production: false };
const RULE = /^═{78}$/;

describe('the start-up banner', () => {
  it('is framed by two rules on lines of their own, so it stands apart from the logs around it', () => {
    const lines = startBanner(FACTS).split('\n');
    const rules = lines.map((line, index) => (RULE.test(line) ? index : -1)).filter((index) => index >= 0);
    expect(rules).toHaveLength(2);
    expect(lines[0]).toBe('');
    expect(lines.slice(rules[0] + 1, rules[1]).join('\n')).toContain('KL Partnerships is running at http://localhost:3000');
    expect(startBanner(FACTS).endsWith(`${'═'.repeat(78)}\n\n`)).toBe(true);
  });

  it('lists the demo logins inside the frame, one per line, on the start that created the demo database', () => {
    const text = startBanner({
      ...FACTS,
      migrationsRun: 12,
      demoLogins: [
        { username: 'officer', role: 'officer', password: 'pw-officer-1234' },
        { username: 'manager2', role: 'manager', password: 'pw-manager-5678' },
      ],
    });
    expect(text).toContain('applied 12 migration(s)');
    expect(text).toMatch(/^ {4}officer {3}officer {2}pw-officer-1234$/m);
    expect(text).toMatch(/^ {4}manager2 {2}manager {2}pw-manager-5678$/m);
    expect(text).toContain('npm run demo:passwords');
    const lines = text.split('\n');
    const last = lines.map((line) => RULE.test(line)).lastIndexOf(true);
    expect(lines.findIndex((line) => line.includes('pw-manager-5678'))).toBeLessThan(last);
  });

  it('on a later start says where the logins went and how to set new ones; in production it says nothing of demo logins', () => {
    expect(startBanner(FACTS)).toContain('`npm run demo:passwords` sets new ones');
    expect(startBanner({ ...FACTS, production: true })).not.toMatch(/demo/i);
  });
});
