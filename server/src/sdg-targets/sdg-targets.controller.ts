import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { SdgTargetRecord } from '@klch/shared';
import { Allow } from '../auth/policy.decorator';
import { sendList } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { SdgTargetsService } from './sdg-targets.service';

/** The 169 SDG targets: read-only reference data (the id is the code, e.g. "17.16"). */
@ApiTags('sdg-targets')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('sdg-targets')
export class SdgTargetsController {
  constructor(private readonly targets: SdgTargetsService) {}

  @Get()
  @Allow('list', 'sdg-targets')
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<SdgTargetRecord[]> {
    return sendList(reply, 'sdg-targets', await this.targets.list(query));
  }

  @Get(':id')
  @Allow('show', 'sdg-targets')
  getOne(@Param('id') code: string): Promise<SdgTargetRecord> {
    return this.targets.getOne(code);
  }
}
