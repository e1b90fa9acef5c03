import { applyDecorators } from '@nestjs/common';
import { IsISO8601, IsOptional, Matches } from 'class-validator';
import { validationMessage } from '../i18n/validation-message';

/** An optional calendar date `YYYY-MM-DD` that exists (no 2024-02-30); null clears it (IsOptional skips null). */
export function OptionalIsoDate() {
  return applyDecorators(
    IsOptional(),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: validationMessage('validation.date') }),
    IsISO8601({ strict: true, strictSeparator: true }, { message: validationMessage('validation.realDate') }),
  );
}
