import type { SdgTargetRecord } from '@klch/shared';

export { useSdgTargetTitle } from './useSdgTargetTitle';

/** Reference data only: used by the SDG target inputs and fields, no pages of its own. */
export default {
  recordRepresentation: (target: SdgTargetRecord) => `${target.code} — ${target.title}`,
};
