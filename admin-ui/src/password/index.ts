export { ChangePasswordMenuItem, CHANGE_PASSWORD_PATH } from './ChangePasswordMenuItem';
export { ChangePasswordPage } from './ChangePasswordPage';
