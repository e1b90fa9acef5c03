import type { FetchRelatedRecords } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18nProvider } from '../providers/i18nProvider';
import { aPartnership } from '../test/records';
import { partnershipCsvRows, partnershipExporter } from './partnershipExporter';

const seoul = aPartnership({
  code: 'KLCH-IR-2019-004',
  title: 'Partnership with Seoul Metropolitan Government',
  titleMs: 'Perkongsian dengan Kerajaan Metropolitan Seoul',
  status: 'halted',
  category: 'international_city',
  instrument: 'mou',
  parties: [
    { organisationId: 11, role: 'counterpart' },
    { organisationId: 12, role: 'nominator' },
  ],
  sdgTargets: ['11.3', '17.16'],
  ownerName: 'Demo Officer',
  signedOn: '2019-05-10',
  expiresOn: '2024-05-09',
  archivedAt: '2026-11-30T23:30:00.000Z',
  isDemoData: true,
});
const organisations = { 11: { name: 'Seoul Metropolitan Government' }, 12: { name: 'UCLG ASPAC' } };

async function translateIn(locale: 'en' | 'ms') {
  await i18nProvider.changeLocale(locale);
  return i18nProvider.translate;
}

afterEach(async () => {
  vi.restoreAllMocks();
  await i18nProvider.changeLocale('en');
});

describe('the partnership list CSV', () => {
  it('writes labels, names, Yes/No and day-first dates, in English', async () => {
    const [row] = partnershipCsvRows([seoul], organisations, await translateIn('en'), 'en');
    expect(row).toMatchObject({
      'Reference code': 'KLCH-IR-2019-004',
      Title: 'Partnership with Seoul Metropolitan Government',
      Status: 'Halted',
      Category: 'International city partnership',
      Parties: 'Seoul Metropolitan Government (Counterpart); UCLG ASPAC (Nominator)',
      'SDG targets': '11.3, 17.16',
      'Owning officer': 'Demo Officer',
      'Signed on': '10/05/2019',
      'Expires on': '09/05/2024',
      'Effective from': '',
      // The day in Kuala Lumpur, not in UTC.
      'Archived at': '01/12/2026',
      'Demo data': 'Yes',
    });
    expect(Object.values(row)).not.toContain('international_city');
    expect(Object.values(row).join(' ')).not.toMatch(/\btrue\b|\bmou\b|halted/);
  });

  it('writes the headers, labels and title in Bahasa Melayu for a Malay reader', async () => {
    const [row] = partnershipCsvRows([{ ...seoul, isDemoData: false }], organisations, await translateIn('ms'), 'ms');
    expect(row['Kod rujukan']).toBe('KLCH-IR-2019-004');
    expect(row.Tajuk).toBe('Perkongsian dengan Kerajaan Metropolitan Seoul');
    expect(row.Status).not.toBe('halted');
    expect(row['Data demo']).toBe('Tidak');
    expect(Object.keys(row)).not.toContain('Reference code');
  });

  it('names a party it could not fetch by its id rather than dropping it', async () => {
    const [row] = partnershipCsvRows([seoul], { 11: organisations[11] }, await translateIn('en'), 'en');
    expect(row.Parties).toBe('Seoul Metropolitan Government (Counterpart); #12 (Nominator)');
  });

  it('fetches the parties of every exported row in one call and downloads the CSV', async () => {
    const translate = await translateIn('en');
    const fetchRelatedRecords = vi.fn(async () => organisations) as unknown as FetchRelatedRecords;
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((value) => {
      blob = value as Blob;
      return 'blob:csv';
    });
    await partnershipExporter(translate, 'en')(
      [seoul, aPartnership({ id: 8, code: 'KLCH-IR-2024-008', parties: [] })],
      fetchRelatedRecords,
      {} as never,
      'partnerships',
    );
    expect(fetchRelatedRecords).toHaveBeenCalledTimes(1);
    expect(fetchRelatedRecords).toHaveBeenCalledWith([{ id: 11 }, { id: 12 }], 'id', 'organisations');
    const csv = await blob!.text();
    expect(csv.split('\n')[0]).toContain('Reference code,Title,Status');
    expect(csv).toContain('KLCH-IR-2019-004,Partnership with Seoul Metropolitan Government,Halted');
    expect(csv).toContain('KLCH-IR-2024-008');
  });
});
