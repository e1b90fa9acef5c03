export { ChangePasswordMenuItem, CHANGE_PASSWORD_PATH } from './ChangePasswordMenuItem';
import { lazyView } from '../common/lazyView';

/** Loaded when opened, out of the first bundle. */
export const ChangePasswordPage = lazyView(() => import('./ChangePasswordPage'), 'ChangePasswordPage');
