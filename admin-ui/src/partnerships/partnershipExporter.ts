import type { OrganisationRecord, PartnershipRecord } from '@klch/shared';
import { downloadCSV, type Exporter, type FetchRelatedRecords, type TranslateFunction } from 'react-admin';
import jsonExport from 'jsonexport/dist';
import { vocabularyKey } from '../common/choices';
import { formatDate, formatDayOf } from '../common/formatDateTime';
import { titleIn } from '../common/partnershipTitle';

const field = (name: string) => `resources.partnerships.fields.${name}`;

/**
 * The list's CSV as a reader expects it, in their language: labels for the codes, the parties'
 * names rather than their ids (each with its role), Yes/No, dates day first. One row a partnership.
 */
export function partnershipCsvRows(
  records: PartnershipRecord[],
  organisations: Record<string, Pick<OrganisationRecord, 'name'>>,
  translate: TranslateFunction,
  locale: string,
): Array<Record<string, string>> {
  const label = (group: 'status' | 'category' | 'instrument' | 'partyRole', code: string) => translate(vocabularyKey(group, code), { _: code });
  const yesNo = (value: boolean) => translate(`ra.boolean.${value ? 'true' : 'false'}`);
  return records.map((record) => ({
    [translate(field('code'))]: record.code,
    [translate(field('title'))]: titleIn(locale, record),
    [translate(field('status'))]: label('status', record.status),
    [translate(field('category'))]: label('category', record.category),
    [translate(field('instrument'))]: label('instrument', record.instrument),
    [translate(field('parties'))]: record.parties
      .map((party) => `${organisations[party.organisationId]?.name ?? `#${party.organisationId}`} (${label('partyRole', party.role)})`)
      .join('; '),
    [translate(field('sdgTargets'))]: record.sdgTargets.join(', '),
    [translate(field('ownerName'))]: record.ownerName ?? '',
    [translate(field('leadDepartment'))]: record.leadDepartment ?? '',
    [translate(field('signedOn'))]: formatDate(record.signedOn),
    [translate(field('effectiveFrom'))]: formatDate(record.effectiveFrom),
    [translate(field('expiresOn'))]: formatDate(record.expiresOn),
    [translate(field('nextReviewOn'))]: formatDate(record.nextReviewOn),
    [translate(field('archivedAt'))]: record.archivedAt ? formatDayOf(record.archivedAt) : '',
    [translate(field('isDemoData'))]: yesNo(record.isDemoData),
  }));
}

/** react-admin's exporter: the parties' organisations fetched in one getMany for the whole export. */
export const partnershipExporter =
  (translate: TranslateFunction, locale: string): Exporter<PartnershipRecord> =>
  async (records, fetchRelatedRecords: FetchRelatedRecords) => {
    const parties = records.flatMap((record) => record.parties.map((party) => ({ id: party.organisationId })));
    const organisations = parties.length ? await fetchRelatedRecords<OrganisationRecord>(parties, 'id', 'organisations') : {};
    const rows = partnershipCsvRows(records, organisations, translate, locale);
    const csv = await jsonExport(rows);
    downloadCSV(csv, translate('resources.partnerships.name', { smart_count: 2 }));
  };
