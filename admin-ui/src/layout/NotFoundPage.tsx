import SearchOffIcon from '@mui/icons-material/SearchOff';
import { StatusPage } from './StatusPage';

/** The page of an address the app does not have (react-admin's catchAll). */
export const NotFoundPage = () => <StatusPage icon={<SearchOffIcon />} title="klch.layout.notFound.title" text="ra.message.not_found" />;
