import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JWT_SECRET, resolveJwtSecret } from './jwt-secret';
import { JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { LoginThrottleEntity } from './login-throttle.entity';
import { SessionsController } from './sessions.controller';
import { SessionEntity } from './sessions/session.entity';
import { SessionsService } from './sessions/sessions.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([LoginThrottleEntity, SessionEntity]),
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG, JWT_SECRET],
      extraProviders: [{ provide: JWT_SECRET, inject: [APP_CONFIG], useFactory: resolveJwtSecret }],
      useFactory: (config: AppConfig, secret: string) => ({
        secret,
        signOptions: { algorithm: 'HS256', expiresIn: `${config.sessionHours}h` },
      }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      // Only the login route uses the ThrottlerGuard: sign-in attempts per IP per minute.
      useFactory: (config: AppConfig) => ({
        throttlers: [{ name: 'login', ttl: 60_000, limit: config.loginAttemptsPerMinute }],
        errorMessage: 'Too many sign-in attempts from your network address. Wait a minute, then try again.',
      }),
    }),
  ],
  controllers: [AuthController, SessionsController],
  providers: [{ provide: JWT_SECRET, inject: [APP_CONFIG], useFactory: resolveJwtSecret }, AuthService, SessionsService, LocalStrategy, JwtStrategy],
})
export class AuthModule {}
