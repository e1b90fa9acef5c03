import { OptionalText, RequiredText } from '../../common/validation/text';

/** Approving may say something; it need not. */
export class ApproveStatusRequestDto {
  @OptionalText(2000)
  comment?: string | null;
}

/** Rejecting must say why: the requester reads it. */
export class RejectStatusRequestDto {
  @RequiredText(2000)
  comment: string;
}
