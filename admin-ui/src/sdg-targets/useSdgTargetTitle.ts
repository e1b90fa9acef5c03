import type { SdgTargetRecord } from '@klch/shared';
import { useCallback } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';

/**
 * An SDG target's title for the reader. The targets ship in English only: the official Bahasa
 * Melayu titles could not be sourced and checked offline when this was written, and an invented
 * translation of a UN text would be worse than none. So in Bahasa Melayu the English title is
 * shown with a visible marker ("(Bahasa Inggeris)"), saying plainly that it is not translated.
 * Ship the official titles (shared/src/sdg) and drop the marker once they can be verified.
 */
export function useSdgTargetTitle(): (target: Pick<SdgTargetRecord, 'title'>) => string {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  return useCallback(
    (target) => (locale === 'ms' ? `${target.title} ${translate('resources.sdg-targets.englishOnly')}` : target.title),
    [locale, translate],
  );
}
