/** A partnership's title in the reader's language: English when it has no Malay title. */
export const titleIn = (locale: string, partnership: { title: string; titleMs: string | null }): string =>
  locale === 'ms' && partnership.titleMs ? partnership.titleMs : partnership.title;
