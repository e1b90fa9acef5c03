import { ApiProperty } from '@nestjs/swagger';
import type { UserRecord } from '@klch/shared';
import { UserResponse } from '../../users';

/** For the API docs only: the answer to a sign-in or a password change. */
export class LoginResponse {
  @ApiProperty({ type: () => UserResponse })
  user: UserRecord;

  @ApiProperty({
    type: String,
    description: 'The session token, also set as the httpOnly `klch_session` cookie: scripts send it as `Authorization: Bearer …`.',
    example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOjF9.signature',
  })
  accessToken: string;
}

/** For the API docs only: the signed-in user, as GET /api/auth/me answers. */
export class MeResponse {
  @ApiProperty({ type: () => UserResponse })
  user: UserRecord;
}

/** For the API docs only: an answer that is just a sentence. */
export class MessageResponse {
  @ApiProperty({ type: String, example: 'Signed out.' })
  message: string;
}
