import { Box, Grid, Stack } from '@mui/material';
import type { ReactElement } from 'react';
import { Labeled, SelectField, TextField } from 'react-admin';
import { CATEGORY_CHOICES, INSTRUMENT_CHOICES } from '../common/choices';
import type { CustomFieldProps } from '../common/fieldProps';
import { StatusChip } from '../common/StatusChip';
import { NextMilestoneField } from './NextMilestoneField';
import { PartiesField } from './PartiesField';
import { SdgTargetsField } from './SdgTargetsField';
import { CalendarDateField } from '../common/CalendarDateField';

const DATE_SOURCES = ['signedOn', 'effectiveFrom', 'expiresOn', 'nextReviewOn'] as const;

const Fields = ({ children }: { children: Array<ReactElement<{ source: string }>> }) => (
  <Stack spacing={1.5}>
    {children.map((child) => (
      <Labeled key={child.key ?? child.props.source}>{child}</Labeled>
    ))}
  </Stack>
);

/**
 * What a reader needs at a glance, on the page the partnership opens on: what it is, where it
 * stands, with whom, towards which SDG targets, who answers for it and what is next. The other
 * tabs keep the detail (every date, the milestones, the documents, the history).
 */
// `label={false}` where a show layout would label it: it labels its own fields.
export const PartnershipSummary = (_props: CustomFieldProps) => (
  <Grid container spacing={3} sx={{ width: '100%' }}>
    <Grid size={{ xs: 12, md: 6 }}>
      <Fields>
        {[
          <TextField key="title" source="title" />,
          <TextField key="titleMs" source="titleMs" emptyText="-" />,
          <StatusChip key="status" source="status" />,
          <TextField key="statusReason" source="statusReason" emptyText="-" />,
          <SelectField key="category" source="category" choices={CATEGORY_CHOICES} />,
          <SelectField key="instrument" source="instrument" choices={INSTRUMENT_CHOICES} />,
          <TextField key="ownerName" source="ownerName" emptyText="-" />,
          <TextField key="leadDepartment" source="leadDepartment" emptyText="-" />,
          <NextMilestoneField key="nextMilestone" source="nextMilestone" label="resources.partnerships.summary.nextMilestone" />,
        ]}
      </Fields>
    </Grid>
    <Grid size={{ xs: 12, md: 6 }}>
      <Stack spacing={1.5}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 4, rowGap: 1.5 }}>
          {DATE_SOURCES.map((source) => (
            <Labeled key={source}>
              <CalendarDateField source={source} emptyText="-" />
            </Labeled>
          ))}
        </Box>
        <Labeled label="resources.partnerships.fields.parties">
          <PartiesField />
        </Labeled>
        <Labeled label="resources.partnerships.fields.sdgTargets">
          <SdgTargetsField />
        </Labeled>
      </Stack>
    </Grid>
    <Grid size={12}>
      <Labeled>
        <TextField source="summary" emptyText="-" sx={{ whiteSpace: 'pre-line' }} />
      </Labeled>
    </Grid>
  </Grid>
);
