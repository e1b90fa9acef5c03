import { Get, Query, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type AuditActorRecord, type AuditEventView, type ChainHead, READ_AND_SIGN_IN_ACTIONS, type VerifyResult } from '@klch/shared';
import { CurrentActor } from '../access/actor.decorator';
import { Allow } from '../access/policy.decorator';
import { ResourceController } from '../access/resource-controller.decorator';
import type { Actor } from '../audit/actor';
import { ApiBadRequest, ApiIdErrors, ApiRuleViolation } from '../common/http/api-errors.decorator';
import { ApiList } from '../common/http/api-list.decorator';
import { IdParam } from '../common/http/id-param';
import { sendList } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { AuditEventsService } from './audit-events.service';
import { AUDIT_EVENT_LIST } from './audit-query';
import { AuditActorResponse, AuditEventViewResponse } from './dto/audit-event.response';
import { ChainBrokenResponse, ChainHeadResponse, ChainIntactResponse } from './dto/chain.response';

/**
 * The audit trail for auditors and admins: list and show (each read is itself audited), verify the
 * hash chain, export a signed head, export the events as CSV or JSON Lines (audited).
 */
@ResourceController('audit-events')
@ApiExtraModels(ChainIntactResponse, ChainBrokenResponse)
export class AuditEventsController {
  constructor(private readonly events: AuditEventsService) {}

  @Get()
  @Allow('list', 'audit-events')
  @ApiOperation({
    summary: 'List audit events (react-admin getList / getMany)',
    description: 'Each call is itself recorded in the trail (`audit_read`, with the query in `reason`).',
  })
  @ApiList(AuditEventViewResponse, AUDIT_EVENT_LIST, {
    filterExample: { entityType: 'partnerships', entityId: '4', action: ['update', 'status_change'] },
    filterNotes:
      '`at_gte` / `at_lte` take an ISO timestamp (any offset) or a date (a lower bound is the start of that day, an upper bound its end, UTC). ' +
      "`partnershipId` selects a partnership's whole history: its own events and those of its milestones, documents and status-change requests. " +
      '`reads: false` leaves out reads and routine sign-ins (' +
      READ_AND_SIGN_IN_ACTIONS.join(', ') +
      '); `reads: true` selects only those.',
  })
  async list(@Query() query: RawListQuery, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): Promise<AuditEventView[]> {
    return sendList(reply, 'audit-events', await this.events.list(query, actor));
  }

  /** `{ valid: true, count, headHash }` or `{ valid: false, firstBadSeq, reason }`. */
  @Get('verify')
  @Allow('list', 'audit-events')
  @ApiOperation({
    summary: 'Verify the hash chain',
    description:
      'Walks every event in sequence order: ids 1..n without gaps, each prevHash is the previous hash, each hash recomputed, the last equals the chain head. ' +
      'With `seq`, `hash` and `signature` of a head exported earlier, also checks the trail still holds that event with that hash (detects deleted newest events).',
  })
  @ApiOkResponse({
    description: '`{ valid: true, count, headHash }` or `{ valid: false, firstBadSeq, reason }`.',
    schema: { oneOf: [{ $ref: getSchemaPath(ChainIntactResponse) }, { $ref: getSchemaPath(ChainBrokenResponse) }] },
  })
  @ApiBadRequest('head', 'Only some of seq, hash and signature, or one malformed.', '"hash" must be 64 lower-case hexadecimal characters.', {
    hash: '"hash" must be 64 lower-case hexadecimal characters.',
  })
  @ApiRuleViolation(
    'signature',
    'The signature does not match seq and hash.',
    "The head's signature does not match: it was not issued by this server, or its seq or hash was altered. Nothing was verified.",
    { signature: 'does not match seq and hash' },
  )
  @ApiQuery({ name: 'seq', required: false, description: 'seq of a head exported earlier from GET /api/audit-events/head' })
  @ApiQuery({ name: 'hash', required: false })
  @ApiQuery({ name: 'signature', required: false })
  verify(@Query() query: Record<string, unknown>): Promise<VerifyResult> {
    return this.events.verify(query);
  }

  /** The newest event's seq and hash, signed: keep it outside the system to detect a later truncation. */
  @Get('head')
  @Allow('export', 'audit-events')
  @ApiOperation({
    summary: 'The signed chain head',
    description: 'HMAC-SHA256 over `${seq}:${hash}` with a key kept outside the database. Store it; give it to verify later.',
  })
  @ApiOkResponse({ type: ChainHeadResponse })
  head(): Promise<ChainHead> {
    return this.events.head();
  }

  @Get('actors')
  @Allow('list', 'audit-events')
  @ApiOperation({
    summary: 'Everyone who can appear as an actor, by name (for the actor filter)',
    description: 'Id, full name and role of every account, by name. The trail names its actors already; its readers may not list users.',
  })
  @ApiOkResponse({ type: AuditActorResponse, isArray: true })
  actors(): Promise<AuditActorRecord[]> {
    return this.events.actors();
  }

  @Get('export')
  @Allow('export', 'audit-events')
  @ApiOperation({
    summary: 'Export audit events as CSV or JSON Lines (streamed, in sequence order)',
    description:
      'The export is itself recorded (`audit_export`) before it starts, and covers the trail up to that record. In CSV a text starting with = + - @ gets a leading apostrophe; JSON Lines keeps every value exactly.',
  })
  @ApiProduces('text/csv', 'application/x-ndjson')
  @ApiOkResponse({
    description: 'The events, streamed: CSV with a header row (`changes` as JSON in one column), or one JSON event per line.',
    content: {
      'text/csv': { schema: { type: 'string' } },
      'application/x-ndjson': { schema: { type: 'string', description: 'One AuditEvent object per line.' } },
    },
  })
  @ApiBadRequest('format', 'An unknown format, or a bad filter.', '"format" must be one of: csv, jsonl.', {
    format: '"format" must be one of: csv, jsonl.',
  })
  @ApiQuery({ name: 'format', required: false, enum: ['csv', 'jsonl'] })
  @ApiQuery({ name: 'filter', required: false, description: 'the same filter as the list, as JSON' })
  async export(@Query() query: Record<string, unknown>, @CurrentActor() actor: Actor, @Res() reply: FastifyReply): Promise<void> {
    const exported = await this.events.export(query, actor);
    await reply
      .header('Content-Type', exported.contentType)
      .header('Content-Disposition', `attachment; filename="${exported.fileName}"`)
      .send(exported.stream);
  }

  @Get(':id')
  @Allow('show', 'audit-events')
  @ApiOperation({ summary: 'Read one audit event', description: 'Recorded in the trail (`audit_read`).' })
  @ApiOkResponse({ type: AuditEventViewResponse })
  @ApiIdErrors('audit event', 'Audit event 999 does not exist.')
  getOne(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<AuditEventView> {
    return this.events.getOne(id, actor);
  }
}
