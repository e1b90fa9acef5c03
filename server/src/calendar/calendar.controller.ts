import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type CalendarRecord, MAX_CALENDAR_DAYS } from '@klch/shared';
import { ApiAccessErrors } from '../access/api-access-errors.decorator';
import { Allow } from '../access/policy.decorator';
import { ApiBadRequest } from '../common/http/api-errors.decorator';
import { CalendarService } from './calendar.service';
import { CalendarIcsQueryDto, CalendarQueryDto } from './dto/calendar-query.dto';
import { CalendarResponse } from './dto/calendar.response';

const BAD_QUERY = () =>
  ApiBadRequest(
    'query',
    `A malformed date, id or kind, an unknown parameter, a \`to\` before \`from\`, or a range longer than ${MAX_CALENDAR_DAYS} days: \`errors\` names the parameter.`,
    'Please correct this field: from.',
    { from: 'from must be a date like 2024-06-30' },
  );

/**
 * The calendar of the register's dates, for whoever may list partnerships. Two addresses on one
 * controller (no common prefix: `/api/calendar` and `/api/calendar.ics`). The .ics is a download
 * with the same filters: subscribing from Outlook would need an address that works without the
 * session cookie, i.e. a secret in the URL, which this app does not hand out.
 */
@ApiTags('calendar')
@ApiCookieAuth()
@ApiBearerAuth()
@ApiAccessErrors()
@Controller()
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('calendar')
  @Allow('list', 'partnerships')
  @ApiOperation({
    summary: 'Milestones, expiries and review dates in a range of days',
    description:
      "Computed by the database. Archived partnerships and cancelled milestones are left out; done milestones stay. Dates are Kuala Lumpur's.",
  })
  @ApiOkResponse({ type: CalendarResponse })
  @BAD_QUERY()
  get(@Query() query: CalendarQueryDto): Promise<CalendarRecord> {
    return this.calendar.calendar(query);
  }

  @Get('calendar.ics')
  @Allow('list', 'partnerships')
  @ApiOperation({
    summary: 'The same calendar as an iCalendar file (RFC 5545), to import into Outlook or another calendar',
    description: 'One all-day event per entry, with a stable UID (`milestone-12@kl-partnerships`), so importing again updates the events.',
  })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'kl-partnerships.ics', content: { 'text/calendar': { schema: { type: 'string' } } } })
  @BAD_QUERY()
  async ics(@Query() query: CalendarIcsQueryDto, @Res() reply: FastifyReply): Promise<void> {
    const text = await this.calendar.ics(query, query.lang ?? 'en');
    await reply
      .header('Content-Type', 'text/calendar; charset=utf-8')
      .header('Content-Disposition', 'attachment; filename="kl-partnerships.ics"')
      .send(text);
  }
}
