import { ApiProperty } from '@nestjs/swagger';
import type { SessionRecord } from '@klch/shared';
import type { Assert, SameKeys } from '../../common/http/same-keys';

/** For the API docs only: shared's SessionRecord, one of the user's open sessions. */
export class SessionResponse implements SessionRecord {
  @ApiProperty({ type: 'integer', example: 12 })
  id: number;

  @ApiProperty({ type: String, description: 'The browser and system, read from the User-Agent and client hints.', example: 'Chromium on Linux' })
  device: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The User-Agent sent at sign-in (up to 500 characters).',
    example: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  })
  userAgent: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The address the sign-in came from.', example: '10.1.2.3' })
  ip: string | null;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-27T08:15:00.000Z' })
  signedInAt: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    description: 'The last request made with it, to the minute: it is written at most once a minute.',
    example: '2026-11-27T10:42:00.000Z',
  })
  lastSeenAt: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    description: 'When it ends by itself (SESSION_HOURS after sign-in).',
    example: '2026-11-27T16:15:00.000Z',
  })
  expiresAt: string;

  @ApiProperty({ type: Boolean, description: 'The session this request was made with.', example: true })
  current: boolean;
}

export type SessionResponseIsExact = Assert<SameKeys<SessionResponse, SessionRecord>>;

/** For the API docs only: the answer to sign out everywhere. */
export class SignedOutEverywhereResponse {
  @ApiProperty({ type: String, example: 'Signed out everywhere: 3 sessions ended.' })
  message: string;

  @ApiProperty({ type: 'integer', description: 'How many open sessions ended, this one included.', example: 3 })
  ended: number;
}
