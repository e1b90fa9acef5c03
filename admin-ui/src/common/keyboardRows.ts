import type { KeyboardEvent } from 'react';

// react-admin's DataTable marks a row that opens something (rowClick, or a show/edit page) with this class.
const CLICKABLE_ROW = 'RaDataTable-clickableRow';
const ROW_SELECTOR = 'tr[tabindex]';

/** The next (or previous) focusable row of the same table body, skipping the expand-panel rows between them. */
function siblingRow(row: HTMLElement, step: 1 | -1): HTMLElement | null {
  const rows = Array.from(row.parentElement?.querySelectorAll<HTMLElement>(`:scope > ${ROW_SELECTOR}`) ?? []);
  return rows[rows.indexOf(row) + step] ?? null;
}

/**
 * Keys of a list row that has focus: Enter does what a click does (open the record, or expand the
 * audit event), the arrows move to the row above or below. Only when the row itself has focus: a
 * button inside the row handles its own keys.
 */
export function handleRowKeyDown(event: KeyboardEvent<HTMLElement>): void {
  const row = event.currentTarget;
  if (event.target !== row || event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.key === 'Enter' && row.classList.contains(CLICKABLE_ROW)) {
    event.preventDefault();
    row.click();
    return;
  }
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    const next = siblingRow(row, event.key === 'ArrowDown' ? 1 : -1);
    if (!next) return;
    event.preventDefault();
    next.focus();
  }
}

/**
 * Given to every DataTable row through the theme (RaDataTableRow's default props), so each list
 * gets it at once: react-admin's rows open on click only and cannot be focused, which leaves a
 * keyboard user no way to open a record.
 */
export const keyboardRowProps = { tabIndex: 0, onKeyDown: handleRowKeyDown } as const;
