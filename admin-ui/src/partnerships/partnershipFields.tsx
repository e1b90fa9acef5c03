import { DateField, SelectField, TextField } from 'react-admin';
import { CATEGORY_CHOICES, INSTRUMENT_CHOICES } from '../common/choices';
import { StatusChip } from '../common/StatusChip';

/**
 * The fields that say what a partnership is, as an array of field elements: a show layout labels
 * each child, so the Summary tab and the Audit tab's "as of" view list them in one place.
 */
export const SUMMARY_FIELDS = [
  <TextField key="code" source="code" />,
  <TextField key="title" source="title" />,
  <TextField key="titleMs" source="titleMs" emptyText="-" />,
  <StatusChip key="status" source="status" />,
  <TextField key="statusReason" source="statusReason" emptyText="-" />,
  <SelectField key="category" source="category" choices={CATEGORY_CHOICES} />,
  <SelectField key="instrument" source="instrument" choices={INSTRUMENT_CHOICES} />,
  <TextField key="summary" source="summary" emptyText="-" sx={{ whiteSpace: 'pre-line' }} />,
  <TextField key="leadDepartment" source="leadDepartment" emptyText="-" />,
];

/** What the "as of" view shows of the past record: what it was, its dates, its bookkeeping. */
export const AS_OF_FIELDS = [
  ...SUMMARY_FIELDS,
  <DateField key="signedOn" source="signedOn" emptyText="-" />,
  <DateField key="effectiveFrom" source="effectiveFrom" emptyText="-" />,
  <DateField key="expiresOn" source="expiresOn" emptyText="-" />,
  <DateField key="nextReviewOn" source="nextReviewOn" emptyText="-" />,
  <DateField key="archivedAt" source="archivedAt" showTime emptyText="-" />,
  <TextField key="version" source="version" />,
  <DateField key="updatedAt" source="updatedAt" showTime />,
];
