import type { FieldProps } from 'react-admin';

/**
 * Props of our custom fields: react-admin's Labeled and DataTable read `source` and `label`
 * from the element, but the field itself knows what it shows, so `source` is optional.
 */
export interface CustomFieldProps {
  source?: string;
  label?: FieldProps['label'];
}
