import { useLocaleState } from 'react-admin';
import { countryChoices, type CountryChoice } from './countries';

/** Country choices named in the language the user picked in the app bar. */
export function useCountryChoices(): CountryChoice[] {
  const [locale] = useLocaleState();
  return countryChoices(locale);
}
