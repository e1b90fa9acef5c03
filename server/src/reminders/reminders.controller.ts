import { HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { ReminderRunResult } from '@klch/shared';
import { CurrentActor } from '../access/actor.decorator';
import { Allow } from '../access/policy.decorator';
import { ResourceController } from '../access/resource-controller.decorator';
import type { Actor } from '../audit/actor';
import { ReminderRunResponse } from './dto/reminder-run.response';
import { RemindersService } from './reminders.service';

@ResourceController('reminders')
export class RemindersController {
  constructor(private readonly reminders: RemindersService) {}

  @Post('run')
  @HttpCode(200)
  @Allow('create', 'reminders')
  @ApiOperation({
    summary: 'Send the reminders due now (they also run daily by themselves)',
    description: 'Each reminder goes once per record, threshold and person: running it again sends only what became due since.',
  })
  @ApiOkResponse({ type: ReminderRunResponse })
  run(@CurrentActor() actor: Actor): Promise<ReminderRunResult> {
    return this.reminders.run(actor);
  }
}
