import { TextInput, type TextInputProps, type Validator } from 'react-admin';
import { isIsoDate, parseDayFirstDate } from './dayFirstDate';
import { formatDate } from './formatDateTime';

/**
 * The form keeps what the API stores (2026-12-31, or null when empty). While the typed text is not
 * yet a whole date it stays in the form as typed, so the field shows it unchanged and the validator
 * below refuses it (a filter form sends nothing while a value is invalid).
 */
const toForm = (text: string): string | null => {
  if (text.trim() === '') return null;
  const parsed = parseDayFirstDate(text);
  return 'iso' in parsed ? parsed.iso : text;
};

const toText = (value: unknown): string => (value == null ? '' : isIsoDate(value) ? formatDate(value) : String(value));

const dayFirstDate: Validator = (value: unknown) => {
  if (value == null || value === '' || isIsoDate(value)) return undefined;
  const parsed = parseDayFirstDate(String(value));
  return 'refused' in parsed ? `klch.date.${parsed.refused}` : undefined;
};

const asList = (validate: TextInputProps['validate']): Validator[] => (validate == null ? [] : Array.isArray(validate) ? validate : [validate]);

/**
 * The project's date input: dd/mm/yyyy in both languages, stored as ISO yyyy-mm-dd. A text input
 * rather than the browser's date picker, which shows mm/dd/yyyy from the browser's locale and
 * corrupts day-first typing (see dayFirstDate.ts). An impossible day (29/02/2025) is refused
 * with a sentence, not silently moved.
 */
export const DateInput = ({ validate, helperText, ...props }: Omit<TextInputProps, 'format' | 'parse' | 'type'>) => (
  <TextInput
    {...props}
    format={toText}
    parse={toForm}
    validate={[dayFirstDate, ...asList(validate)]}
    helperText={helperText ?? 'klch.date.hint'}
    slotProps={{ htmlInput: { placeholder: 'dd/mm/yyyy', autoComplete: 'off', inputMode: 'text' } }}
  />
);
