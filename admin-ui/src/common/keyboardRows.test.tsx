import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keyboardRowProps } from './keyboardRows';

afterEach(cleanup);

/** Three rows as react-admin's DataTable draws them: clickable ones, an expand panel's row between, one that opens nothing. */
function renderRows(onOpen: (row: string) => void) {
  return render(
    <table>
      <tbody>
        <tr {...keyboardRowProps} className="RaDataTable-clickableRow" data-testid="first" onClick={() => onOpen('first')}>
          <td>
            <button type="button">Inside</button>
          </td>
        </tr>
        <tr data-testid="panel">
          <td>expand panel</td>
        </tr>
        <tr {...keyboardRowProps} className="RaDataTable-clickableRow" data-testid="second" onClick={() => onOpen('second')}>
          <td>second</td>
        </tr>
        <tr {...keyboardRowProps} data-testid="plain" onClick={() => onOpen('plain')}>
          <td>plain</td>
        </tr>
      </tbody>
    </table>,
  );
}

describe('keyboardRowProps', () => {
  it('makes a row focusable, and Enter on it does what a click does', () => {
    const onOpen = vi.fn();
    renderRows(onOpen);
    const row = screen.getByTestId('first');
    expect(row.tabIndex).toBe(0);
    row.focus();
    fireEvent.keyDown(row, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith('first');
  });

  it('leaves Enter on a button inside the row to the button', () => {
    const onOpen = vi.fn();
    renderRows(onOpen);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Inside' }), { key: 'Enter' });
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('opens nothing from a row that opens nothing on click either, nor on Ctrl+Enter or other keys', () => {
    const onOpen = vi.fn();
    renderRows(onOpen);
    fireEvent.keyDown(screen.getByTestId('plain'), { key: 'Enter' });
    fireEvent.keyDown(screen.getByTestId('first'), { key: 'Enter', ctrlKey: true });
    fireEvent.keyDown(screen.getByTestId('first'), { key: 'a' });
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('moves with the arrows to the row below or above, over the expand panel, and stays put at the ends', () => {
    renderRows(vi.fn());
    const [first, second, plain] = ['first', 'second', 'plain'].map((id) => screen.getByTestId(id));
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(plain);
    fireEvent.keyDown(plain, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(plain);
    fireEvent.keyDown(plain, { key: 'ArrowUp' });
    fireEvent.keyDown(second, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(first);
  });
});
