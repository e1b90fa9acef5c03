import type { PartnershipRecord } from '@klch/shared';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { titleIn } from '../common/partnershipTitle';

/**
 * The show and edit pages' title in the reader's language ("Perkongsian KLCH-IR-2020-001 Cadangan
 * perkongsian …"): the resource's recordRepresentation is a plain function of the record, with no
 * locale to choose the Malay title by.
 */
export const PartnershipPageTitle = ({ page }: { page: 'show' | 'edit' }) => {
  const record = useRecordContext<PartnershipRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <>
      {translate(`ra.page.${page}`, {
        name: translate('resources.partnerships.name', { smart_count: 1 }),
        recordRepresentation: `${record.code} ${titleIn(locale, record)}`,
      })}
    </>
  );
};
