import { ApiProperty } from '@nestjs/swagger';

/**
 * For the API docs only: the body of POST /api/auth/login. LoginGuard and passport-local read
 * the body before any pipe runs, so this class is never validated or bound to a parameter; the
 * guard's own checks (both present, at most 200 characters) are what it describes.
 */
export class LoginDto {
  @ApiProperty({ type: String, minLength: 1, maxLength: 200, example: 'officer' })
  username: string;

  @ApiProperty({
    type: String,
    format: 'password',
    minLength: 1,
    maxLength: 200,
    description: 'A demo database prints its logins once, at its first start (or uses DEMO_PASSWORD).',
  })
  password: string;
}
