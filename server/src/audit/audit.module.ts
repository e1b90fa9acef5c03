import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditChainHeadEntity } from './audit-chain-head.entity';
import { AuditEventEntity } from './audit-event.entity';
import { AuditService } from './audit.service';

/** Global: every feature that writes appends to the trail through the one AuditService. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity, AuditChainHeadEntity])],
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditModule {}
