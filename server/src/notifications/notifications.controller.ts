import { Body, Get, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { NotificationPreferences, NotificationRecord } from '@klch/shared';
import { CurrentActor } from '../access/actor.decorator';
import { Allow } from '../access/policy.decorator';
import { ResourceController } from '../access/resource-controller.decorator';
import { ListRoute, ShowRoute } from '../access/resource-routes.decorator';
import type { Actor } from '../audit/actor';
import { forbidden } from '../common/errors/http-errors';
import { ApiBodyErrors, ApiIdErrors } from '../common/http/api-errors.decorator';
import { IdParam } from '../common/http/id-param';
import { sendList } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { MarkedReadResponse } from './dto/marked-read.response';
import { NotificationPreferencesDto } from './dto/notification-preferences.dto';
import { NotificationResponse } from './dto/notification.response';
import { NOTIFICATION_LIST } from './notification-query';
import { NotificationsService } from './notifications.service';
import { msg } from '../common/i18n/message';

const LABEL = 'notification';

/** Only a signed-in account has notifications; the guard has already required one. */
function own(actor: Actor): Actor & { id: number } {
  if (actor.id === null) throw forbidden(msg('notifications.signedInOnly'));
  return actor as Actor & { id: number };
}

/** The signed-in user's own notifications: nobody reads or marks another's (theirs answer 404). */
@ResourceController('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @ListRoute(NOTIFICATION_LIST, NotificationResponse, {
    summary: 'Your notifications, newest first; the bell\'s count is filter={"unread":true} (Content-Range\'s total).',
    filterExample: { unread: true },
  })
  async list(
    @Query() query: RawListQuery,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<NotificationRecord[]> {
    return sendList(reply, 'notifications', await this.notifications.list(query, own(actor).id));
  }

  @Get('preferences')
  @Allow('list', 'notifications')
  @ApiOperation({ summary: 'Which kinds of notification you also get by email (in the app you get every kind).' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  preferences(@CurrentActor() actor: Actor): Promise<NotificationPreferences> {
    return this.notifications.preferences(own(actor).id);
  }

  @Put('preferences')
  @Allow('edit', 'notifications')
  @ApiOperation({ summary: 'Choose which kinds you get by email; an empty list for none.' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  @ApiBodyErrors({ emailKinds: 'each of emailKinds must be one of: request_decided, …' })
  setPreferences(@Body() body: NotificationPreferencesDto, @CurrentActor() actor: Actor): Promise<NotificationPreferences> {
    return this.notifications.setPreferences(body.emailKinds, own(actor));
  }

  @Post('read-all')
  @HttpCode(200)
  @Allow('edit', 'notifications')
  @ApiOperation({ summary: 'Mark all your unread notifications read.' })
  @ApiOkResponse({ type: MarkedReadResponse })
  markAllRead(@CurrentActor() actor: Actor): Promise<{ marked: number }> {
    return this.notifications.markAllRead(own(actor));
  }

  @ShowRoute('notifications', NotificationResponse, LABEL, { summary: "One of your notifications (another user's answers 404)." })
  getOne(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<NotificationRecord> {
    return this.notifications.getOne(id, own(actor).id);
  }

  @Post(':id/read')
  @HttpCode(200)
  @Allow('edit', 'notifications')
  @ApiOperation({ summary: 'Mark one of your notifications read (again is harmless).' })
  @ApiOkResponse({ type: NotificationResponse })
  @ApiIdErrors(LABEL, 'Notification 999 does not exist.')
  markRead(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<NotificationRecord> {
    return this.notifications.markRead(id, own(actor));
  }
}
