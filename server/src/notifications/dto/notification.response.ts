import { ApiProperty } from '@nestjs/swagger';
import { NOTIFICATION_KINDS, type NotificationKind, type NotificationParams, type NotificationRecord } from '@klch/shared';
import type { Assert, SameKeys } from '../../common/http/same-keys';

export class NotificationResponse implements NotificationRecord {
  @ApiProperty({ example: 12 })
  id: number;

  @ApiProperty({ enum: NOTIFICATION_KINDS, example: 'request_decided' })
  kind: NotificationKind;

  @ApiProperty({ enum: ['partnerships', 'milestones', 'status-requests'], example: 'status-requests' })
  entityType: NotificationRecord['entityType'];

  @ApiProperty({ example: 7 })
  entityId: number;

  @ApiProperty({ example: 3, description: 'The partnership it is about: the notification opens it.' })
  partnershipId: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The facts it is worded from (titles, statuses, who, the comment, the date); which are set depends on the kind.',
    example: {
      code: 'KLCH-IR-2020-003',
      title: 'Proposed city partnership with Shenzhen',
      toStatus: 'halted',
      outcome: 'approved',
      actorName: 'Demo Manager',
    },
  })
  params: NotificationParams;

  @ApiProperty({ example: '2026-12-01T08:15:00.000Z' })
  createdAt: string;

  @ApiProperty({ type: String, nullable: true, example: null, description: 'When it was read; null while unread.' })
  readAt: string | null;
}

export type NotificationResponseIsExact = Assert<SameKeys<NotificationResponse, NotificationRecord>>;
