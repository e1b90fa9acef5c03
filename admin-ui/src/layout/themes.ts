import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's themes, with dates written the Malaysian way (05/11/2019, day first) whatever
 * the browser's own locale: an officer in KL must not read 11/5 as the 11th of May.
 */
function withMalaysianDates(theme: RaThemeOptions): RaThemeOptions {
  return {
    ...theme,
    components: {
      ...theme.components,
      RaDateField: { defaultProps: { locales: 'en-MY' } },
    },
  };
}

export const lightTheme = withMalaysianDates(defaultLightTheme);
export const darkTheme = withMalaysianDates(defaultDarkTheme);
