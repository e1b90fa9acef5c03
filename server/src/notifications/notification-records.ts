import type { NotificationRecord } from '@klch/shared';
import type { Assert, SameKeys } from '../common/http/same-keys';
import type { NotificationEntity } from './notification.entity';

/** A notification row is its record, less whose it is (the reader knows: it is theirs). */
export function toNotificationRecord(row: NotificationEntity): NotificationRecord {
  const { userId: _whose, ...record } = row;
  return record;
}

export const toNotificationRecords = (_manager: unknown, rows: NotificationEntity[]) => rows.map(toNotificationRecord);

// The record is the row without userId: a column added to one and not the other fails here.
export type RowIsRecord = Assert<SameKeys<Omit<NotificationEntity, 'userId'>, NotificationRecord>>;
