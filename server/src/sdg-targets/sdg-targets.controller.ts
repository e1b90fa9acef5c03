import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { SdgTargetRecord } from '@klch/shared';
import { Allow } from '../auth/policy.decorator';
import { ApiAccessErrors } from '../common/http/api-errors.decorator';
import { ApiList } from '../common/http/api-list.decorator';
import { ErrorResponse } from '../common/http/error-response';
import { sendList } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { SdgTargetResponse } from './dto/sdg-target.response';
import { SDG_TARGET_LIST } from './sdg-target-query';
import { SdgTargetsService } from './sdg-targets.service';

/** The 169 SDG targets: read-only reference data (the id is the code, e.g. "17.16"). */
@ApiTags('sdg-targets')
@ApiCookieAuth()
@ApiBearerAuth()
@ApiAccessErrors()
@Controller('sdg-targets')
export class SdgTargetsController {
  constructor(private readonly targets: SdgTargetsService) {}

  @Get()
  @Allow('list', 'sdg-targets')
  @ApiOperation({ summary: 'List SDG targets (react-admin getList / getMany)' })
  @ApiList(SdgTargetResponse, SDG_TARGET_LIST, {
    filterExample: { goal: 17 },
    filterNotes: '`q` matches the start of a code (`17.1` finds 17.1 to 17.19) or words of the title.',
  })
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<SdgTargetRecord[]> {
    return sendList(reply, 'sdg-targets', await this.targets.list(query));
  }

  @Get(':id')
  @Allow('show', 'sdg-targets')
  @ApiOperation({ summary: 'Read one SDG target by its code' })
  @ApiParam({ name: 'id', type: String, description: 'The target\'s code.', example: '17.16' })
  @ApiOkResponse({ type: SdgTargetResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'There is no target with this code.', example: { statusCode: 404, message: 'There is no SDG target 17.99.' } })
  getOne(@Param('id') code: string): Promise<SdgTargetRecord> {
    return this.targets.getOne(code);
  }
}
