import { type DynamicModule, Global, Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AuditEventsModule } from './audit/audit-events.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { DatabaseModule } from './database/database.module';
import { DocumentsModule } from './documents/documents.module';
import { HealthModule } from './health/health.module';
import { MilestonesModule } from './milestones/milestones.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { PartnershipsModule } from './partnerships/partnerships.module';
import { SdgTargetsModule } from './sdg-targets/sdg-targets.module';
import { StatusRequestsModule } from './status-requests/status-requests.module';
import { UsersModule } from './users/users.module';

@Global()
@Module({})
class ConfigHolderModule {
  static with(config: AppConfig): DynamicModule {
    return { module: ConfigHolderModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}

@Module({})
export class AppModule {
  /** The whole app for a given configuration: main.ts passes the environment's, tests their own. */
  static with(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigHolderModule.with(config),
        LoggerModule.forRoot({
          // Nest 11's route syntax for "every path" (the library's default '*' only logs a warning).
          forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.logLevel,
            // The request id is fastify's (taken from X-Request-Id when sane), so logs and audit events match.
            genReqId: (request) => (request as { id?: string }).id ?? '',
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
            customProps: () => ({ app: 'klch' }),
          },
        }),
        DatabaseModule,
        AuditModule,
        AuditEventsModule,
        AuthModule,
        HealthModule,
        UsersModule,
        OrganisationsModule,
        PartnershipsModule,
        SdgTargetsModule,
        MilestonesModule,
        DocumentsModule,
        StatusRequestsModule,
      ],
    };
  }
}
