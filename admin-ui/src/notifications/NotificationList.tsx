import type { NotificationRecord } from '@klch/shared';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import { Button, Chip } from '@mui/material';
import { DataTable, List, SelectInput, TopToolbar, useListContext, useRecordContext, useTranslate } from 'react-admin';
import { EmptyText } from '../common/EmptyText';
import { NotificationItem } from './NotificationItem';
import { useMarkAllRead, useOpenNotification } from './useOpenNotification';

const TextColumn = () => {
  const notification = useRecordContext<NotificationRecord>();
  return notification ? <NotificationItem notification={notification} /> : null;
};

const ReadColumn = () => {
  const notification = useRecordContext<NotificationRecord>();
  const translate = useTranslate();
  if (!notification) return null;
  const unread = notification.readAt === null;
  return (
    <Chip size="small" color={unread ? 'info' : 'default'} label={translate(unread ? 'klch.notifications.unread' : 'klch.notifications.read')} />
  );
};

const MarkAllReadButton = () => {
  const translate = useTranslate();
  const { total } = useListContext();
  const markAll = useMarkAllRead();
  return (
    <Button size="small" startIcon={<DoneAllIcon />} onClick={() => markAll.mutate()} disabled={markAll.isPending || !total}>
      {translate('klch.notifications.markAllRead')}
    </Button>
  );
};

/** Everyone's own notifications, newest first; opening one marks it read and goes to its partnership. */
export const NotificationList = () => {
  const translate = useTranslate();
  const open = useOpenNotification();
  const filters = [
    <SelectInput
      key="unread"
      source="unread"
      label="klch.notifications.unreadOnly"
      alwaysOn
      choices={[
        { id: true, name: translate('klch.notifications.unread') },
        { id: false, name: translate('klch.notifications.read') },
      ]}
    />,
  ];
  return (
    <List
      title={translate('klch.notifications.title')}
      filters={filters}
      sort={{ field: 'id', order: 'DESC' }}
      exporter={false}
      actions={
        <TopToolbar>
          <MarkAllReadButton />
        </TopToolbar>
      }
    >
      <DataTable
        bulkActionButtons={false}
        rowClick={(_id, _resource, record) => {
          open(record as NotificationRecord);
          return false;
        }}
        empty={<EmptyText message="klch.notifications.none" />}
      >
        <DataTable.Col source="text" disableSort field={TextColumn} />
        <DataTable.Col source="readAt" disableSort field={ReadColumn} />
      </DataTable>
    </List>
  );
};
