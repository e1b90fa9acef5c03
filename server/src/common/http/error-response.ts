import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ApiErrorBody } from '@klch/shared';

/**
 * For the API docs only: the body of every error answer, as AllExceptionsFilter sends it
 * (shared's `ApiErrorBody`). Never a stack trace or SQL.
 */
export class ErrorResponse implements ApiErrorBody {
  @ApiProperty({ type: 'integer', description: 'The HTTP status, repeated.', example: 400 })
  statusCode: number;

  @ApiProperty({
    type: String,
    description: 'A sentence for people: what went wrong and what to do.',
    example: 'Please correct these fields: title, category.',
  })
  message: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Per field, why it was refused: what react-admin shows beside each input. Nested fields are named by path, e.g. `parties.0.role`.',
    example: { title: 'title is required', category: 'category must be one of: regional_cooperation, international_city, …' },
  })
  errors?: Record<string, string>;
}

/** Who saved the record last: sent with a 409 for a stale `version`. */
export class CurrentVersionResponse {
  @ApiProperty({ type: 'integer', description: 'The version the record has now: read it again before saving.', example: 3 })
  version: number;

  @ApiProperty({ type: String, format: 'date-time', example: '2025-06-30T08:15:00.000Z' })
  updatedAt: string;

  @ApiProperty({ type: String, nullable: true, description: 'The full name of whoever saved it; null when unknown.', example: 'Demo Manager' })
  updatedBy: string | null;
}

/** A 409: a stale `version` (with `current`), or a record that others still depend on. */
export class ConflictResponse extends ErrorResponse {
  @ApiPropertyOptional({
    type: () => CurrentVersionResponse,
    description: 'Only when someone else saved the record since you read it (the version you sent is stale).',
  })
  current?: CurrentVersionResponse;
}
