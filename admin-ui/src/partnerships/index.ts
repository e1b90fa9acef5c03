import type { PartnershipRecord } from '@klch/shared';
import HandshakeIcon from '@mui/icons-material/Handshake';
import { lazyView } from '../common/lazyView';
const PartnershipList = lazyView(() => import('./PartnershipList'), 'PartnershipList');

// Each page is fetched the first time it is opened, to keep the first bundle small.
const PartnershipShow = lazyView(() => import('./PartnershipShow'), 'PartnershipShow');
const PartnershipEdit = lazyView(() => import('./PartnershipEdit'), 'PartnershipEdit');
const PartnershipCreate = lazyView(() => import('./PartnershipCreate'), 'PartnershipCreate');

export default {
  list: PartnershipList,
  show: PartnershipShow,
  edit: PartnershipEdit,
  create: PartnershipCreate,
  icon: HandshakeIcon,
  recordRepresentation: (record: PartnershipRecord) => `${record.code} ${record.title}`,
};
