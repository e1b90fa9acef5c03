import type { CountRow } from '@klch/shared';
import { Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/**
 * One breakdown of the register (by status, category, country or SDG target) as labelled bars, the
 * largest first. `label` turns a key into what a person reads (a translated status, a country name).
 */
export const CountsCard = ({
  title,
  rows,
  label,
  limit = 10,
}: {
  title: string;
  rows: CountRow[];
  label: (key: string) => string;
  limit?: number;
}) => {
  const translate = useTranslate();
  const largest = rows[0]?.count ?? 0;
  return (
    <Card variant="outlined" data-testid={`counts-${title.split('.').pop()}`}>
      <CardContent>
        <Typography variant="subtitle1" component="h2" gutterBottom>
          {translate(title)}
        </Typography>
        {rows.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {translate('klch.dashboard.counts.none')}
          </Typography>
        )}
        <Stack spacing={0.5}>
          {rows.slice(0, limit).map((row) => (
            <div key={row.key}>
              <Stack direction="row" justifyContent="space-between">
                <Typography variant="body2">{label(row.key)}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {row.count.toLocaleString('en-MY')}
                </Typography>
              </Stack>
              <LinearProgress variant="determinate" value={largest ? (100 * row.count) / largest : 0} aria-hidden />
            </div>
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
};
