import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChangesTable } from './ChangesTable';
import { changeRows, formatValue } from './changeValues';
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
  const translate = (key: string, options?: Record<string, unknown>) => String(options?._ ?? key);

  it('reads whatever the server stored without failing', () => {
    expect(changeRows(null)).toEqual([]);
    expect(changeRows([1, 2])).toEqual([]);
    expect(changeRows({ title: ['a', 'b'], odd: 'x' })).toEqual([
      { field: 'title', before: 'a', after: 'b' },
      { field: 'odd', before: null, after: 'x' },
    ]);
  });

  it('formats empties as null, objects as JSON, keeps other values exact', () => {
    expect(formatValue('title', '', translate)).toBeNull();
    expect(formatValue('themes', [], translate)).toBeNull();
    expect(formatValue('version', 0, translate)).toBe('0');
    expect(formatValue('isDemoData', false, translate)).toBe('false');
    expect(formatValue('parties', [{ organisationId: 3, role: 'counterpart' }], translate)).toBe('{"organisationId":3,"role":"counterpart"}');
  });
});
