import type { UserRecord } from '@klch/shared';
import PeopleIcon from '@mui/icons-material/People';
import { lazyView } from '../common/lazyView';

// Admin-only pages, loaded when opened: out of everyone's first bundle.
const UserList = lazyView(() => import('./UserList'), 'UserList');
const UserEdit = lazyView(() => import('./UserEdit'), 'UserEdit');
const UserCreate = lazyView(() => import('./UserCreate'), 'UserCreate');

/** Admin-only: canAccess grants users to admins alone, so other roles see no menu entry. */
export default {
  list: UserList,
  edit: UserEdit,
  create: UserCreate,
  icon: PeopleIcon,
  recordRepresentation: (record: UserRecord) => record.fullName,
};
