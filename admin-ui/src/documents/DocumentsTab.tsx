import type { PartnershipRecord } from '@klch/shared';
import { Divider, Stack } from '@mui/material';
import { DataTable, Pagination, ReferenceManyField, SelectField, useRecordContext } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EmptyText } from '../common/EmptyText';
import { useRoleCan } from '../common/useRoleCan';
import { DOCUMENT_CATEGORY_CHOICES } from './choices';
import { DeleteDocumentButton } from './DeleteDocumentButton';
import { DownloadButton, FileSizeField } from './DocumentFields';
import { UploadDocumentControl } from './UploadDocumentControl';

/**
 * The partnership's documents, newest first, each with a download link. Officers and managers
 * upload; everyone who may read the partnership downloads; managers delete (shared's matrix). An
 * archived partnership's documents are read-only: no upload, no delete (the server refuses them too).
 */
export const DocumentsTab = () => {
  const record = useRecordContext<PartnershipRecord>();
  const canUpload = useRoleCan('create', 'documents');
  const canDelete = useRoleCan('delete', 'documents');
  if (!record) return null;

  return (
    <Stack spacing={2} sx={{ width: '100%' }}>
      {canUpload && !record.archivedAt && (
        <>
          <UploadDocumentControl partnershipId={Number(record.id)} />
          <Divider />
        </>
      )}
      <ReferenceManyField
        reference="documents"
        target="partnershipId"
        sort={{ field: 'uploadedAt', order: 'DESC' }}
        perPage={50}
        pagination={<Pagination rowsPerPageOptions={[]} />}
      >
        <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyText message="resources.documents.none" />}>
          <DataTable.Col source="fileName" />
          <DataTable.Col source="category">
            <SelectField source="category" choices={DOCUMENT_CATEGORY_CHOICES} />
          </DataTable.Col>
          <DataTable.Col source="size" field={FileSizeField} />
          <DataTable.Col source="uploadedAt">
            <DateTimeField source="uploadedAt" />
          </DataTable.Col>
          <DataTable.Col source="uploadedByName" disableSort />
          <DataTable.Col label="" disableSort>
            <DownloadButton />
          </DataTable.Col>
          {canDelete && !record.archivedAt && (
            <DataTable.Col label="" disableSort>
              <DeleteDocumentButton />
            </DataTable.Col>
          )}
        </DataTable>
      </ReferenceManyField>
    </Stack>
  );
};
