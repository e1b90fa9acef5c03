import { HttpError } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../test/jsonResponse';
import { httpClient, normaliseHttpError } from './httpClient';

afterEach(() => vi.unstubAllGlobals());

describe('httpClient', () => {
  it('sends the session cookie and no Authorization header', async () => {
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(jsonResponse([{ id: 1 }]));
    vi.stubGlobal('fetch', fetchMock);

    const { json } = await httpClient('/api/partnerships/1');

    expect(json).toEqual([{ id: 1 }]);
    const [, init] = fetchMock.mock.calls[0];
    expect(init?.credentials).toBe('include');
    expect(new Headers(init?.headers).has('Authorization')).toBe(false);
  });

  it("sends the app's own header with every call, beside the caller's headers, so the server knows the change is the app's", async () => {
    const fetchMock = vi.fn<typeof fetch>().mockImplementation(async () => jsonResponse({ id: 1 }));
    vi.stubGlobal('fetch', fetchMock);

    await httpClient('/api/partnerships/1', { method: 'PUT', body: '{}', headers: new Headers({ 'X-Custom': 'kept' }) });
    await httpClient('/api/documents', { method: 'POST', body: new FormData() });

    for (const [, init] of fetchMock.mock.calls) expect(new Headers(init?.headers).get('X-KLCH-Request')).toBe('1');
    expect(new Headers(fetchMock.mock.calls[0][1]?.headers).get('X-Custom')).toBe('kept');
  });

  it('keeps the caller options (method, body) and still sends credentials', async () => {
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(jsonResponse({ id: 1 }));
    vi.stubGlobal('fetch', fetchMock);

    await httpClient('/api/partnerships/1', { method: 'PUT', body: JSON.stringify({ title: 'x' }), credentials: 'omit' });

    const [, init] = fetchMock.mock.calls[0];
    expect(init?.method).toBe('PUT');
    expect(init?.credentials).toBe('include');
  });

  it('rejects with the server message and status', async () => {
    const body = { statusCode: 409, message: 'This partnership was changed by Manager Dua at 2026-11-27 10:15.' };
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockResolvedValue(jsonResponse(body, 409)));

    const error = await httpClient('/api/partnerships/1', { method: 'PUT', body: '{}' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(409);
    expect((error as HttpError).message).toBe(body.message);
  });
});

describe('normaliseHttpError', () => {
  it('adds the message as root.serverError beside field errors, so the form notifies it', () => {
    const error = new HttpError('Validation failed', 400, {
      statusCode: 400,
      message: 'Validation failed',
      errors: { title: 'Title is required.' },
    });
    const normalised = normaliseHttpError(error) as HttpError;
    expect(normalised.body.errors).toEqual({ title: 'Title is required.', root: { serverError: 'Validation failed' } });
    expect(normalised.status).toBe(400);
  });

  it('joins a NestJS list of messages into one sentence', () => {
    const error = new HttpError('Bad Request', 400, { statusCode: 400, message: ['title must be a string', 'code is read-only'] });
    expect((normaliseHttpError(error) as HttpError).message).toBe('title must be a string code is read-only');
  });

  it('leaves other errors alone', () => {
    const plain = new Error('network down');
    expect(normaliseHttpError(plain)).toBe(plain);
    const simple = new HttpError('Not Found', 404, { statusCode: 404, message: 'Not Found' });
    expect(normaliseHttpError(simple)).toBe(simple);
  });
});
