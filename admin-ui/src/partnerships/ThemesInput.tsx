import { SUGGESTED_THEMES } from '@klch/shared';
import { Chip } from '@mui/material';
import { useCallback } from 'react';
import { TextArrayInput, useTranslate, type TextArrayInputProps } from 'react-admin';
import { vocabularyKey } from '../common/choices';

/**
 * Themes are free text (officers add new ones) with the shared suggestions offered first.
 * Values are stored as typed or as the suggestion's code; labels are translated when known.
 */
export const ThemesInput = (props: Omit<TextArrayInputProps, 'source'> & { source?: string }) => {
  const translate = useTranslate();
  const label = useCallback((theme: string) => translate(vocabularyKey('theme', theme), { _: theme }), [translate]);
  return (
    <TextArrayInput
      source="themes"
      options={[...SUGGESTED_THEMES]}
      getOptionLabel={label}
      filterSelectedOptions
      renderValue={(value: readonly string[], getItemProps) =>
        value.map((theme, index) => {
          const { key, ...chipProps } = getItemProps({ index });
          return <Chip key={key} size="small" label={label(theme)} {...chipProps} />;
        })
      }
      helperText="resources.partnerships.helper.themes"
      {...props}
    />
  );
};
