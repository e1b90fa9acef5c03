import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { validationMessage } from '../i18n/validation-message';

export const VERSION_REQUIRED = validationMessage('validation.versionRequired');

/** The `version` every update must carry: optimistic concurrency, checked by the database's versioned UPDATE. */
export function VersionField() {
  return applyDecorators(
    ApiProperty({ type: 'integer', minimum: 1, description: 'the version you read; a different one answers 409', example: 1 }),
    IsInt({ message: VERSION_REQUIRED }),
    Min(1, { message: VERSION_REQUIRED }),
  );
}
