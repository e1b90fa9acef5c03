import type { OrganisationRecord } from '@klch/shared';
import CorporateFareIcon from '@mui/icons-material/CorporateFare';
import { OrganisationCreate } from './OrganisationCreate';
import { OrganisationEdit } from './OrganisationEdit';
import { OrganisationList } from './OrganisationList';
import { OrganisationShow } from './OrganisationShow';

export default {
  list: OrganisationList,
  show: OrganisationShow,
  edit: OrganisationEdit,
  create: OrganisationCreate,
  icon: CorporateFareIcon,
  recordRepresentation: (record: OrganisationRecord) => record.name,
};
