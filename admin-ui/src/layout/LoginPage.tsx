import { Box, Card, CardContent, Typography } from '@mui/material';
import { useEffect } from 'react';
import { LoginForm, useCheckAuth, useNavigate, useTranslate } from 'react-admin';
import { LanguageSwitch } from './LanguageSwitch';

/**
 * The sign-in page: the product's and the city hall's names, the language switch (the page opens in
 * the browser's language: i18nProvider.ts), and react-admin's login form, whose inputs carry their
 * labels. A `main` landmark with the page's one heading. A visitor already signed in goes on to the
 * dashboard, as with react-admin's own login page.
 */
export const LoginPage = () => {
  const translate = useTranslate();
  const checkAuth = useCheckAuth();
  const navigate = useNavigate();

  useEffect(() => {
    // `false`: not signed in is this page's normal case, not a reason to sign out or to notify.
    checkAuth({}, false)
      .then(() => navigate('/'))
      .catch(() => undefined);
  }, [checkAuth, navigate]);

  return (
    <Box
      component="main"
      sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', alignItems: 'center', bgcolor: 'background.default', px: 2 }}
    >
      <Card sx={{ mt: { xs: 4, sm: 12 }, width: '100%', maxWidth: 360 }}>
        <CardContent sx={{ pb: 0 }}>
          <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
            <LanguageSwitch />
          </Box>
          <Typography variant="h4" component="h1" sx={{ mt: 1 }}>
            {translate('klch.layout.productName')}
          </Typography>
          <Typography variant="subtitle1" color="text.secondary">
            {translate('klch.layout.organisation')}
          </Typography>
          <Typography variant="body2" sx={{ mt: 2 }}>
            {translate('klch.layout.login.intro')}
          </Typography>
        </CardContent>
        <LoginForm sx={{ '& .RaLoginForm-content': { width: 'auto' } }} />
      </Card>
    </Box>
  );
};
