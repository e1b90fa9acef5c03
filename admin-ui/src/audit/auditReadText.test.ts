import { describe, expect, it } from 'vitest';
import { createI18nProvider } from '../providers/i18nProvider';
import { describeAuditQuery } from './auditReadText';

const names = { 'users:2': 'Demo Manager', 'partnerships:4': 'Sister city nomination: Zhengzhou' };
const query = JSON.stringify({
  filter: { partnershipId: 4, actorId: 2, action: ['update', 'status_change'], reads: false, at_gte: '2026-11-01' },
  sort: ['id', 'ASC'],
  range: [100, 199],
});

describe('an audit read, in words', () => {
  it('says what the read asked for, by name and label, in English', () => {
    const { translate } = createI18nProvider('en');
    expect(describeAuditQuery(query, { translate, names })).toBe(
      'Filter: Partnership Sister city nomination: Zhengzhou, Actor Demo Manager, Action Updated, Status changed, ' +
        'Reads and sign-ins hidden, From date 01/11/2026 · sorted by Seq., oldest first · rows 101–200',
    );
    expect(describeAuditQuery(JSON.stringify({ filter: {}, format: 'csv' }), { translate })).toBe('No filter · as CSV');
  });

  it('and in Bahasa Melayu', () => {
    const { translate } = createI18nProvider('ms');
    expect(describeAuditQuery(query, { translate, names })).toBe(
      'Penapis: Perkongsian Sister city nomination: Zhengzhou, Pelaku Demo Manager, Tindakan Dikemas kini, Status diubah, ' +
        'Bacaan dan log masuk disembunyikan, Dari tarikh 01/11/2026 · disusun mengikut No. urutan, yang terawal dahulu · baris 101–200',
    );
  });

  it('leaves a reason that is not a recorded query to be shown as written', () => {
    const { translate } = createI18nProvider('en');
    expect(describeAuditQuery('halted: COVID-19 outbreak', { translate })).toBeNull();
    expect(describeAuditQuery('[1,2]', { translate })).toBeNull();
    expect(describeAuditQuery(null, { translate })).toBeNull();
  });
});
