import { Controller, Delete, Get, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCookieAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DOCUMENT_CATEGORIES, DOCUMENT_TYPES, type DocumentRecord, MAX_DOCUMENT_BYTES } from '@klch/shared';
import type { Actor } from '../audit/actor';
import { CurrentActor } from '../auth/actor.decorator';
import { Allow } from '../auth/policy.decorator';
import { IdParam } from '../common/http/id-param';
import { sendList } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { DocumentsService } from './documents.service';
import { contentDisposition } from './file-names';
import { AcceptsMultipart } from './multipart-setup';

@ApiTags('documents')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get()
  @Allow('list', 'documents')
  @ApiOperation({ summary: 'Documents\' metadata, newest first. A partnership\'s: filter={"partnershipId":5}.' })
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<DocumentRecord[]> {
    return sendList(reply, 'documents', await this.documents.list(query));
  }

  @Get(':id')
  @Allow('show', 'documents')
  @ApiOperation({ summary: 'A document\'s metadata (the bytes: GET /api/documents/{id}/download).' })
  getOne(@IdParam() id: number): Promise<DocumentRecord> {
    return this.documents.getOne(id);
  }

  @Get(':id/download')
  @Allow('show', 'documents')
  @ApiOperation({ summary: 'The file, as an attachment with its original name. Every download is audited.' })
  @ApiProduces(...Object.values(DOCUMENT_TYPES))
  async download(@IdParam() id: number, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const { record, stream, size } = await this.documents.download(id, actor);
    void reply.header('Content-Type', record.contentType);
    void reply.header('Content-Disposition', contentDisposition(record.fileName));
    void reply.header('Content-Length', size);
    void reply.header('X-Content-Type-Options', 'nosniff');
    // Should a browser ever render it in place anyway, it gets no script and no origin.
    void reply.header('Content-Security-Policy', "default-src 'none'; sandbox");
    return new StreamableFile(stream);
  }

  @Post()
  @Allow('create', 'documents')
  @AcceptsMultipart()
  @ApiOperation({
    summary:
      `Upload one file to a partnership that is not archived: PDF, DOCX, XLSX, PNG or JPEG (checked by content), ` +
      `at most ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MB (413 beyond). 415 for another type, 422 when the name contradicts the content.`,
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['partnershipId', 'category', 'file'],
      properties: {
        partnershipId: { type: 'integer', example: 5 },
        category: { type: 'string', enum: [...DOCUMENT_CATEGORIES] },
        file: { type: 'string', format: 'binary' },
      },
    },
  })
  upload(@Req() request: FastifyRequest, @CurrentActor() actor: Actor): Promise<DocumentRecord> {
    return this.documents.upload(request, actor);
  }

  @Delete(':id')
  @Allow('delete', 'documents')
  @ApiOperation({ summary: 'Delete the document and answer it; its file goes too unless another document has the same content.' })
  remove(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<DocumentRecord> {
    return this.documents.remove(id, actor);
  }
}
