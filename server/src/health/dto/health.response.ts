import { ApiProperty } from '@nestjs/swagger';

/** For the API docs only: GET /api/health when the database answers. */
export class HealthResponse {
  @ApiProperty({ enum: ['ok'], example: 'ok' })
  status: 'ok';

  @ApiProperty({ enum: ['sqlite', 'postgres'], description: 'Which database the server uses.', example: 'sqlite' })
  database: string;
}
