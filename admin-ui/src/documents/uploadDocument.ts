import type { DocumentCategory, DocumentRecord } from '@klch/shared';
import { HttpError } from 'react-admin';
import { normaliseHttpError } from '../providers/httpClient';

export interface DocumentUpload {
  partnershipId: number;
  category: DocumentCategory;
  file: File;
}

/**
 * POST /api/documents as multipart/form-data. Not through the simple-rest provider, which only
 * sends JSON. The browser sets the multipart Content-Type with its boundary; the session cookie
 * goes along (same origin, credentials included). Errors reject as react-admin's HttpError with
 * the server's body, like httpClient's, so the same helpers read their message.
 */
export async function uploadDocument({ partnershipId, category, file }: DocumentUpload): Promise<DocumentRecord> {
  const form = new FormData();
  // Fields before the file: the server reads the parts in order.
  form.append('partnershipId', String(partnershipId));
  form.append('category', category);
  form.append('file', file, file.name);

  const response = await fetch('/api/documents', {
    method: 'POST',
    body: form,
    credentials: 'include',
    headers: { Accept: 'application/json' },
  });
  const text = await response.text();
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // A proxy's HTML error page, say: keep the status text as the message.
  }
  if (!response.ok) {
    const message =
      body && typeof body === 'object' && typeof (body as { message?: unknown }).message === 'string'
        ? (body as { message: string }).message
        : response.statusText || `HTTP ${response.status}`;
    throw normaliseHttpError(new HttpError(message, response.status, body));
  }
  return body as DocumentRecord;
}
