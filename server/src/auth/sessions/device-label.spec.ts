import { deviceLabel } from './device-label';

const LINUX_CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';

describe('deviceLabel', () => {
  it.each([
    [LINUX_CHROME, 'Chrome on Linux'],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0',
      'Edge on Windows',
    ],
    ['Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0', 'Firefox on Linux'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15', 'Safari on macOS'],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
      'Safari on iPhone',
    ],
    ['Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36', 'Chrome on Android'],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/142.0.0.0 Safari/537.36', 'Headless Chrome on Linux'],
    ['curl/8.11.1', 'curl'],
    ['node', 'Node.js'],
  ])('names %s as %s', (userAgent, label) => {
    expect(deviceLabel({ userAgent })).toBe(label);
  });

  it('prefers the client hints, which tell Chromium from Chrome and Edge', () => {
    expect(deviceLabel({ userAgent: LINUX_CHROME, brands: '"Chromium";v="142", "Not_A Brand";v="99"', platform: '"Linux"' })).toBe(
      'Chromium on Linux',
    );
    expect(deviceLabel({ userAgent: LINUX_CHROME, brands: '"Chromium";v="142", "Google Chrome";v="142", "Not_A Brand";v="99"' })).toBe(
      'Chrome on Linux',
    );
    expect(deviceLabel({ userAgent: LINUX_CHROME, brands: '"Not_A Brand";v="99", "Microsoft Edge";v="142"', platform: '"Windows"' })).toBe(
      'Edge on Windows',
    );
  });

  it('says so when it cannot tell, without trusting odd hints', () => {
    expect(deviceLabel({})).toBe('Unknown device');
    expect(deviceLabel({ userAgent: 'SomeTool' })).toBe('Unknown device (SomeTool)');
    expect(deviceLabel({ userAgent: LINUX_CHROME, brands: 'garbage', platform: '"Plan 9"' })).toBe('Chrome on Linux');
    expect(deviceLabel({ userAgent: 'x'.repeat(1000) }).length).toBeLessThanOrEqual(100);
  });
});
