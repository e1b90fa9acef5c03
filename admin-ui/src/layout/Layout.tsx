import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { LiveUpdates } from '../notifications';
import { AppBar } from './AppBar';
import { Menu } from './Menu';
import { ProfileLanguage } from './ProfileLanguage';

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={AppBar} menu={Menu}>
    <LiveUpdates />
    <ProfileLanguage />
    {children}
  </RaLayout>
);
