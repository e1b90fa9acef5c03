import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalText, RequiredText } from '../../common/validation/text';

/** Approving may say something; it need not. */
export class ApproveStatusRequestDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, example: 'Agreed at the review meeting.' })
  @OptionalText(2000)
  comment?: string | null;
}

/** Rejecting must say why: the requester reads it. */
export class RejectStatusRequestDto {
  @ApiProperty({
    type: String,
    minLength: 1,
    maxLength: 2000,
    description: 'Why: the requester reads it.',
    example: 'The MoU has not been signed yet.',
  })
  @RequiredText(2000)
  comment: string;
}
