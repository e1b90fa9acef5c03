import { cleanup, configure, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeDataProvider } from '../test/dataProvider';
import { aPartnership } from '../test/records';
import { renderPage } from '../test/renderPage';
import { signInAs } from '../test/signIn';
import { PartnershipList } from './PartnershipList';

configure({ asyncUtilTimeout: 8000 });
afterEach(cleanup);
beforeEach(() => {
  localStorage.clear();
  signInAs('officer', 2);
});

// happy-dom answers matchMedia from its viewport, as a browser does from its window.
const setViewportWidth = (width: number) =>
  (window as unknown as { happyDOM: { setViewport(size: { width: number; height: number }): void } }).happyDOM.setViewport({ width, height: 800 });
afterEach(() => setViewportWidth(1280));

const seoul = aPartnership({ id: 7, code: 'KLCH-IR-2019-004', title: 'Partnership with Seoul Metropolitan Government', status: 'halted' });

describe('PartnershipList at phone width', { timeout: 30000 }, () => {
  it('is a simple list at phone width (390 px): title, code and status on each line, no table', async () => {
    setViewportWidth(390);
    renderPage(
      { name: 'partnerships', list: PartnershipList, show: () => null },
      '/partnerships',
      fakeDataProvider({ getList: async () => ({ data: [seoul], total: 1 }) }),
    );
    expect(await screen.findByText('Partnership with Seoul Metropolitan Government')).toBeTruthy();
    expect(screen.getByText('KLCH-IR-2019-004')).toBeTruthy();
    expect(screen.getByText('Halted')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('is a table on a wide screen', async () => {
    setViewportWidth(1280);
    renderPage(
      { name: 'partnerships', list: PartnershipList, show: () => null },
      '/partnerships',
      fakeDataProvider({ getList: async () => ({ data: [seoul], total: 1 }) }),
    );
    expect(await screen.findByRole('table')).toBeTruthy();
  });
});
