import { IsInt, IsOptional, IsIn, Min } from 'class-validator';
import { INSTRUMENTS, type Instrument, PARTNERSHIP_CATEGORIES, type PartnershipCategory, PARTNERSHIP_STATUSES } from '@klch/shared';
import { OptionalRequiredText } from '../../common/validation/text';
import { ReadOnlyField } from '../../common/validation/read-only';
import { PartnershipFieldsDto } from './partnership-fields.dto';

/**
 * A PUT body: the whole record as react-admin sends it. `version` is the one the client read
 * (optimistic concurrency); the server-owned fields are accepted and ignored; `status` may only
 * repeat the current status, since changing it is the approval workflow's job.
 */
export class UpdatePartnershipDto extends PartnershipFieldsDto {
  @IsInt({ message: 'version is required: send the version you read, so nobody\'s change is overwritten' })
  @Min(1)
  version: number;

  @OptionalRequiredText(500)
  title?: string;

  @IsOptional()
  @IsIn(PARTNERSHIP_CATEGORIES, { message: `category must be one of: ${PARTNERSHIP_CATEGORIES.join(', ')}` })
  category?: PartnershipCategory;

  @IsOptional()
  @IsIn(INSTRUMENTS, { message: `instrument must be one of: ${INSTRUMENTS.join(', ')}` })
  instrument?: Instrument;

  @IsOptional()
  @IsIn(PARTNERSHIP_STATUSES)
  status?: string;

  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() code?: unknown;
  @ReadOnlyField() statusReason?: unknown;
  @ReadOnlyField() ownerName?: unknown;
  @ReadOnlyField() isDemoData?: unknown;
  @ReadOnlyField() demoNote?: unknown;
  @ReadOnlyField() archivedAt?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
  @ReadOnlyField() createdById?: unknown;
  @ReadOnlyField() updatedById?: unknown;
}
