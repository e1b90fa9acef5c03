import { ApiProperty } from '@nestjs/swagger';
import type { NotificationKind, ReminderRunResult } from '@klch/shared';
import type { Assert, SameKeys } from '../../common/http/same-keys';

export class ReminderRunResponse implements ReminderRunResult {
  @ApiProperty({ example: '2026-12-01', description: "Kuala Lumpur's date the run reminded for." })
  day: string;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { reminder_expiry: 2, reminder_review: 1 } })
  sent: Partial<Record<NotificationKind, number>>;

  @ApiProperty({ example: 5, description: 'Found again but already sent for the same record and threshold: not sent twice.' })
  alreadySent: number;
}

export type ReminderRunResponseIsExact = Assert<SameKeys<ReminderRunResponse, ReminderRunResult>>;
