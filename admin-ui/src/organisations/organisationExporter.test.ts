import { afterEach, describe, expect, it } from 'vitest';
import { i18nProvider } from '../providers/i18nProvider';
import { anOrganisation } from '../test/records';
import { organisationCsvRows } from './organisationExporter';

const bureau = anOrganisation({
  id: 5,
  name: 'Bureau of Energy Resources',
  aliases: ['ENR', 'Energy Bureau'],
  type: 'national_agency',
  country: 'US',
  city: 'Washington',
  parentId: 4,
  latitude: null,
  longitude: null,
});

afterEach(() => i18nProvider.changeLocale('en'));

describe('the organisation list CSV', () => {
  it("writes the type's label, the country's and the parent's names, Yes/No", async () => {
    await i18nProvider.changeLocale('en');
    const [row] = organisationCsvRows([bureau], { 4: { name: 'U.S. Department of State' } }, i18nProvider.translate, 'en');
    expect(row).toMatchObject({
      Name: 'Bureau of Energy Resources',
      'Other names': 'ENR; Energy Bureau',
      Type: 'National government agency',
      Country: expect.stringMatching(/United States/),
      City: 'Washington',
      'Parent organisation': 'U.S. Department of State',
      Latitude: '',
      'Demo data': 'No',
    });
    expect(Object.values(row)).not.toContain('national_agency');
    expect(Object.values(row)).not.toContain('US');
  });

  it('writes headers and labels in Bahasa Melayu, and an unknown parent by its id', async () => {
    await i18nProvider.changeLocale('ms');
    const [row] = organisationCsvRows([{ ...bureau, isDemoData: true }], {}, i18nProvider.translate, 'ms');
    expect(row.Nama).toBe('Bureau of Energy Resources');
    expect(row['Organisasi induk']).toBe('#4');
    expect(row['Data demo']).toBe('Ya');
    expect(row.Jenis).not.toBe('national_agency');
  });
});
