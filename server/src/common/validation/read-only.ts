import { applyDecorators } from '@nestjs/common';
import { Allow } from 'class-validator';

/**
 * A field react-admin sends back with every edit (id, code, timestamps, derived names) that the
 * server owns: accepted so the whole record can be PUT, and ignored.
 */
export function ReadOnlyField() {
  return applyDecorators(Allow());
}
