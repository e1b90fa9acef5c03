import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChangesTable } from './ChangesTable';
import { changeRows, formatValue } from './changeValues';
import { createI18nProvider } from '../providers/i18nProvider';
import { TestAdmin } from '../test/TestAdmin';

afterEach(cleanup);

/** The text of each cell of the row about `field`: [label, before, after]. */
function row(field: string): string[] {
  const tr = document.querySelector(`tr[data-field="${field}"]`);
  if (!tr) throw new Error(`no row for ${field}`);
  return Array.from(tr.querySelectorAll('th, td')).map((cell) => cell.textContent ?? '');
}

describe('ChangesTable (before/after of one audit event)', () => {
  it('shows every changed field with its old and its new value', async () => {
    render(
      <TestAdmin>
        <ChangesTable
          entityType="partnerships"
          changes={{
            title: ['Partnership with Busan', 'Partnership with Busan Metropolitan City'],
            status: ['active', 'halted'],
            sdgTargets: [['17.16'], ['17.16', '17.17']],
            summary: [null, 'Energy and smart city.'],
            leadDepartment: ['International Relations', null],
          }}
        />
      </TestAdmin>,
    );
    const table = await screen.findByRole('table', { name: 'Changes' });
    expect(within(table).getByText('Before')).toBeTruthy();
    expect(within(table).getByText('After')).toBeTruthy();
    // Field labels are the resource's own; statuses by their label; lists joined.
    expect(row('title')).toEqual(['Title', 'Partnership with Busan', 'Partnership with Busan Metropolitan City']);
    expect(row('status')).toEqual(['Status', 'Active', 'Halted']);
    expect(row('sdgTargets')).toEqual(['SDG targets', '17.16', '17.16, 17.17']);
    // A field that was empty, or was emptied, says so rather than showing nothing.
    expect(row('summary')).toEqual(['Summary', '(empty)', 'Energy and smart city.']);
    expect(row('leadDepartment')).toEqual(['Lead department', 'International Relations', '(empty)']);
    expect(within(table).getAllByRole('row')).toHaveLength(6); // header + 5 fields
  });

  it('says so when an event changed no field (a sign-in, a read of the trail)', async () => {
    render(
      <TestAdmin>
        <ChangesTable entityType="users" changes={{}} />
      </TestAdmin>,
    );
    expect(await screen.findByText('No field changes')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('change values', () => {
  const en = createI18nProvider('en');
  const ms = createI18nProvider('ms');
  const names = { 'organisations:3': 'Zhengzhou City', 'users:2': 'Demo Manager', 'partnerships:4': 'Sister city nomination: Zhengzhou' };
  const inEn = { translate: en.translate, names };
  const inMs = { translate: ms.translate, names };

  it('reads whatever the server stored without failing', () => {
    expect(changeRows(null)).toEqual([]);
    expect(changeRows([1, 2])).toEqual([]);
    expect(changeRows({ title: ['a', 'b'], odd: 'x' })).toEqual([
      { field: 'title', before: 'a', after: 'b' },
      { field: 'odd', before: null, after: 'x' },
    ]);
  });

  it('formats empties as null and keeps other values exact and whole', () => {
    expect(formatValue('title', '', inEn)).toBeNull();
    expect(formatValue('themes', [], inEn)).toBeNull();
    expect(formatValue('version', 0, inEn)).toBe('0');
    const long = 'A'.repeat(500) + ' the difference is at the end';
    expect(formatValue('summary', long, inEn)).toBe(long);
  });

  it('says yes or no for booleans, in both languages', () => {
    expect(formatValue('isDemoData', false, inEn)).toBe('No');
    expect(formatValue('active', true, inEn)).toBe('Yes');
    expect(formatValue('isDemoData', false, inMs)).toBe('Tidak');
    expect(formatValue('active', true, inMs)).toBe('Ya');
  });

  it('names parties, owners and partnerships instead of their ids; an unknown one by type and id', () => {
    expect(formatValue('parties', [{ organisationId: 3, role: 'counterpart' }], inEn)).toBe('Zhengzhou City (Counterpart)');
    expect(formatValue('ownerId', 2, inEn)).toBe('Demo Manager');
    expect(formatValue('partnershipId', 4, inEn)).toBe('Sister city nomination: Zhengzhou');
    expect(formatValue('ownerId', 9, inEn)).toBe('User 9');
    expect(formatValue('ownerId', 9, inMs)).toBe('Pengguna 9');
    expect(formatValue('parties', [{ organisationId: 3, role: 'counterpart' }], inMs)).toMatch(/^Zhengzhou City \(.+\)$/);
  });

  it('shows codes by their label, dates day first and instants on Kuala Lumpur’s clock with the zone', () => {
    expect(formatValue('category', 'international_city', inEn)).not.toBe('international_city');
    expect(formatValue('instrument', 'mou', inEn)).not.toBe('mou');
    expect(formatValue('status', 'halted', inMs)).not.toBe('halted');
    expect(formatValue('signedOn', '2022-03-15', inEn)).toBe('15/03/2022');
    expect(formatValue('archivedAt', '2026-11-27T16:30:00.000Z', inEn)).toBe('28/11/2026 00:30 MYT');
    // A milestone's codes by the milestones' own labels, not the partnership vocabulary's.
    expect(formatValue('status', 'planned', { ...inEn, entityType: 'milestones' })).toBe('Planned');
    expect(formatValue('kind', 'visit', { ...inMs, entityType: 'milestones' })).toBe('Lawatan');
    expect(formatValue('status', 'halted', { ...inEn, entityType: 'partnerships' })).toBe('Halted');
  });
});
