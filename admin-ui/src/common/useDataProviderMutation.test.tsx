import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { HttpError, useDataProvider } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeDataProvider } from '../test/dataProvider';
import { signInAs } from '../test/signIn';
import { TestAdmin } from '../test/TestAdmin';
import { readStoredUser } from './userStore';
import { useDataProviderMutation } from './useDataProviderMutation';

configure({ asyncUtilTimeout: 8000 });
afterEach(cleanup);

type Custom = { doIt: () => Promise<{ data: string }> };

const Caller = ({ onSuccess }: { onSuccess: () => void }) => {
  const dataProvider = useDataProvider<ReturnType<typeof fakeDataProvider<Custom>>>();
  const call = useDataProviderMutation(() => dataProvider.doIt(), { onSuccess });
  return <button onClick={() => call.mutate()}>Do it</button>;
};

function renderCaller(doIt: Custom['doIt']) {
  const onSuccess = vi.fn();
  render(
    <TestAdmin dataProvider={fakeDataProvider<Custom>({ doIt })}>
      <Caller onSuccess={onSuccess} />
    </TestAdmin>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Do it' }));
  return onSuccess;
}

describe('useDataProviderMutation', { timeout: 30000 }, () => {
  it('notifies a refusal as the server words it', async () => {
    signInAs('manager');
    const message = 'This request was already approved by Demo Manager at 2026-11-27 10:15 UTC: a decision is final.';
    const onSuccess = renderCaller(async () => {
      throw new HttpError(message, 409, { statusCode: 409, message });
    });
    expect(await screen.findByText(message)).toBeTruthy();
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('announces no success when the call ended the session (401): the user is signed out instead', async () => {
    signInAs('manager');
    const doIt = vi.fn(async () => {
      throw new HttpError('Please sign in', 401, { statusCode: 401, message: 'Please sign in' });
    });
    const onSuccess = renderCaller(doIt);
    await waitFor(() => expect(doIt).toHaveBeenCalled());
    await waitFor(() => expect(readStoredUser()).toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('hands the answer to onSuccess', async () => {
    signInAs('manager');
    const onSuccess = renderCaller(async () => ({ data: 'done' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith({ data: 'done' }, undefined));
  });
});
