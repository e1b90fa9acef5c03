import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StatusHistoryRecord } from '@klch/shared';
import { Allow } from '../auth/policy.decorator';
import { ApiAccessErrors, ApiIdErrors } from '../common/http/api-errors.decorator';
import { IdParam } from '../common/http/id-param';
import { StatusRequestsService } from './status-requests.service';

/** A partnership's status history, beside the partnership's own routes. */
@ApiTags('partnerships')
@ApiCookieAuth()
@ApiBearerAuth()
@ApiAccessErrors()
@Controller('partnerships')
export class StatusHistoryController {
  constructor(private readonly requests: StatusRequestsService) {}

  @Get(':id/status-history')
  @Allow('show', 'partnerships')
  @ApiOperation({ summary: 'Every applied status change of a partnership, oldest first: who requested, who decided, when, why.' })
  @ApiIdErrors('partnership', 'Partnership 999 does not exist.')
  history(@IdParam() id: number): Promise<StatusHistoryRecord[]> {
    return this.requests.history(id);
  }
}
