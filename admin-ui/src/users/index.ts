import type { UserRecord } from '@klch/shared';
import PeopleIcon from '@mui/icons-material/People';
import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';
import { UserList } from './UserList';

/** Admin-only: canAccess grants users to admins alone, so other roles see no menu entry. */
export default {
  list: UserList,
  edit: UserEdit,
  create: UserCreate,
  icon: PeopleIcon,
  recordRepresentation: (record: UserRecord) => record.fullName,
};
