import { Get, Param, Query, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { SdgTargetRecord } from '@klch/shared';
import { Allow } from '../access/policy.decorator';
import { ResourceController } from '../access/resource-controller.decorator';
import { ListRoute } from '../access/resource-routes.decorator';
import { errorBody, errorExamples } from '../common/http/api-errors.decorator';
import { ErrorResponse } from '../common/http/error-response';
import { sendList } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { SdgTargetResponse } from './dto/sdg-target.response';
import { SDG_TARGET_LIST } from './sdg-target-query';
import { SdgTargetsService } from './sdg-targets.service';

/** The 169 SDG targets: read-only reference data (the id is the code, e.g. "17.16"). */
@ResourceController('sdg-targets')
export class SdgTargetsController {
  constructor(private readonly targets: SdgTargetsService) {}

  @ListRoute(SDG_TARGET_LIST, SdgTargetResponse, {
    filterExample: { goal: 17 },
    filterNotes: '`q` matches the start of a code (`17.1` finds 17.1 to 17.19) or words of the title.',
  })
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<SdgTargetRecord[]> {
    return sendList(reply, 'sdg-targets', await this.targets.list(query));
  }

  @Get(':id')
  @Allow('show', 'sdg-targets')
  @ApiOperation({ summary: 'Read one SDG target by its code' })
  @ApiParam({ name: 'id', type: String, description: "The target's code.", example: '17.16' })
  @ApiOkResponse({ type: SdgTargetResponse })
  @ApiNotFoundResponse({
    type: ErrorResponse,
    description: 'There is no target with this code.',
    ...errorExamples('missing', 'No such code', errorBody(404, 'There is no SDG target 17.99.')),
  })
  getOne(@Param('id') code: string): Promise<SdgTargetRecord> {
    return this.targets.getOne(code);
  }
}
