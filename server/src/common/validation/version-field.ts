import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';

export const VERSION_REQUIRED = "version is required: send the version you read, so nobody's change is overwritten";

/** The `version` every update must carry: optimistic concurrency, checked by the database's versioned UPDATE. */
export function VersionField() {
  return applyDecorators(
    ApiProperty({ type: 'integer', minimum: 1, description: 'the version you read; a different one answers 409', example: 1 }),
    IsInt({ message: VERSION_REQUIRED }),
    Min(1),
  );
}
