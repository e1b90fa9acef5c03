import { type RaRecord, useNotify, useRedirect } from 'react-admin';

/**
 * A save's success message that names the record ("Partnership KLCH-IR-2026-001 created"), then
 * its page, as react-admin's own onSuccess would do with its anonymous "Element created". The
 * message is `resources.<resource>.notifications.<created|updated>`, given `argsOf(record)`.
 */
export function useNamedSaveSuccess<T extends RaRecord>(
  resource: string,
  event: 'created' | 'updated',
  argsOf: (record: T) => Record<string, unknown>,
): (record: T) => void {
  const notify = useNotify();
  const redirect = useRedirect();
  return (record: T) => {
    notify(`resources.${resource}.notifications.${event}`, { type: 'info', messageArgs: { smart_count: 1, ...argsOf(record) } });
    redirect('show', resource, record.id, record);
  };
}
