import { Module } from '@nestjs/common';
import { DocumentStorage } from './document-storage';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { MultipartSetup } from './multipart-setup';

@Module({
  controllers: [DocumentsController],
  providers: [MultipartSetup, DocumentStorage, DocumentsService],
  exports: [DocumentsService],
})
export class DocumentsModule {}
