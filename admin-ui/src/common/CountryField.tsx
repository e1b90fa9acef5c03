import { Typography } from '@mui/material';
import { useFieldValue, useLocaleState, type FieldProps } from 'react-admin';
import { countryName } from './countries';

/** Shows an ISO alpha-2 code as "China (CN)" in the user's language. */
export const CountryField = (props: FieldProps) => {
  const value = useFieldValue(props);
  const [locale] = useLocaleState();
  return (
    <Typography component="span" variant="body2">
      {countryName(typeof value === 'string' ? value : null, locale)}
    </Typography>
  );
};
