import { type DynamicModule, Global, Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import { AccessModule } from './access/access.module';
import { AuditModule } from './audit/audit.module';
import { AuditEventsModule } from './audit-events';
import { AuthModule } from './auth';
import { CalendarModule } from './calendar';
import { DashboardModule } from './dashboard';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { DatabaseModule } from './database/database.module';
import { DocumentsModule } from './documents';
import { HealthModule } from './health';
import { MilestonesModule } from './milestones';
import { NotificationsModule } from './notifications';
import { OrganisationsModule } from './organisations';
import { RemindersModule } from './reminders';
import { PartnershipsModule } from './partnerships';
import { SdgTargetsModule } from './sdg-targets';
import { StatusRequestsModule } from './status-requests';
import { UsersModule } from './users';
import { DEV_REQUEST_LOG, devLogStream } from './startup/dev-log-format';

@Global()
@Module({})
class ConfigHolderModule {
  static with(config: AppConfig): DynamicModule {
    return { module: ConfigHolderModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}

/**
 * Production logs JSON lines, for a log collector. Outside production a developer reads a terminal:
 * one short line per request (startup/dev-log-format.ts).
 */
function requestLogging(config: AppConfig): Options | [Options, DestinationStream] {
  const options: Options = {
    level: config.logLevel,
    // The request id is fastify's (taken from X-Request-Id when sane), so logs and audit events match.
    genReqId: (request) => (request as { id?: string }).id ?? '',
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    customProps: () => ({ app: 'klch' }),
  };
  return config.production ? options : [{ ...options, ...DEV_REQUEST_LOG }, devLogStream()];
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
          pinoHttp: requestLogging(config),
        }),
        // The core: the data source, the audit trail, and the guard on every route.
        DatabaseModule,
        AuditModule,
        AccessModule,
        // The features, one folder each.
        AuthModule,
        HealthModule,
        UsersModule,
        OrganisationsModule,
        PartnershipsModule,
        SdgTargetsModule,
        MilestonesModule,
        DocumentsModule,
        StatusRequestsModule,
        AuditEventsModule,
        DashboardModule,
        CalendarModule,
        NotificationsModule,
        RemindersModule,
      ],
    };
  }
}
