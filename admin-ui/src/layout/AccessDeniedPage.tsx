import LockIcon from '@mui/icons-material/Lock';
import { StatusPage } from './StatusPage';

/** The page of a resource the user's role may not open (react-admin's accessDenied, from authProvider.canAccess). */
export const AccessDeniedPage = () => <StatusPage icon={<LockIcon />} title="ra.page.access_denied" text="ra.message.access_denied" />;
