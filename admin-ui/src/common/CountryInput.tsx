import { AutocompleteInput, type AutocompleteInputProps } from 'react-admin';
import { useCountryChoices } from './useCountryChoices';

/**
 * A country picker that stores the ISO alpha-2 code. Typing either the name ("China") or the
 * code ("CN") finds it, because each choice reads "China (CN)".
 */
export const CountryInput = (props: Omit<AutocompleteInputProps, 'choices'>) => {
  const choices = useCountryChoices();
  return <AutocompleteInput choices={choices} translateChoice={false} {...props} />;
};
