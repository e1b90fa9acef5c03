import type { Theme } from '@mui/material';
import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';
import { keyboardRowProps } from '../common/keyboardRows';
import { DARK_COLOURS, LIGHT_COLOURS, type ThemeColours } from './themeColours';

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

/**
 * DBKL's navy and gold, every text colour at WCAG AA (4.5:1; themes.test.ts measures each pair),
 * and what keyboard users need: a focus ring they can see on everything focusable, list rows
 * they can reach and open (keyboardRowProps).
 */
function withKlchIdentity(theme: RaThemeOptions, colours: ThemeColours): RaThemeOptions {
  const { palette, focusRing, appBarFocusRing, appBarAccent } = colours;
  const ring = (colour: string, offset: number) => ({ outline: `3px solid ${colour}`, outlineOffset: offset });
  return {
    ...theme,
    palette: { ...theme.palette, ...palette },
    components: {
      ...theme.components,
      MuiCssBaseline: {
        styleOverrides: {
          // MUI marks keyboard focus on buttons, checkboxes and switches with .Mui-focusVisible
          // (their own input is hidden), everything else with :focus-visible.
          '*:focus-visible, .Mui-focusVisible': ring(focusRing, 2),
          // Text inputs show focus with their own underline; an outline around it doubled it.
          'input:focus-visible, textarea:focus-visible': { outline: 'none' },
          // Inside the box, where a table or a menu's overflow would cut an outer ring off.
          'tr:focus-visible, .MuiMenuItem-root.Mui-focusVisible, .MuiTab-root.Mui-focusVisible': { outlineOffset: -3 },
          '.MuiAppBar-root :focus-visible, .MuiAppBar-root .Mui-focusVisible': { outlineColor: appBarFocusRing },
        },
      },
      // react-admin's app bar is `secondary` by default; ours is the navy, with a gold rule under it.
      RaAppBar: {
        defaultProps: { color: 'primary' },
        styleOverrides: { root: { borderBottom: `3px solid ${appBarAccent}` } },
      },
      RaDataTableRow: { defaultProps: keyboardRowProps },
      // The note under a field that cannot be changed says why ("set when the account is made"):
      // MUI greys it with the field to 2.7:1, but it is text to read, not the disabled control.
      MuiFormHelperText: {
        styleOverrides: { root: ({ theme: current }: { theme: Theme }) => ({ '&.Mui-disabled': { color: current.palette.text.secondary } }) },
      },
    },
  };
}

export const lightTheme = withMalaysianDates(withKlchIdentity(defaultLightTheme, LIGHT_COLOURS));
export const darkTheme = withMalaysianDates(withKlchIdentity(defaultDarkTheme, DARK_COLOURS));
