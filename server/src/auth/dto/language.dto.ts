import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsIn } from 'class-validator';
import { LANGUAGES, type Language } from '@klch/shared';
import { validationMessage } from '../../common/i18n/validation-message';

/** The body of PUT /api/auth/me/language: the UI language the signed-in user chose. */
export class LanguageDto {
  @ApiProperty({ enum: [...LANGUAGES], description: 'The language of the UI, on every device the user signs in from.', example: 'ms' })
  @IsDefined({ message: validationMessage('validation.required') })
  @IsIn(LANGUAGES, { message: validationMessage('validation.oneOf', { values: LANGUAGES.join(', ') }) })
  language: Language;
}
