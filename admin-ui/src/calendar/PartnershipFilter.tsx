import type { PartnershipRecord } from '@klch/shared';
import { Autocomplete, TextField } from '@mui/material';
import { useState } from 'react';
import { useGetList, useGetOne, useLocaleState, useTranslate } from 'react-admin';
import { titleIn } from '../common/partnershipTitle';

type Option = Pick<PartnershipRecord, 'id' | 'code' | 'title' | 'titleMs'>;

/**
 * Pick one partnership, searched as the partnership list searches (`q`: codes, titles, partners),
 * 20 suggestions at a time. The chosen one is read by id, so an address naming it shows its name.
 */
export const PartnershipFilter = ({ value, onChange }: { value?: number; onChange: (id: number | undefined) => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [search, setSearch] = useState('');
  const { data: options = [], isPending } = useGetList<Option>('partnerships', {
    pagination: { page: 1, perPage: 20 },
    sort: { field: 'title', order: 'ASC' },
    filter: search.trim() ? { q: search.trim() } : {},
  });
  const { data: chosen } = useGetOne<Option>('partnerships', { id: value! }, { enabled: value !== undefined });
  const label = (option: Option) => `${option.code} ${titleIn(locale, option)}`;
  return (
    <Autocomplete<Option>
      size="small"
      sx={{ width: 420, maxWidth: '100%' }}
      options={options}
      loading={isPending}
      value={value !== undefined ? (chosen ?? null) : null}
      onChange={(_, option) => onChange(option?.id)}
      onInputChange={(_, text, reason) => reason === 'input' && setSearch(text)}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      getOptionLabel={label}
      // The server searches; the browser does not filter its answer again.
      filterOptions={(all) => all}
      renderInput={(params) => (
        <TextField
          {...params}
          margin="none"
          label={translate('klch.calendar.filters.partnership')}
          placeholder={translate('klch.calendar.filters.partnershipSearch')}
        />
      )}
    />
  );
};
