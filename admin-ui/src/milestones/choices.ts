import { MILESTONE_KINDS, MILESTONE_STATUSES } from '@klch/shared';
import type { Choice } from '../common/choices';

/** Choices whose names are translation keys (see i18n.ts), so inputs and fields translate them. */
export const MILESTONE_KIND_CHOICES: Choice[] = MILESTONE_KINDS.map((code) => ({ id: code, name: `resources.milestones.kind.${code}` }));

export const MILESTONE_STATUS_CHOICES: Choice[] = MILESTONE_STATUSES.map((code) => ({ id: code, name: `resources.milestones.status.${code}` }));
