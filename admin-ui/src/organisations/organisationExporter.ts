import type { OrganisationRecord } from '@klch/shared';
import { downloadCSV, type Exporter, type FetchRelatedRecords, type TranslateFunction } from 'react-admin';
import jsonExport from 'jsonexport/dist';
import { vocabularyKey } from '../common/choices';
import { countryName } from '../common/countries';

const field = (name: string) => `resources.organisations.fields.${name}`;

/**
 * The list's CSV in the reader's language: the type's label, the country's name, the parent's
 * name rather than its id, Yes/No. One row an organisation.
 */
export function organisationCsvRows(
  records: OrganisationRecord[],
  parents: Record<string, Pick<OrganisationRecord, 'name'>>,
  translate: TranslateFunction,
  locale: string,
): Array<Record<string, string>> {
  const yesNo = (value: boolean) => translate(`ra.boolean.${value ? 'true' : 'false'}`);
  return records.map((record) => ({
    [translate(field('name'))]: record.name,
    [translate(field('aliases'))]: record.aliases.join('; '),
    [translate(field('type'))]: translate(vocabularyKey('organisationType', record.type), { _: record.type }),
    [translate(field('country'))]: countryName(record.country, locale),
    [translate(field('city'))]: record.city ?? '',
    [translate(field('parentId'))]: record.parentId == null ? '' : (parents[record.parentId]?.name ?? `#${record.parentId}`),
    [translate(field('website'))]: record.website ?? '',
    [translate(field('latitude'))]: record.latitude == null ? '' : String(record.latitude),
    [translate(field('longitude'))]: record.longitude == null ? '' : String(record.longitude),
    [translate(field('isDemoData'))]: yesNo(record.isDemoData),
  }));
}

/** react-admin's exporter: the parents fetched in one getMany for the whole export. */
export const organisationExporter =
  (translate: TranslateFunction, locale: string): Exporter<OrganisationRecord> =>
  async (records, fetchRelatedRecords: FetchRelatedRecords) => {
    const withParent = records.filter((record) => record.parentId != null);
    const parents = withParent.length ? await fetchRelatedRecords<OrganisationRecord>(withParent, 'parentId', 'organisations') : {};
    const csv = await jsonExport(organisationCsvRows(records, parents, translate, locale));
    downloadCSV(csv, translate('resources.organisations.name', { smart_count: 2 }));
  };
