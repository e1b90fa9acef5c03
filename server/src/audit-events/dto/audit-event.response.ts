import { ApiProperty } from '@nestjs/swagger';
import {
  AUDIT_ACTIONS,
  type AuditAction,
  type AuditActorRecord,
  type AuditEventRecord,
  type AuditEventView,
  type AuditNames,
  ROLES,
  type Role,
} from '@klch/shared';
import type { Assert, SameKeys } from '../../common/http/same-keys';

const HASH_EXAMPLE = '3f5a0c2e9b1d4e7f8a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f';

/** For the API docs only: shared's AuditEventRecord. */
export class AuditEventResponse implements AuditEventRecord {
  @ApiProperty({ type: 'integer', description: 'The sequence number: 1, 2, 3, … without gaps.', example: 42 })
  id: number;

  @ApiProperty({ type: String, format: 'date-time', example: '2025-06-30T08:15:00.000Z' })
  at: string;

  @ApiProperty({ type: 'integer', nullable: true, description: 'null for the system (migrations, demo data).', example: 2 })
  actorId: number | null;

  @ApiProperty({ type: String, nullable: true, description: 'The name when it happened.', example: 'Demo Officer' })
  actorName: string | null;

  @ApiProperty({ enum: [...ROLES], nullable: true, example: 'officer' })
  actorRole: Role | null;

  @ApiProperty({ enum: [...AUDIT_ACTIONS], description: 'What happened.', example: 'update' })
  action: AuditAction;

  @ApiProperty({ type: String, description: 'The resource, as the API names it.', example: 'partnerships' })
  entityType: string;

  @ApiProperty({ type: String, nullable: true, example: '4' })
  entityId: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', minItems: 2, maxItems: 2, items: {} },
    description: '`{ field: [before, after] }`; a creation has `before` null for every field.',
    example: { title: ['Old title', 'New title'] },
  })
  changes: Record<string, [unknown, unknown]>;

  @ApiProperty({ type: String, nullable: true, example: 'halted: COVID-19 outbreak' })
  reason: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The X-Request-Id of the request that wrote it.',
    example: '6c1b8c5e-2f0e-4a7e-9a55-0d7c3f1d2a11',
  })
  requestId: string | null;

  @ApiProperty({ type: String, description: "The previous event's hash (64 zeros for the first).", example: HASH_EXAMPLE })
  prevHash: string;

  @ApiProperty({ type: String, description: 'SHA-256 of prevHash followed by the canonical JSON of the event.', example: HASH_EXAMPLE })
  hash: string;
}

export type AuditEventResponseIsExact = Assert<SameKeys<AuditEventResponse, AuditEventRecord>>;

/** For the API docs only: shared's AuditEventView, an event as listed and shown. */
export class AuditEventViewResponse extends AuditEventResponse implements AuditEventView {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description:
      'The display names of the records the event names (its own and the ids in its changes), by `resource:id`. Not part of the hashed event; a deleted record has none.',
    example: { 'partnerships:4': 'Sister city nomination: Zhengzhou', 'users:2': 'Demo Manager', 'organisations:7': 'Zhengzhou City' },
  })
  names: AuditNames;
}

export type AuditEventViewResponseIsExact = Assert<SameKeys<AuditEventViewResponse, AuditEventView>>;

/** For the API docs only: shared's AuditActorRecord. */
export class AuditActorResponse implements AuditActorRecord {
  @ApiProperty({ type: 'integer', example: 2 })
  id: number;

  @ApiProperty({ type: String, example: 'Demo Manager' })
  fullName: string;

  @ApiProperty({ enum: [...ROLES], example: 'manager' })
  role: Role;
}

export type AuditActorResponseIsExact = Assert<SameKeys<AuditActorResponse, AuditActorRecord>>;
