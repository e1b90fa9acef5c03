import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Form } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TestAdmin } from '../test/TestAdmin';
import { DateInput } from './DateInput';

configure({ asyncUtilTimeout: 8000 });
afterEach(cleanup);

function renderForm(record: object, onSubmit = vi.fn()) {
  render(
    <TestAdmin>
      <Form record={record} onSubmit={onSubmit} resource="milestones">
        <DateInput source="dueOn" />
        <button type="submit">Submit</button>
      </Form>
    </TestAdmin>,
  );
  return onSubmit;
}

const input = () => screen.findByLabelText<HTMLInputElement>('Due on');

describe('DateInput', { timeout: 30000 }, () => {
  it('shows a stored date day first, with the expected shape as a hint', async () => {
    renderForm({ dueOn: '2026-12-31' });
    await waitFor(async () => expect((await input()).value).toBe('31/12/2026'));
    expect(screen.getByText('Day/month/year, e.g. 31/12/2026')).toBeTruthy();
  });

  it('stores day-first typing as the ISO date: 1/2/2026 is the 1st of February', async () => {
    const onSubmit = renderForm({ dueOn: null });
    fireEvent.change(await input(), { target: { value: '1/2/2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0][0]).toMatchObject({ dueOn: '2026-02-01' });
  });

  it('refuses an impossible day with a sentence, and submits nothing', async () => {
    const onSubmit = renderForm({ dueOn: null });
    const field = await input();
    fireEvent.change(field, { target: { value: '29/02/2025' } });
    fireEvent.blur(field);
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText('There is no such day in the calendar')).toBeTruthy();
    expect(field.value).toBe('29/02/2025');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses text that is not dd/mm/yyyy', async () => {
    const onSubmit = renderForm({ dueOn: null });
    const field = await input();
    fireEvent.change(field, { target: { value: '12/31' } });
    fireEvent.blur(field);
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText('Enter the date as dd/mm/yyyy, e.g. 31/12/2026')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('stores an emptied field as null (the date is cleared)', async () => {
    const onSubmit = renderForm({ dueOn: '2026-12-31' });
    const field = await input();
    await waitFor(() => expect(field.value).toBe('31/12/2026'));
    fireEvent.change(field, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0][0].dueOn).toBeNull();
  });
});
