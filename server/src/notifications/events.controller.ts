import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LiveEvent } from '@klch/shared';
import { CurrentUser } from '../access/actor.decorator';
import { ApiAccessErrors } from '../access/api-access-errors.decorator';
import { SignedIn } from '../access/policy.decorator';
import type { SessionUser } from '../access/session-user';
import { LiveEvents } from './live-events';
import { NotificationsService } from './notifications.service';

/**
 * How long one stream stays open. Then it ends and the browser's EventSource reconnects through the
 * guard again: a session that was ended or a role that changed stops receiving within this time.
 */
export const STREAM_SECONDS = 120;
/** A comment line this often keeps proxies from closing a quiet stream. */
const HEARTBEAT_SECONDS = 25;

/**
 * GET /api/events: Server-Sent Events for the signed-in user's open pages. First the unread count,
 * then `notifications` (the count changed) and `changed` (a record the user may read changed), as
 * they commit. A page refetches what it shows; no record's content travels here.
 */
@ApiTags('notifications')
@ApiCookieAuth()
@ApiAccessErrors()
@Controller('events')
export class EventsController {
  constructor(
    private readonly live: LiveEvents,
    private readonly notifications: NotificationsService,
  ) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Live updates (text/event-stream): your unread count and which records changed, as they happen.' })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description: 'A stream of `data: {json}` events: `{"type":"notifications","unread":3}`, `{"type":"changed","resource":"partnerships","id":"7"}`.',
    content: { 'text/event-stream': { schema: { type: 'string', example: 'retry: 3000\n\ndata: {"type":"notifications","unread":3}\n\n' } } },
  })
  async stream(@CurrentUser() user: SessionUser, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const unread = await this.notifications.unreadCount(user.id);
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      // nginx and others buffer responses by default: a buffered stream arrives all at once, at the end.
      'X-Accel-Buffering': 'no',
    });
    const send = (event: LiveEvent) => raw.write(`data: ${JSON.stringify(event)}\n\n`);
    let stop = () => undefined as unknown;
    const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_SECONDS * 1000);
    const end = () => {
      clearInterval(heartbeat);
      clearTimeout(lifetime);
      stop();
      if (!raw.writableEnded) raw.end();
    };
    const lifetime = setTimeout(end, STREAM_SECONDS * 1000);
    request.raw.on('close', end);
    raw.write('retry: 3000\n\n');
    send({ type: 'notifications', unread });
    stop = this.live.listen(user.id, user.role, send, end);
  }
}
