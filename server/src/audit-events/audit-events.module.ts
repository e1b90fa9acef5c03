import { Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/app-config';
import { AuditChainVerifier } from './audit-chain-verifier';
import { AuditEventsController } from './audit-events.controller';
import { AuditEventsService } from './audit-events.service';
import { AUDIT_HEAD_KEY, resolveAuditHeadKey } from './audit-head';

/** The trail's HTTP side (read, verify, head, export). Appending stays in the global AuditModule. */
@Module({
  controllers: [AuditEventsController],
  providers: [
    // Resolved at start: a production start without AUDIT_HEAD_KEY has already been refused by loadConfig.
    { provide: AUDIT_HEAD_KEY, inject: [APP_CONFIG], useFactory: resolveAuditHeadKey },
    AuditChainVerifier,
    AuditEventsService,
  ],
})
export class AuditEventsModule {}
