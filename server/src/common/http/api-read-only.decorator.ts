import { ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';

/**
 * Docs for a field a PUT body may carry but the server owns (`@ReadOnlyField()`): react-admin sends
 * the whole record back, so it is accepted, and ignored. `readOnly` keeps it out of Swagger UI's
 * example bodies.
 */
export function ApiReadOnly(options: ApiPropertyOptions) {
  return ApiPropertyOptional({ readOnly: true, description: 'ignored: set by the server', ...options } as ApiPropertyOptions);
}
