import { SelectField, TextField } from 'react-admin';
import { CATEGORY_CHOICES, INSTRUMENT_CHOICES } from '../common/choices';
import { StatusChip } from '../common/StatusChip';
import { CalendarDateField } from '../common/CalendarDateField';
import { DateTimeField } from '../common/DateTimeField';

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
  <CalendarDateField key="signedOn" source="signedOn" emptyText="-" />,
  <CalendarDateField key="effectiveFrom" source="effectiveFrom" emptyText="-" />,
  <CalendarDateField key="expiresOn" source="expiresOn" emptyText="-" />,
  <CalendarDateField key="nextReviewOn" source="nextReviewOn" emptyText="-" />,
  <DateTimeField key="archivedAt" source="archivedAt" emptyText="-" />,
  <TextField key="version" source="version" />,
  <DateTimeField key="updatedAt" source="updatedAt" />,
];
