import { ApiProperty } from '@nestjs/swagger';

export class MarkedReadResponse {
  @ApiProperty({ example: 4, description: 'How many notifications were unread and are now read.' })
  marked: number;
}
