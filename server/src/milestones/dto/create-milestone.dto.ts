import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsIn } from 'class-validator';
import { MILESTONE_KINDS, type MilestoneKind } from '@klch/shared';
import { IdField } from '../../common/validation/id-field';
import { RequiredText } from '../../common/validation/text';
import { MilestoneFieldsDto } from './milestone-fields.dto';
import { validationMessage } from '../../common/i18n/validation-message';

export const KIND_MESSAGE = `kind must be one of: ${MILESTONE_KINDS.join(', ')}`;

export class CreateMilestoneDto extends MilestoneFieldsDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'An existing partnership that is not archived (422 otherwise).', example: 5 })
  @IdField('partnerships', { required: true })
  partnershipId: number;

  @ApiProperty({ type: String, minLength: 1, maxLength: 300, example: 'Study visit to Tokyo' })
  @RequiredText(300)
  title: string;

  @ApiProperty({ enum: [...MILESTONE_KINDS], example: 'visit' })
  @IsDefined({ message: validationMessage('validation.required') })
  @IsIn(MILESTONE_KINDS, { message: KIND_MESSAGE })
  kind: MilestoneKind;
}
