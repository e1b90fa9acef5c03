import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { fieldRef, listRef, msg, type Text } from '../i18n/message';
import { validationRuleMessage } from '../i18n/validation-message';

const REQUIRED_RULES = new Set(['isDefined', 'isNotEmpty']);

/**
 * `{ field: reasons }` from class-validator's tree, with nested paths as `parties.0.role`:
 * the shape react-admin puts next to the inputs (the filter words the reasons, labels included).
 */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): Record<string, Text[]> {
  const flat: Record<string, Text[]> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      let rules = Object.entries(error.constraints);
      // A missing value fails every rule of its field; "Title is required" is the one that says why.
      const missing = rules.filter(([rule]) => REQUIRED_RULES.has(rule));
      if ((error.value === undefined || error.value === null || error.value === '') && missing.length) rules = missing;
      flat[path] = rules.map(([rule, message]) => validationRuleMessage(path, rule, message));
    }
    if (error.children?.length) Object.assign(flat, flattenValidationErrors(error.children, path));
  }
  return flat;
}

export class ValidationFailedException extends BadRequestException {
  constructor(errors: Record<string, Text | readonly Text[]>) {
    const fields = Object.keys(errors);
    super({
      message: msg(fields.length === 1 ? 'validation.failed.one' : 'validation.failed.many', { fields: listRef(fields.map(fieldRef)) }),
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
