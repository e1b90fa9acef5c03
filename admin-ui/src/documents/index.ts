import type { DocumentRecord } from '@klch/shared';
import DescriptionIcon from '@mui/icons-material/Description';

export { DocumentsTab } from './DocumentsTab';

/**
 * The documents resource: no pages of its own (they live on the partnership's Documents tab);
 * registered so react-admin knows its name, icon and how to name one record.
 */
export default {
  icon: DescriptionIcon,
  recordRepresentation: (record: DocumentRecord) => record.fileName,
};
