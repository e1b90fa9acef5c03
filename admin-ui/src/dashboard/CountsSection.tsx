import type { DashboardRecord } from '@klch/shared';
import { Box } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { vocabularyKey } from '../common/choices';
import { countryName } from '../common/countries';
import { CountsCard } from './CountsCard';

/** The register in numbers: by status, category, partner's country and SDG target. Its own chunk (Dashboard loads it lazily). */
const CountsSection = ({ data, grid }: { data: DashboardRecord; grid: object }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Box sx={grid}>
      <CountsCard title="klch.dashboard.counts.byStatus" rows={data.byStatus} label={(key) => translate(vocabularyKey('status', key), { _: key })} />
      <CountsCard
        title="klch.dashboard.counts.byCategory"
        rows={data.byCategory}
        label={(key) => translate(vocabularyKey('category', key), { _: key })}
      />
      <CountsCard title="klch.dashboard.counts.byCountry" rows={data.byCountry} label={(key) => countryName(key, locale)} />
      <CountsCard
        title="klch.dashboard.counts.bySdgTarget"
        rows={data.bySdgTarget}
        label={(key) => translate('klch.dashboard.target', { code: key })}
      />
    </Box>
  );
};

export default CountsSection;
