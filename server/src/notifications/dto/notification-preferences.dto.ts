import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsDefined, IsIn } from 'class-validator';
import { NOTIFICATION_KINDS, type NotificationKind, type NotificationPreferences } from '@klch/shared';
import { validationMessage } from '../../common/i18n/validation-message';

/** The kinds of notification the user also gets by email; in the app they get every kind. */
export class NotificationPreferencesDto implements NotificationPreferences {
  @ApiProperty({ enum: NOTIFICATION_KINDS, isArray: true, example: ['request_decided', 'reminder_expiry'] })
  @IsDefined({ message: validationMessage('validation.required') })
  @IsArray({ message: validationMessage('validation.list') })
  @ArrayMaxSize(NOTIFICATION_KINDS.length * 2)
  @IsIn(NOTIFICATION_KINDS, { each: true, message: validationMessage('validation.eachOneOf', { values: NOTIFICATION_KINDS.join(', ') }) })
  emailKinds: NotificationKind[];
}
