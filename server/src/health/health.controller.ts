import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Public } from '../access/policy.decorator';
import { errorBody, errorExamples } from '../common/http/api-errors.decorator';
import { ErrorResponse } from '../common/http/error-response';
import { HealthResponse } from './dto/health.response';
import { msg } from '../common/i18n/message';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** For load balancers and `docker compose`: 200 when the database answers, 503 when it does not. */
  @Get()
  @Public()
  @ApiOperation({ summary: 'Is the server up and its database reachable?' })
  @ApiOkResponse({ type: HealthResponse })
  @ApiServiceUnavailableResponse({
    type: ErrorResponse,
    description: 'The database does not answer.',
    ...errorExamples('database', 'No database', errorBody(503, 'The database is not reachable.')),
  })
  async health(): Promise<{ status: 'ok'; database: string }> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException({ message: msg('error.databaseDown') });
    }
    return { status: 'ok', database: this.dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite' };
  }
}
