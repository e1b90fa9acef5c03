import { commonPasswordCount, isCommonPassword } from './common-passwords';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from './passwords';

describe('passwordProblem', () => {
  it(`refuses fewer than ${MIN_PASSWORD_LENGTH} or more than ${MAX_PASSWORD_LENGTH} characters, counted as characters`, () => {
    expect(passwordProblem('Short-pw-10')).toBe('length');
    expect(passwordProblem('x'.repeat(MAX_PASSWORD_LENGTH) + 'y')).toBe('length');
    expect(passwordProblem('Kuala-Lumpur')).toBeNull();
    // 11 emoji are 22 UTF-16 units but 11 characters: still too short.
    expect(passwordProblem('🌴🌳🌲🌵🌿🍀🍁🍂🍃🌾🌱')).toBe('length');
  });

  it('refuses one character repeated, whatever the character', () => {
    expect(passwordProblem('aaaaaaaaaaaa')).toBe('repeated');
    expect(passwordProblem('111111111111111')).toBe('repeated');
    expect(passwordProblem('🔑'.repeat(12))).toBe('repeated');
    expect(passwordProblem('aaaaaaaaaaab')).toBeNull();
  });

  it('refuses a common breached password in any case, and one with only digits or symbols added', () => {
    for (const common of ['q1w2e3r4t5y6u7', '1qaz2wsx3edc', 'QAZWSXEDCRFV', 'Password1234', 'sunshine-2024!', 'iloveyou12345']) {
      expect(passwordProblem(common)).toBe('common');
    }
    // Not a listed word with digits after it: a word that only starts like one.
    expect(passwordProblem('passwordless-river')).toBeNull();
  });

  it('refuses a password containing the username, whatever the case, once the username is 3 characters or more', () => {
    expect(passwordProblem('my-Aminah-key-2025', 'aminah')).toBe('username');
    expect(passwordProblem('my-Aminah-key-2025', 'AMINAH')).toBe('username');
    expect(passwordProblem('my-Aminah-key-2025', 'yusof')).toBeNull();
    expect(passwordProblem('my-Aminah-key-2025')).toBeNull();
    // A two-letter username is in too many good passwords to refuse them all.
    expect(passwordProblem('my-Aminah-key-2025', 'my')).toBeNull();
  });

  it("accepts the repository's own demo and test passwords", () => {
    for (const password of ['demo-pass-1234', 'e2e-demo-password', 'first-password-123', 'second-password-456', 'demo-password-1']) {
      expect(passwordProblem(password, 'officer')).toBeNull();
    }
  });
});

describe('isCommonPassword', () => {
  it('ships a list of at least 10,000 breached passwords', () => {
    const count = commonPasswordCount();
    process.stdout.write(`common-password list: ${count} passwords\n`);
    expect(count).toBeGreaterThanOrEqual(10_000);
    expect(isCommonPassword('123456')).toBe(true);
    expect(isCommonPassword('correct-horse-battery-kl')).toBe(false);
  });
});
