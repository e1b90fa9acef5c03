import { SearchInput, useTranslate, type SearchInputProps } from 'react-admin';

/**
 * react-admin's SearchInput shows "Search" only as a placeholder; the aria-label gives the
 * input an accessible name too, for screen readers and for tests that find inputs by label.
 */
export const QuickSearchInput = (props: SearchInputProps) => {
  const translate = useTranslate();
  return <SearchInput slotProps={{ htmlInput: { 'aria-label': translate('ra.action.search') } }} {...props} />;
};
