import LockResetIcon from '@mui/icons-material/LockReset';
import { Box, Card, Typography } from '@mui/material';
import { Authenticated, PasswordInput, SaveButton, SimpleForm, Title, Toolbar, useTranslate } from 'react-admin';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@klch/shared';
import { SessionsSection } from '../sessions';
import { validateCurrentPassword, validateNewPassword, validateRepeatPassword } from './passwordValidation';
import { useChangePassword } from './useChangePassword';

const ChangePasswordToolbar = () => (
  <Toolbar>
    <SaveButton label="klch.password.title" icon={<LockResetIcon />} />
  </Toolbar>
);

/**
 * The signed-in user's own account page (custom route /change-password, inside the layout): the
 * password, and below it the user's sessions. Anyone
 * may use it whatever their role, so it is not a resource and canAccess is not involved; an
 * administrator resetting someone else's password does it on the user's edit page instead.
 */
export const ChangePasswordPage = () => {
  const translate = useTranslate();
  const changePassword = useChangePassword();
  return (
    // Custom routes get no session check of their own (the Admin has no requireAuth).
    <Authenticated>
      <Title title="klch.password.pageTitle" />
      <Card sx={{ mt: 2, maxWidth: 600 }}>
        <Box sx={{ px: 2, pt: 2 }}>
          <Typography variant="h6" component="h2">
            {translate('klch.password.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('klch.password.intro', { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH })}
          </Typography>
        </Box>
        <SimpleForm onSubmit={changePassword} toolbar={<ChangePasswordToolbar />}>
          <PasswordInput
            source="currentPassword"
            label="klch.password.fields.currentPassword"
            validate={validateCurrentPassword}
            autoComplete="current-password"
            fullWidth
          />
          <PasswordInput
            source="newPassword"
            label="klch.password.fields.newPassword"
            validate={validateNewPassword}
            autoComplete="new-password"
            fullWidth
          />
          <PasswordInput
            source="repeatPassword"
            label="klch.password.fields.repeatPassword"
            validate={validateRepeatPassword}
            autoComplete="new-password"
            fullWidth
          />
        </SimpleForm>
      </Card>
      <SessionsSection />
    </Authenticated>
  );
};
