import { fieldRef, type Message, msg, type MessageParam } from './message';
import { EN, type MessageKey } from './messages.en';

/**
 * class-validator keeps only the message text of a failed rule (its ValidationError has no
 * constraint values), so a catalogue message travels through it as a marked JSON string, and
 * flattenValidationErrors turns it back into a message, adding the field.
 */
const MARK = 'i18n:';

/** A validator's `message` option: `IsNotEmpty({ message: validationMessage('validation.required') })`. */
export const validationMessage = (key: MessageKey, params: Record<string, MessageParam> = {}): string => MARK + JSON.stringify({ key, params });

/**
 * The message for one failed rule of `path`: ours as marked, class-validator's own defaults by the
 * rule's name (their numbers read back from the English default, the only place they are), and
 * anything else as "Title is not valid".
 */
export function validationRuleMessage(path: string, rule: string, text: string): Message {
  const field = fieldRef(path);
  if (text.startsWith(MARK)) {
    try {
      const decoded = JSON.parse(text.slice(MARK.length)) as { key: string; params?: Record<string, MessageParam> };
      if (decoded.key in EN) return msg(decoded.key as MessageKey, { ...decoded.params, field });
    } catch {
      // not ours after all: fall through to the rule's own wording
    }
  }
  const numbers = text.match(/-?\d+(\.\d+)?/g) ?? [];
  const first = numbers.at(-1) ?? '';
  switch (rule) {
    case 'whitelistValidation':
      return msg('validation.unknownField', { field });
    case 'isDefined':
      return msg('validation.required', { field });
    case 'isNotEmpty':
      return msg('validation.notEmpty', { field });
    case 'isString':
      return msg('validation.text', { field });
    case 'maxLength':
      return msg('validation.maxLength', { field, max: first });
    case 'minLength':
      return msg('validation.minLength', { field, min: first });
    case 'isInt':
      return msg('validation.wholeNumber', { field });
    case 'isNumber':
      return msg('validation.number', { field });
    case 'min':
      return msg('validation.min', { field, min: first });
    case 'max':
      return msg('validation.max', { field, max: first });
    case 'isBoolean':
      return msg('validation.boolean', { field });
    case 'isArray':
      return msg('validation.list', { field });
    case 'arrayMaxSize':
      return msg('validation.listMax', { field, max: first });
    case 'arrayNotEmpty':
      return msg('validation.listNotEmpty', { field });
    case 'arrayUnique':
      return msg('validation.listUnique', { field });
    case 'isIn':
      return msg('validation.oneOf', { field, values: text.split(': ').slice(1).join(': ') });
    case 'isEmail':
      return msg('validation.email', { field });
    case 'isUrl':
      return msg('validation.url', { field });
    case 'isIso8601':
      return msg('validation.realDate', { field });
    case 'nestedValidation':
    case 'isObject':
      return msg('validation.object', { field });
    default:
      return msg('validation.invalid', { field });
  }
}
