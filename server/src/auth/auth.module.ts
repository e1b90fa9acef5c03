import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JWT_SECRET, resolveJwtSecret } from './jwt-secret';
import { JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { LoginIpThrottleEntity } from './login-ip-throttle.entity';
import { LoginIpThrottleGuard } from './login-ip-throttle.guard';
import { LoginThrottleEntity } from './login-throttle.entity';
import { SessionsController } from './sessions.controller';
import { SessionEntity } from './sessions/session.entity';
import { SessionsService } from './sessions/sessions.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([LoginThrottleEntity, LoginIpThrottleEntity, SessionEntity]),
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG, JWT_SECRET],
      extraProviders: [{ provide: JWT_SECRET, inject: [APP_CONFIG], useFactory: resolveJwtSecret }],
      useFactory: (config: AppConfig, secret: string) => ({
        secret,
        signOptions: { algorithm: 'HS256', expiresIn: `${config.sessionHours}h` },
      }),
    }),
  ],
  controllers: [AuthController, SessionsController],
  providers: [
    { provide: JWT_SECRET, inject: [APP_CONFIG], useFactory: resolveJwtSecret },
    AuthService,
    SessionsService,
    LocalStrategy,
    JwtStrategy,
    LoginIpThrottleGuard,
  ],
})
export class AuthModule {}
