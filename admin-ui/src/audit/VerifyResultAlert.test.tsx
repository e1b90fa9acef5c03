import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TestAdmin } from '../test/TestAdmin';
import { VerifyResultAlert } from './VerifyResultAlert';

afterEach(cleanup);

const headHash = '3f5a9c0e7b12d4e68a9b0c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f7';

describe('VerifyResultAlert', () => {
  it('shows an intact chain in green with the event count and the head hash prefix', async () => {
    render(
      <TestAdmin>
        <VerifyResultAlert result={{ valid: true, count: 1234, headHash }} />
      </TestAdmin>,
    );
    const alert = await screen.findByTestId('verify-result');
    expect(alert.dataset.valid).toBe('true');
    expect(alert.className).toMatch(/Success/);
    expect(alert.textContent).toContain('Chain intact: 1234 events, head 3f5a9c0e7b12');
    expect(alert.textContent).not.toContain(headHash); // a prefix to compare by eye; the full hash is the title
    expect(screen.getByTitle(headHash)).toBeTruthy();
  });

  it('says when the exported head given was found', async () => {
    render(
      <TestAdmin>
        <VerifyResultAlert result={{ valid: true, count: 50, headHash, exportedHeadSeq: 42 }} />
      </TestAdmin>,
    );
    expect((await screen.findByTestId('verify-result')).textContent).toContain('The exported head (event 42) is still in the trail');
  });

  it('shows a broken chain in red with the first bad sequence and the reason', async () => {
    const reason = 'Event 17 does not match its hash: its content was changed after it was written.';
    render(
      <TestAdmin>
        <VerifyResultAlert result={{ valid: false, firstBadSeq: 17, reason }} checkedAt={new Date('2026-11-27T10:00:00Z')} />
      </TestAdmin>,
    );
    const alert = await screen.findByTestId('verify-result');
    expect(alert.dataset.valid).toBe('false');
    expect(alert.className).toMatch(/Error/);
    expect(screen.getByText('Chain broken at event 17')).toBeTruthy();
    expect(screen.getByText(reason)).toBeTruthy();
    expect(alert.textContent).toContain('Checked at');
    expect(alert.textContent).not.toContain('Chain intact');
  });
});
