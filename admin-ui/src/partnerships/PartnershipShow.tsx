import type { PartnershipRecord } from '@klch/shared';
import { Box } from '@mui/material';
import { BooleanField, EditButton, Show, TabbedShowLayout, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { PartnershipAuditTab } from '../audit';
import { CodeChipsField } from '../common/CodeChipsField';
import { DemoDataNotice } from '../common/DemoDataNotice';
import { useRoleCan } from '../common/useRoleCan';
import { DocumentsTab } from '../documents';
import { MilestonesTab } from '../milestones';
import { PendingRequestBanner, RejectedRequestBanner, RequestStatusChangeButton, StatusHistoryTab } from '../status-requests';
import { ArchivedNotice } from './ArchivedNotice';
import { ArchiveButton } from './ArchiveButton';
import { PartiesField } from './PartiesField';
import { AS_OF_FIELDS } from './partnershipFields';
import { PartnershipSummary } from './PartnershipSummary';
import { SdgTargetsField } from './SdgTargetsField';
import { CalendarDateField } from '../common/CalendarDateField';
import { DateTimeField } from '../common/DateTimeField';
import { PartnershipPageTitle } from './PartnershipPageTitle';

/**
 * Every button hides itself for roles that may not use it (canAccess, shared with the server), and
 * an archived partnership is read-only: the server refuses its edits, so Edit is not offered.
 */
const PartnershipShowActions = () => {
  const record = useRecordContext<PartnershipRecord>();
  return (
    <TopToolbar>
      <RequestStatusChangeButton />
      {record && !record.archivedAt && <EditButton />}
      <ArchiveButton />
    </TopToolbar>
  );
};

/**
 * One tab per aspect of the partnership. Later work adds tabs here (milestones, documents,
 * status history, audit trail): each is one more <TabbedShowLayout.Tab> with its own path.
 */
export const PartnershipShow = () => {
  // The Audit tab (history, as-of view) is for roles that may read the trail: auditors, admins.
  const canReadAudit = useRoleCan('list', 'audit-events');
  return (
    <Show actions={<PartnershipShowActions />} title={<PartnershipPageTitle page="show" />}>
      <Box sx={{ px: 2, pt: 2 }}>
        <DemoDataNotice />
        <ArchivedNotice />
        <PendingRequestBanner />
        <RejectedRequestBanner />
      </Box>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.partnerships.tabs.summary">
          <PartnershipSummary label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.partnerships.tabs.parties" path="parties">
          <PartiesField label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.partnerships.tabs.goals" path="goals">
          <CodeChipsField source="themes" group="theme" emptyText="klch.empty.themes" />
          <SdgTargetsField source="sdgTargets" />
          <CodeChipsField source="alignment" group="alignment" emptyText="-" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.partnerships.tabs.dates" path="dates">
          <CalendarDateField source="proposedOn" emptyText="-" />
          <CalendarDateField source="signedOn" emptyText="-" />
          <CalendarDateField source="effectiveFrom" emptyText="-" />
          <CalendarDateField source="expiresOn" emptyText="-" />
          <CalendarDateField source="nextReviewOn" emptyText="-" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.milestones.tab" path="milestones">
          <MilestonesTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.documents.tab" path="documents">
          <DocumentsTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.status-requests.history.tab" path="status-history">
          <StatusHistoryTab />
        </TabbedShowLayout.Tab>
        {canReadAudit && (
          <TabbedShowLayout.Tab label="resources.audit-events.timeline.tab" path="audit">
            <PartnershipAuditTab label={false} asOfFields={AS_OF_FIELDS} />
          </TabbedShowLayout.Tab>
        )}
        <TabbedShowLayout.Tab label="resources.partnerships.tabs.record" path="record">
          {/* No version number: it is the server's bookkeeping for concurrent edits, not something a reader needs. */}
          <TextField source="code" />
          <DateTimeField source="createdAt" />
          <DateTimeField source="updatedAt" />
          <DateTimeField source="archivedAt" emptyText="-" />
          <BooleanField source="isDemoData" />
          <TextField source="demoNote" emptyText="-" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
};
