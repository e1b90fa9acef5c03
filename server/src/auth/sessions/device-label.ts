/**
 * A person-readable name for the device of a session ("Chromium on Linux", "Safari on iPhone"),
 * so a user can tell their sessions apart and spot one that is not theirs. Chromium-based browsers
 * all say "Chrome" in the User-Agent; the client hint `Sec-CH-UA` names the brand (Chrome, Edge,
 * Opera, or plain Chromium), so it is preferred when the browser sends it.
 */
export interface DeviceHeaders {
  userAgent?: string | null;
  /** `Sec-CH-UA`: `"Chromium";v="142", "Not_A Brand";v="99"`. */
  brands?: string | null;
  /** `Sec-CH-UA-Platform`: `"Linux"`. */
  platform?: string | null;
}

const UNKNOWN = 'Unknown device';

/** Brands of the client hint, best first: a browser lists "Chromium" besides its own name. */
const HINT_BRANDS: Array<[RegExp, string]> = [
  [/^Microsoft Edge$/i, 'Edge'],
  [/^Opera$/i, 'Opera'],
  [/^Google Chrome$/i, 'Chrome'],
  [/^Brave$/i, 'Brave'],
  [/^Chromium$/i, 'Chromium'],
];

/** The User-Agent's browser tokens, in the order that tells them apart (Edge's also says Chrome and Safari). */
const UA_BROWSERS: Array<[RegExp, string]> = [
  [/\bEdg(e|A|iOS)?\//, 'Edge'],
  [/\b(OPR|Opera)\//, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\b(Firefox|FxiOS)\//, 'Firefox'],
  [/\bHeadlessChrome\//, 'Headless Chrome'],
  [/\bChromium\//, 'Chromium'],
  [/\b(Chrome|CriOS)\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
  [/^curl\//, 'curl'],
  [/^Wget\//i, 'Wget'],
  [/^python-requests\//, 'Python requests'],
  [/^PostmanRuntime\//, 'Postman'],
  [/^node(-fetch)?\b|\bundici\b/i, 'Node.js'],
  [/^okhttp\//, 'OkHttp'],
];

const UA_SYSTEMS: Array<[RegExp, string]> = [
  [/\biPhone\b/, 'iPhone'],
  [/\biPad\b/, 'iPad'],
  [/\bAndroid\b/, 'Android'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bLinux\b|\bX11\b/, 'Linux'],
];

const HINT_SYSTEMS: Record<string, string> = {
  android: 'Android',
  'chrome os': 'ChromeOS',
  chromeos: 'ChromeOS',
  ios: 'iOS',
  linux: 'Linux',
  macos: 'macOS',
  windows: 'Windows',
};

export function deviceLabel({ userAgent, brands, platform }: DeviceHeaders): string {
  const ua = (userAgent ?? '').trim();
  const browser = hintedBrowser(brands) ?? firstMatch(UA_BROWSERS, ua);
  const system = hintedSystem(platform) ?? firstMatch(UA_SYSTEMS, ua);
  if (browser && system) return `${browser} on ${system}`;
  if (browser) return browser;
  if (system) return `A browser on ${system}`;
  return ua ? `${UNKNOWN} (${ua.slice(0, 60)})` : UNKNOWN;
}

function firstMatch(table: Array<[RegExp, string]>, text: string): string | null {
  return table.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** `"Chromium";v="142", "Not_A Brand";v="99"` → the best brand's name, or null. */
function hintedBrowser(header: string | null | undefined): string | null {
  if (!header) return null;
  const names = [...header.matchAll(/"([^"]{1,64})"\s*;\s*v="[^"]*"/g)].map((match) => match[1].trim());
  for (const [pattern, label] of HINT_BRANDS) if (names.some((name) => pattern.test(name))) return label;
  return null;
}

function hintedSystem(header: string | null | undefined): string | null {
  const name = header?.trim().replace(/^"|"$/g, '').toLowerCase();
  return (name && HINT_SYSTEMS[name]) || null;
}
