import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/**
 * `{ field: "why" }` from class-validator's tree, with nested paths as `parties.0.role`:
 * the shape react-admin puts next to the inputs.
 */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      const messages = Object.entries(error.constraints).map(([rule, message]) =>
        rule === 'whitelistValidation' ? `${error.property} is not a field of this record` : message,
      );
      flat[path] = messages.join('; ');
    }
    if (error.children?.length) Object.assign(flat, flattenValidationErrors(error.children, path));
  }
  return flat;
}

export class ValidationFailedException extends BadRequestException {
  constructor(errors: Record<string, string>) {
    const fields = Object.keys(errors);
    super({
      message: `Please correct ${fields.length === 1 ? 'this field' : 'these fields'}: ${fields.join(', ')}.`,
      errors,
    });
  }
}

/** Unknown fields are refused (forbidNonWhitelisted); DTOs list the read-only ones they accept and ignore. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new ValidationFailedException(flattenValidationErrors(errors)),
  });
}
