import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsDefined, IsIn } from 'class-validator';
import { NOTIFICATION_KINDS, type NotificationKind, type NotificationPreferences } from '@klch/shared';

/** The kinds of notification the user also gets by email; in the app they get every kind. */
export class NotificationPreferencesDto implements NotificationPreferences {
  @ApiProperty({ enum: NOTIFICATION_KINDS, isArray: true, example: ['request_decided', 'reminder_expiry'] })
  @IsDefined({ message: 'emailKinds is required: the list of kinds to get by email (an empty list for none)' })
  @IsArray({ message: 'emailKinds must be a list of notification kinds' })
  @ArrayMaxSize(NOTIFICATION_KINDS.length * 2)
  @IsIn(NOTIFICATION_KINDS, { each: true, message: `each of emailKinds must be one of: ${NOTIFICATION_KINDS.join(', ')}` })
  emailKinds: NotificationKind[];
}
