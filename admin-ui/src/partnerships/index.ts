import type { PartnershipRecord } from '@klch/shared';
import HandshakeIcon from '@mui/icons-material/Handshake';
import { PartnershipCreate } from './PartnershipCreate';
import { PartnershipEdit } from './PartnershipEdit';
import { PartnershipList } from './PartnershipList';
import { PartnershipShow } from './PartnershipShow';

export default {
  list: PartnershipList,
  show: PartnershipShow,
  edit: PartnershipEdit,
  create: PartnershipCreate,
  icon: HandshakeIcon,
  recordRepresentation: (record: PartnershipRecord) => `${record.code} ${record.title}`,
};
