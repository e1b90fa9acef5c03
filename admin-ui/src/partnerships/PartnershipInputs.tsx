import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { CheckboxGroupInput, SelectInput, TextInput, required, useTranslate } from 'react-admin';
import { ALIGNMENT_CHOICES, CATEGORY_CHOICES, INSTRUMENT_CHOICES } from '../common/choices';
import { DateInput } from '../common/DateInput';
import { OwnerInput } from './OwnerInput';
import { PartiesInput } from './PartiesInput';
import { SdgTargetsInput } from './SdgTargetsInput';
import { ThemesInput } from './ThemesInput';

const Section = ({ label }: { label: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" sx={{ mt: 2, mb: 1, fontWeight: 500 }}>
      {translate(label)}
    </Typography>
  );
};

// react-admin inputs are full width; flex-basis lets two or three share a line on wide screens.
const Row = ({ children }: { children: ReactNode }) => (
  <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, width: '100%', '& > *': { flex: '1 1 220px' } }}>{children}</Box>
);

/**
 * The form body shared by create and edit. No code or status here: the server generates the
 * code, and status changes go through the approval workflow.
 */
export const PartnershipInputs = () => (
  <Box sx={{ width: '100%', maxWidth: 1000 }}>
    <TextInput source="title" validate={required()} fullWidth />
    <TextInput source="titleMs" fullWidth />
    <TextInput source="summary" multiline minRows={3} fullWidth />
    <Row>
      <SelectInput source="category" choices={CATEGORY_CHOICES} validate={required()} />
      <SelectInput source="instrument" choices={INSTRUMENT_CHOICES} validate={required()} />
      <TextInput source="leadDepartment" />
      <OwnerInput />
    </Row>

    <Section label="resources.partnerships.tabs.parties" />
    <PartiesInput />

    <Section label="resources.partnerships.tabs.goals" />
    <ThemesInput fullWidth />
    <SdgTargetsInput />
    <CheckboxGroupInput source="alignment" choices={ALIGNMENT_CHOICES} />

    <Section label="resources.partnerships.tabs.dates" />
    <Row>
      <DateInput source="proposedOn" />
      <DateInput source="signedOn" />
      <DateInput source="effectiveFrom" />
      <DateInput source="expiresOn" />
      <DateInput source="nextReviewOn" />
    </Row>
  </Box>
);
