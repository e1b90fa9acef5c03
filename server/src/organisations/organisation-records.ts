import type { OrganisationRecord } from '@klch/shared';
import type { Assert, SameKeys } from '../common/http/same-keys';
import type { OrganisationEntity } from './organisation.entity';

/** An organisation as the API answers it: its row, every column of which is a field of the record. */
export const toOrganisationRecord = (row: OrganisationEntity): OrganisationRecord => ({ ...row });

export type OrganisationRecordIsTheRow = Assert<SameKeys<OrganisationEntity, OrganisationRecord>>;
