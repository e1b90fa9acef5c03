import type { PartnershipRecord } from '@klch/shared';
import HandshakeIcon from '@mui/icons-material/Handshake';
import { lazyView } from '../common/lazyView';
const PartnershipList = lazyView(() => import('./PartnershipList'), 'PartnershipList');

// The list stays in the first bundle (the page officers open most); the rest loads when opened.
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
