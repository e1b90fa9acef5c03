import type { AuditEventView } from '@klch/shared';
import { useTranslate } from 'react-admin';
import { describeAuditQuery } from './auditReadText';

/** Events whose reason is the query they ran, recorded as JSON: shown in words. */
const QUERY_REASONS = new Set(['audit_read', 'audit_export']);

/**
 * An event's reason as a person reads it: a read of the trail says what it asked for; a fixed
 * reason the server writes in the reader's language; any other reason (a person's) as written.
 */
export const ReasonText = ({ event }: { event: AuditEventView }) => {
  const translate = useTranslate();
  if (!event.reason) return null;
  const words = QUERY_REASONS.has(event.action) ? describeAuditQuery(event.reason, { translate, names: event.names }) : null;
  // An empty default: a person's reason is never read as a message (no %{…} of theirs is filled in).
  const fixed = translate(`resources.audit-events.reasons.${event.reason}`, { _: '' });
  return <>{words ?? (fixed || event.reason)}</>;
};
