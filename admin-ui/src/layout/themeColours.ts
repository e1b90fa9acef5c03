import type { PaletteOptions } from '@mui/material';

export interface ThemeColours {
  palette: PaletteOptions;
  /** The keyboard focus ring: at least 3:1 against the page (WCAG 1.4.11). */
  focusRing: string;
  /** The ring inside the app bar, where the page's ring would vanish into the navy. */
  appBarFocusRing: string;
  /** The gold rule under the app bar: decoration, no text on it. */
  appBarAccent: string;
}

const NAVY = '#1b3a6b';
const GOLD = '#f2c94c';

/**
 * Light: DBKL's deep navy for the app bar, buttons and links; every colour a chip, a button or a
 * link can take is dark enough that white text on it, and it as text on the page, reach 4.5:1.
 * The gold of the crest is too light for text on white: it is the accent under the app bar, and
 * `secondary` is its darker, antique shade.
 */
export const LIGHT_COLOURS: ThemeColours = {
  palette: {
    primary: { main: NAVY, contrastText: '#fff' },
    secondary: { main: '#7a5a00', contrastText: '#fff' },
    error: { main: '#b3261e', contrastText: '#fff' },
    warning: { main: '#8a4b00', contrastText: '#fff' },
    info: { main: '#0b57a4', contrastText: '#fff' },
    success: { main: '#1e6b34', contrastText: '#fff' },
  },
  focusRing: NAVY,
  appBarFocusRing: GOLD,
  appBarAccent: GOLD,
};

const INK = '#0a1a33';

/** Dark: the same hues made light enough for the dark page, with dark ink on the chips and buttons. */
export const DARK_COLOURS: ThemeColours = {
  palette: {
    primary: { main: '#9cc2ff', contrastText: INK },
    secondary: { main: GOLD, contrastText: INK },
    error: { main: '#ffb4ab', contrastText: INK },
    warning: { main: '#ffb951', contrastText: INK },
    info: { main: '#8fd3ff', contrastText: INK },
    success: { main: '#8fd19e', contrastText: INK },
  },
  focusRing: '#9cc2ff',
  // The dark theme's app bar is the light blue: its ring is the dark ink.
  appBarFocusRing: INK,
  appBarAccent: GOLD,
};
