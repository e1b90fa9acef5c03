import type { EntityListSpec } from '../common/list-query/list-spec';
import { DocumentEntity } from './document.entity';

/** Sorting and filtering of GET /api/documents. The main query is `documents d`, with no joins. */
export const DOCUMENT_LIST: EntityListSpec<DocumentEntity> = {
  resource: 'documents',
  entity: DocumentEntity,
  alias: 'd',
  sortable: {
    uploadedAt: 'd.uploaded_at',
    fileName: 'd.file_name',
    size: 'd.size',
    category: 'd.category',
    id: 'd.id',
  },
  defaultSort: { field: 'uploadedAt', order: 'DESC' },
  tieBreaker: 'd.id',
  filters: {
    id: { kind: 'exact', column: 'd.id', type: 'integer' },
    partnershipId: { kind: 'exact', column: 'd.partnership_id', type: 'integer' },
    category: { kind: 'exact', column: 'd.category', type: 'string' },
    contentType: { kind: 'exact', column: 'd.content_type', type: 'string' },
    uploadedById: { kind: 'exact', column: 'd.uploaded_by_id', type: 'integer' },
    sha256: { kind: 'exact', column: 'd.sha256', type: 'string' },
    uploadedAt: { kind: 'range', column: 'd.uploaded_at', type: 'timestamp' },
  },
};
