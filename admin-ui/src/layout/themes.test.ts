import { PARTNERSHIP_STATUSES } from '@klch/shared';
import { createTheme, type Theme } from '@mui/material/styles';
import { describe, expect, it } from 'vitest';
import { STATUS_COLOURS } from '../common/statusColours';
import { contrastRatio, over, parseColour } from './contrast';
import { DARK_COLOURS, LIGHT_COLOURS } from './themeColours';
import { darkTheme, lightTheme } from './themes';

// WCAG 2.1 AA: 4.5:1 for text (chips and buttons are small text), 3:1 for a focus ring.
const AA_TEXT = 4.5;
const AA_NON_TEXT = 3;
const PALETTE_COLOURS = ['primary', 'secondary', 'error', 'warning', 'info', 'success'] as const;

const themes = [
  { name: 'light', options: lightTheme, colours: LIGHT_COLOURS },
  { name: 'dark', options: darkTheme, colours: DARK_COLOURS },
];

/** The backgrounds text sits on: the page, cards and dialogs, and the grey bar under a form (Save, Delete). */
function surfaces(theme: Theme, options: typeof lightTheme): Record<string, string> {
  const toolbar = options.components?.RaToolbar?.styleOverrides?.root?.backgroundColor as string;
  return { page: theme.palette.background.default, paper: theme.palette.background.paper, formToolbar: toolbar };
}

/** A chip's text and background as MUI draws it: `default` is text.primary on action.selected over the paper. */
function chipPair(theme: Theme, colour: string): [string, string] {
  if (colour === 'default') return [theme.palette.text.primary, over(theme.palette.action.selected, theme.palette.background.paper)];
  const palette = theme.palette[colour as (typeof PALETTE_COLOURS)[number]];
  return [palette.contrastText, palette.main];
}

describe('contrast', () => {
  it('measures what WCAG defines: black on white is 21:1, a colour on itself 1:1', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1b3a6b', '#1b3a6b')).toBe(1);
  });

  it("finds the old theme's failures (white on react-admin's #2196f3 app bar is 3.12:1)", () => {
    expect(contrastRatio('#fff', '#2196f3')).toBeCloseTo(3.12, 2);
    expect(contrastRatio('#fff', '#2196f3')).toBeLessThan(AA_TEXT);
  });

  it('composites translucent colours over the background before measuring', () => {
    expect(over('rgba(0, 0, 0, 0.5)', '#ffffff')).toBe('rgb(128, 128, 128)');
    expect(parseColour('rgba(0, 0, 0, 0.87)')).toEqual({ r: 0, g: 0, b: 0, a: 0.87 });
  });

  it('refuses a colour it cannot read rather than passing it', () => {
    expect(() => parseColour('hsl(0, 0%, 0%)')).toThrow(/Not a colour/);
  });
});

/** Every pair under the minimum, named, so a failure says which colour on which background. */
function under(minimum: number, pairs: Array<[string, string, string]>): string[] {
  return pairs
    .map(([what, a, b]) => ({ what, ratio: contrastRatio(a, b) }))
    .filter(({ ratio }) => ratio < minimum)
    .map(({ what, ratio }) => `${what}: ${ratio.toFixed(2)}:1`);
}

describe.each(themes)('the $name theme', ({ options, colours }) => {
  const theme = createTheme(options);
  const where = Object.entries(surfaces(theme, options));

  it('has every status chip at AA: its label on its colour', () => {
    const pairs = PARTNERSHIP_STATUSES.map((status): [string, string, string] => [status, ...chipPair(theme, STATUS_COLOURS[status])]);
    expect(under(AA_TEXT, pairs)).toEqual([]);
  });

  it('has every palette colour at AA as a filled chip or button, also in its hover shade, and the grey default chip', () => {
    const pairs = PALETTE_COLOURS.flatMap((colour): Array<[string, string, string]> => {
      const palette = theme.palette[colour];
      return [
        [colour, palette.contrastText, palette.main],
        [`${colour} hover`, palette.contrastText, palette.dark],
      ];
    });
    expect(under(AA_TEXT, [...pairs, ['default', ...chipPair(theme, 'default')]])).toEqual([]);
  });

  it('has links, text buttons and outlined chips at AA on the page, cards and the form toolbar', () => {
    const pairs = where.flatMap(([surface, background]) =>
      PALETTE_COLOURS.map((colour): [string, string, string] => [`${colour} on ${surface}`, theme.palette[colour].main, background]),
    );
    expect(under(AA_TEXT, pairs)).toEqual([]);
  });

  it('has body and secondary text at AA on every surface', () => {
    const pairs = where.flatMap(([surface, background]): Array<[string, string, string]> => [
      [`text on ${surface}`, over(theme.palette.text.primary, background), background],
      [`secondary text on ${surface}`, over(theme.palette.text.secondary, background), background],
    ]);
    expect(under(AA_TEXT, pairs)).toEqual([]);
  });

  it('draws the app bar in the primary colour, its text at AA', () => {
    expect(options.components?.RaAppBar?.defaultProps?.color).toBe('primary');
    expect(under(AA_TEXT, [['app bar', theme.palette.primary.contrastText, theme.palette.primary.main]])).toEqual([]);
  });

  it('draws a focus ring of at least 3:1 on every surface and inside the app bar', () => {
    const pairs = where.map(([surface, background]): [string, string, string] => [`ring on ${surface}`, colours.focusRing, background]);
    expect(under(AA_NON_TEXT, [...pairs, ['ring in the app bar', colours.appBarFocusRing, theme.palette.primary.main]])).toEqual([]);
  });

  it('keeps the note under a disabled field readable (MUI greys it to 2.7:1)', () => {
    const helperText = options.components?.MuiFormHelperText?.styleOverrides?.root as (props: { theme: Theme }) => Record<string, { color: string }>;
    const colour = helperText({ theme })['&.Mui-disabled'].color;
    const pairs = where.map(([surface, background]): [string, string, string] => [
      `disabled helper text on ${surface}`,
      over(colour, background),
      background,
    ]);
    expect(under(AA_TEXT, pairs)).toEqual([]);
  });

  it('makes every list row focusable and opens it with the keyboard', () => {
    const rowProps = options.components?.RaDataTableRow?.defaultProps;
    expect(rowProps?.tabIndex).toBe(0);
    expect(typeof rowProps?.onKeyDown).toBe('function');
  });
});
