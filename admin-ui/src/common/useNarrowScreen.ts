import { type Theme, useMediaQuery } from '@mui/material';

/**
 * A phone's width (below MUI's `sm`, 600 px; a phone is about 390): lists show react-admin's
 * SimpleList there instead of a table that would scroll sideways.
 */
export function useNarrowScreen(): boolean {
  return useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
}
