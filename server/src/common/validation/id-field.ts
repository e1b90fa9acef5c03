import { applyDecorators } from '@nestjs/common';
import { IsDefined, IsInt, Max, Min } from 'class-validator';
import { validationMessage } from '../i18n/validation-message';
import { recordRef } from '../i18n/message';
import type { Resource } from '@klch/shared';

/** The largest id an INTEGER column holds on PostgreSQL: a larger one would reach the database and fail there. */
export const MAX_ID = 2_147_483_647;

/** A whole number that can be an id: 1 to MAX_ID. */
export const isIdNumber = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_ID;

/** The id of a record of `what` (`partnerships`) in a body: whole, 1 to MAX_ID; `required` when it must be there. */
export function IdField(what: Resource, options: { required?: boolean } = {}) {
  const message = validationMessage('validation.id', { record: recordRef(what) });
  return applyDecorators(
    ...(options.required ? [IsDefined({ message: validationMessage('validation.required') })] : []),
    IsInt({ message }),
    Min(1, { message }),
    Max(MAX_ID, { message }),
  );
}
