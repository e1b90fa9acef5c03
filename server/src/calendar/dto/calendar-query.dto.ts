import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayNotEmpty, IsIn, IsOptional } from 'class-validator';
import { CALENDAR_KINDS, type CalendarKind, type CalendarQuery, type Language, LANGUAGES, MAX_CALENDAR_DAYS } from '@klch/shared';
import { IdField } from '../../common/validation/id-field';
import { OptionalIsoDate } from '../../common/validation/iso-date';
import { validationMessage } from '../../common/i18n/validation-message';

/** An id as the address writes it ("12") becomes a number; anything else is left for IdField to refuse by name. */
const toId = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value);

/** `kind=milestone,review` (or the parameter repeated) becomes a list; each item is checked. */
const toKinds = ({ value }: { value: unknown }) =>
  typeof value === 'string' || Array.isArray(value)
    ? ([] as unknown[]).concat(value).flatMap((item) => (typeof item === 'string' ? item.split(',').map((part) => part.trim()) : [item]))
    : value;

/** GET /api/calendar's query: every parameter optional, each refused by name when malformed (400). */
export class CalendarQueryDto implements CalendarQuery {
  @ApiPropertyOptional({ description: 'First day (yyyy-mm-dd). Default: 30 days before today, Kuala Lumpur time.', example: '2026-12-01' })
  @OptionalIsoDate()
  from?: string;

  @ApiPropertyOptional({
    description: `Last day (yyyy-mm-dd), on or after \`from\` and at most ${MAX_CALENDAR_DAYS} days from it, both included. Default: the longest range.`,
    example: '2026-12-31',
  })
  @OptionalIsoDate()
  to?: string;

  @ApiPropertyOptional({ type: 'integer', description: "Only this partnership's entries.", example: 4 })
  @IsOptional()
  @Transform(toId)
  @IdField('partnerships')
  partnershipId?: number;

  @ApiPropertyOptional({
    type: 'integer',
    description: "Only this owner's: a milestone's own owner (or else its partnership's), a partnership's owner for its expiry and review.",
    example: 2,
  })
  @IsOptional()
  @Transform(toId)
  @IdField('users')
  ownerId?: number;

  @ApiPropertyOptional({
    type: String,
    description: `One or more of ${CALENDAR_KINDS.join(', ')}, comma-separated. Default: all.`,
    example: 'milestone,review',
  })
  @IsOptional()
  @Transform(toKinds)
  @ArrayNotEmpty({ message: validationMessage('validation.listNotEmpty') })
  @IsIn(CALENDAR_KINDS, { each: true, message: validationMessage('validation.eachOneOf', { values: CALENDAR_KINDS.join(', ') }) })
  kind?: CalendarKind[];
}

/** GET /api/calendar.ics takes the same filters, and the language to write the file in. */
export class CalendarIcsQueryDto extends CalendarQueryDto {
  @ApiPropertyOptional({ enum: LANGUAGES, description: 'The language of the events’ words. Default: en.', example: 'ms' })
  @IsOptional()
  @IsIn(LANGUAGES, { message: validationMessage('validation.oneOf', { values: LANGUAGES.join(', ') }) })
  lang?: Language;
}
