import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { hasFieldErrors, isConflictError, serverMessage } from './serverErrors';

const conflictMessage =
  'This partnership was changed by Manager Dua at 2026-11-27 10:15. Reload to see the latest version, then make your change again.';

const conflict = new HttpError(conflictMessage, 409, {
  statusCode: 409,
  message: conflictMessage,
  current: { version: 4, updatedAt: '2026-11-27T10:15:00Z', updatedBy: 'Manager Dua' },
});

describe('server error helpers', () => {
  it('recognises a 409 as a conflict, and nothing else', () => {
    expect(isConflictError(conflict)).toBe(true);
    expect(isConflictError(new HttpError('Bad', 400, {}))).toBe(false);
    expect(isConflictError(new Error('x'))).toBe(false);
    expect(isConflictError(undefined)).toBe(false);
  });

  it("shows the server's own sentence (who changed it and when)", () => {
    expect(serverMessage(conflict)).toBe(conflictMessage);
  });

  it('prefers the body message over the HTTP status text', () => {
    const error = new HttpError('Conflict', 409, { statusCode: 409, message: conflictMessage });
    expect(serverMessage(error)).toBe(conflictMessage);
  });

  it('falls back to the error message, then to a generic key', () => {
    expect(serverMessage(new Error('Failed to fetch'))).toBe('Failed to fetch');
    expect(serverMessage(new HttpError('', 500, null))).toBe('ra.notification.http_error');
    expect(serverMessage({})).toBe('ra.notification.http_error');
    expect(serverMessage('plain text')).toBe('plain text');
  });

  it('joins a list of messages', () => {
    expect(serverMessage({ body: { message: ['a is wrong', 'b is wrong'] } })).toBe('a is wrong b is wrong');
  });

  it('knows when the server named the failing fields', () => {
    expect(hasFieldErrors(new HttpError('Invalid', 422, { errors: { title: 'Required.' } }))).toBe(true);
    expect(hasFieldErrors(new HttpError('Invalid', 422, { errors: {} }))).toBe(false);
    expect(hasFieldErrors(conflict)).toBe(false);
  });
});
