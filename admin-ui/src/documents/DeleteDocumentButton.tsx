import type { DocumentRecord } from '@klch/shared';
import DeleteIcon from '@mui/icons-material/Delete';
import { DeleteButton, useRecordContext, useTranslate } from 'react-admin';
import type { CustomFieldProps } from '../common/fieldProps';

/**
 * Erases one document, for the roles the matrix lets delete documents (managers); the caller decides
 * who sees it (useRoleCan, partnership not archived). Pessimistic, with a confirmation naming the
 * file (documents/i18n.ts words react-admin's delete keys), so a refusal shows at once and the row stays.
 * The button's accessible name names the file too: each row has one.
 */
export const DeleteDocumentButton = (_props: CustomFieldProps) => {
  const record = useRecordContext<DocumentRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <DeleteButton
      mutationMode="pessimistic"
      redirect={false}
      icon={<DeleteIcon />}
      size="small"
      label="resources.documents.action.delete"
      aria-label={translate('resources.documents.action.deleteNamed', { name: record.fileName })}
      translateOptions={{ recordRepresentation: record.fileName }}
    />
  );
};
