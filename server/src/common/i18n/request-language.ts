import type { Language } from '@klch/shared';

/** What the exception filter reads of a request: the signed-in user (once the guard ran) and the browser's header. */
interface LanguageSource {
  user?: { language?: Language } | null;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * The language a request is answered in: the signed-in user's profile language, else the first
 * language of `Accept-Language` that the app speaks (`ms`, `ms-MY` → Malay; `en-GB` → English),
 * else English. Before the guard ran (a malformed body, a bad address, the guard's own 401) there
 * is no user yet, so the header decides.
 */
export function requestLanguage(request: LanguageSource | undefined): Language {
  const profile = request?.user?.language;
  if (profile === 'en' || profile === 'ms') return profile;
  return acceptedLanguage(request?.headers['accept-language']);
}

/** The first of the header's languages, by weight, that is Malay or English; English otherwise. */
export function acceptedLanguage(header: string | string[] | undefined): Language {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  const ranked = text
    .split(',')
    .map((entry, index) => {
      const [tag, ...options] = entry.trim().toLowerCase().split(';');
      const weight = options.map((option) => /^\s*q=([\d.]+)\s*$/.exec(option)?.[1]).find(Boolean);
      return { primary: tag.split('-')[0], weight: weight === undefined ? 1 : Number(weight), index };
    })
    .filter((entry) => entry.weight > 0 && (entry.primary === 'ms' || entry.primary === 'en'))
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked[0]?.primary === 'ms' ? 'ms' : 'en';
}
