import type { DocumentCategory, DocumentRecord } from '@klch/shared';
import type { DataProvider } from 'react-admin';
import type { HttpClient } from '../common/httpClient';

export interface DocumentUpload {
  partnershipId: number;
  category: DocumentCategory;
  file: File;
}

/** The documents' call beyond CRUD: the upload, which is multipart rather than the stock provider's JSON. */
export interface DocumentMethods {
  uploadDocument(upload: DocumentUpload): Promise<{ data: DocumentRecord }>;
}

export type DocumentsDataProvider = DataProvider & DocumentMethods;

export function documentMethods(http: HttpClient): DocumentMethods {
  return {
    async uploadDocument({ partnershipId, category, file }) {
      const form = new FormData();
      // Fields before the file: the server reads the parts in order. The browser sets the multipart
      // Content-Type with its boundary (httpClient sets none for a FormData body).
      form.append('partnershipId', String(partnershipId));
      form.append('category', category);
      form.append('file', file, file.name);
      const { json } = await http('/api/documents', { method: 'POST', body: form });
      return { data: json as DocumentRecord };
    },
  };
}
