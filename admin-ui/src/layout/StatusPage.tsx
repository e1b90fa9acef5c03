import DashboardIcon from '@mui/icons-material/Dashboard';
import { Box, Button, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Title, useTranslate } from 'react-admin';

/**
 * A page that says why there is nothing to show (not found, access denied): its title (the app bar's
 * h1, see AppBar.tsx) repeated as the heading of the content, what happened, and the way back to the
 * dashboard.
 */
export const StatusPage = ({ icon, title, text }: { icon: ReactNode; title: string; text: string }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', mt: 6, px: 2 }}>
      <Title title={title} />
      <Box sx={{ color: 'text.secondary', '& svg': { fontSize: 72 } }} aria-hidden>
        {icon}
      </Box>
      <Typography variant="h5" component="h2" sx={{ mt: 2 }}>
        {translate(title)}
      </Typography>
      <Typography variant="body1" sx={{ mt: 1 }}>
        {translate(text)}
      </Typography>
      <Button component={Link} to="/" variant="contained" startIcon={<DashboardIcon />} sx={{ mt: 3 }}>
        {translate('klch.layout.backToDashboard')}
      </Button>
    </Box>
  );
};
