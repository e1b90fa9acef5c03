import type { AuditEventView } from '@klch/shared';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nProvider } from '../providers/i18nProvider';
import { TestAdmin } from '../test/TestAdmin';
import { ReasonText } from './ReasonText';

afterEach(cleanup);

const event = (reason: string): AuditEventView => ({ id: 1, action: 'update', reason, names: {} }) as unknown as AuditEventView;

describe('ReasonText', () => {
  it("words the server's own fixed reasons in the reader's language, and a person's reason as they wrote it", async () => {
    await i18nProvider.changeLocale('ms');
    try {
      render(
        <TestAdmin>
          <ReasonText event={event('language chosen by the user')} />|<ReasonText event={event('Halted: %{smart_count} COVID-19. Borders closed')} />
        </TestAdmin>,
      );
      expect(await screen.findByText(/bahasa dipilih oleh pengguna/)).toBeTruthy();
      expect(screen.getByText(/Halted: %\{smart_count\} COVID-19\. Borders closed/)).toBeTruthy();
    } finally {
      await i18nProvider.changeLocale('en');
    }
  });
});
