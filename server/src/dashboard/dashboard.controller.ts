import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DashboardRecord } from '@klch/shared';
import { CurrentUser } from '../access/actor.decorator';
import { ApiAccessErrors } from '../access/api-access-errors.decorator';
import { Allow } from '../access/policy.decorator';
import type { SessionUser } from '../access/session-user';
import { DashboardService } from './dashboard.service';
import { DashboardResponse } from './dto/dashboard.response';

/** The landing page's data. Anyone who may list partnerships sees it; what it holds follows the role. */
@ApiTags('dashboard')
@ApiAccessErrors()
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @Allow('list', 'partnerships')
  @ApiOperation({
    summary: 'The dashboard: counts of the register and what needs attention today',
    description:
      "Counted by the database. Each attention group gives its count, its first records and the list that holds exactly them (`link`: resource, filter, sort), so a card opens a shareable list. Dates are Kuala Lumpur's.",
  })
  @ApiOkResponse({ type: DashboardResponse })
  get(@CurrentUser() user: SessionUser): Promise<DashboardRecord> {
    return this.dashboard.dashboard({ id: user.id, role: user.role });
  }
}
