import { isEmail, ValidateBy } from 'class-validator';
import { unstorableTextProblem } from './storable-text';
import { validationMessage } from '../i18n/validation-message';

/**
 * An email address. class-validator's IsEmail throws (a 500) on text with a lone surrogate: its
 * byte-length check calls encodeURI. Such text is no address, so it is refused like any other
 * (StorableTextPipe refuses it first on the API; this keeps the DTO safe wherever it is validated).
 */
export function EmailField() {
  return ValidateBy({
    name: 'isEmail',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && !unstorableTextProblem(value) && isEmail(value),
      defaultMessage: () => validationMessage('validation.email'),
    },
  });
}
