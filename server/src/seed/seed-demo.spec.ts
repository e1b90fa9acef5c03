import { ConfigError } from '../config/app-config';
import { checkDemoPassword } from './seed-demo';

describe('checkDemoPassword', () => {
  it('refuses a DEMO_PASSWORD containing a demo username, naming the user and the rule', () => {
    expect(() => checkDemoPassword('the-Manager2-secret')).toThrow(ConfigError);
    expect(() => checkDemoPassword('the-Manager2-secret')).toThrow(
      /DEMO_PASSWORD is refused for the demo user "manager": it must not contain the username/,
    );
    expect(() => checkDemoPassword('my-admin-is-here')).toThrow(/demo user "admin"/);
  });

  it("accepts the repository's demo passwords", () => {
    for (const password of ['demo-pass-1234', 'e2e-demo-password', 'demo-password-1']) expect(() => checkDemoPassword(password)).not.toThrow();
  });
});
