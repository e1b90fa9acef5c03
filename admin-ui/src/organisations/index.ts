import type { OrganisationRecord } from '@klch/shared';
import CorporateFareIcon from '@mui/icons-material/CorporateFare';
import { lazyView } from '../common/lazyView';

// For the partnership form's party picker: a partner missing from the list is created on the spot.
export { NewOrganisationDialog } from './NewOrganisationDialog';

// Loaded when opened, out of the first bundle.
const OrganisationList = lazyView(() => import('./OrganisationList'), 'OrganisationList');
const OrganisationShow = lazyView(() => import('./OrganisationShow'), 'OrganisationShow');
const OrganisationEdit = lazyView(() => import('./OrganisationEdit'), 'OrganisationEdit');
const OrganisationCreate = lazyView(() => import('./OrganisationCreate'), 'OrganisationCreate');

export default {
  list: OrganisationList,
  show: OrganisationShow,
  edit: OrganisationEdit,
  create: OrganisationCreate,
  icon: CorporateFareIcon,
  recordRepresentation: (record: OrganisationRecord) => record.name,
};
