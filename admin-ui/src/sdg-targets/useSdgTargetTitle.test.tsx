import { cleanup, configure, fireEvent, render, screen } from '@testing-library/react';
import { useSetLocale } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { TestAdmin } from '../test/TestAdmin';
import { useSdgTargetTitle } from './useSdgTargetTitle';

configure({ asyncUtilTimeout: 8000 });
afterEach(cleanup);

const target = { title: 'Enhance the global partnership for sustainable development' };

const Probe = () => {
  const titleOf = useSdgTargetTitle();
  const setLocale = useSetLocale();
  return (
    <>
      <p data-testid="title">{titleOf(target)}</p>
      <button onClick={() => setLocale('ms')}>ms</button>
    </>
  );
};

describe('useSdgTargetTitle', { timeout: 30000 }, () => {
  it('shows the English title as it is in English, and marked as English in Bahasa Melayu (no invented translation)', async () => {
    render(
      <TestAdmin>
        <Probe />
      </TestAdmin>,
    );
    expect((await screen.findByTestId('title')).textContent).toBe(target.title);
    fireEvent.click(screen.getByRole('button', { name: 'ms' }));
    expect(await screen.findByText(`${target.title} (Bahasa Inggeris)`)).toBeTruthy();
  });
});
