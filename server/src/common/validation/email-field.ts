import { isEmail, ValidateBy } from 'class-validator';

/** A lone UTF-16 surrogate: text no encoder can write. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * An email address. class-validator's IsEmail throws (a 500) on text with a lone surrogate: its
 * byte-length check calls encodeURI. Such text is no address, so it is refused like any other.
 */
export function EmailField() {
  return ValidateBy({
    name: 'isEmail',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && !LONE_SURROGATE.test(value) && isEmail(value),
      defaultMessage: () => 'email must be an email address',
    },
  });
}
