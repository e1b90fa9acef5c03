import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service';

/** Global: every feature that writes appends to the trail through the one AuditService. */
@Global()
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
