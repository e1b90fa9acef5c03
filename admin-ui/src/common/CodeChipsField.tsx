import { Chip, Stack } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import type { VocabularyLabels } from './vocabularyLabels';
import { vocabularyKey } from './choices';
import { EmptyText } from './EmptyText';

interface CodeChipsFieldProps extends FieldProps {
  group: keyof VocabularyLabels;
  emptyText?: string;
}

/**
 * An array of vocabulary codes as translated chips. A code without a label (a free-text theme)
 * is shown as typed.
 */
export const CodeChipsField = ({ group, emptyText, ...props }: CodeChipsFieldProps) => {
  const value = useFieldValue(props);
  const translate = useTranslate();
  const codes: string[] = Array.isArray(value) ? value : [];
  if (codes.length === 0) return emptyText ? <EmptyText message={emptyText} /> : null;
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
      {codes.map((code) => (
        <Chip key={code} size="small" label={translate(vocabularyKey(group, code), { _: code })} />
      ))}
    </Stack>
  );
};
