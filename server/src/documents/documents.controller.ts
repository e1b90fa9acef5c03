import { Get, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DOCUMENT_CATEGORIES, DOCUMENT_TYPES, type DocumentRecord, MAX_DOCUMENT_BYTES } from '@klch/shared';
import { CurrentActor } from '../access/actor.decorator';
import { Allow } from '../access/policy.decorator';
import { ResourceController } from '../access/resource-controller.decorator';
import { DeleteRoute, ListRoute, ShowRoute } from '../access/resource-routes.decorator';
import type { Actor } from '../audit/actor';
import { ApiBodyErrors, ApiIdErrors, ApiRuleViolation } from '../common/http/api-errors.decorator';
import { ErrorResponse } from '../common/http/error-response';
import { IdParam } from '../common/http/id-param';
import { sendList } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { DOCUMENT_LIST } from './document-query';
import { DocumentsService } from './documents.service';
import { DocumentResponse } from './dto/document.response';
import { contentDisposition } from './file-names';
import { AcceptsMultipart } from './multipart-setup';

@ResourceController('documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @ListRoute(DOCUMENT_LIST, DocumentResponse, {
    summary: "Documents' metadata, newest first",
    filterExample: { partnershipId: 5 },
    filterNotes: "A partnership's: `partnershipId`.",
  })
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<DocumentRecord[]> {
    return sendList(reply, 'documents', await this.documents.list(query));
  }

  @ShowRoute('documents', DocumentResponse, 'document', { summary: "A document's metadata (the bytes: GET /api/documents/{id}/download)" })
  getOne(@IdParam() id: number): Promise<DocumentRecord> {
    return this.documents.getOne(id);
  }

  @Get(':id/download')
  @Allow('show', 'documents')
  @ApiOperation({ summary: 'The file, as an attachment with its original name. Every download is audited.' })
  @ApiProduces(...Object.values(DOCUMENT_TYPES))
  @ApiOkResponse({
    description: 'The bytes, with `Content-Disposition: attachment` and the original name.',
    content: Object.fromEntries(Object.values(DOCUMENT_TYPES).map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
  })
  @ApiIdErrors('document', 'Document 999 does not exist.')
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
  @ApiCreatedResponse({ type: DocumentResponse, description: 'The new document.' })
  @ApiBodyErrors({ category: 'category is required', file: 'file is required: attach one file (PDF, DOCX, XLSX, PNG or JPEG) as the "file" part' })
  @ApiPayloadTooLargeResponse({ type: ErrorResponse, description: `Larger than ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MB: nothing is stored.` })
  @ApiUnsupportedMediaTypeResponse({
    type: ErrorResponse,
    description: 'Not multipart/form-data, or a file of a type that is not accepted (by content).',
  })
  @ApiRuleViolation(
    'partnership',
    'The partnership does not exist or is archived, or the name contradicts the content.',
    'Partnership 999 does not exist.',
    { partnershipId: 'partnership 999 does not exist' },
  )
  upload(@Req() request: FastifyRequest, @CurrentActor() actor: Actor): Promise<DocumentRecord> {
    return this.documents.upload(request, actor);
  }

  @DeleteRoute('documents', DocumentResponse, 'document', {
    summary: 'Delete a document',
    description: 'Erases the record (the audit trail keeps it); its file goes too unless another document has the same content.',
    answer: 'The document as it was before it was deleted.',
  })
  @ApiRuleViolation(
    'partnership',
    'The partnership is archived: its documents are read-only.',
    'Partnership KLCH-IR-2021-002 is archived: its documents can no longer be changed.',
    {
      partnershipId: 'this partnership is archived',
    },
  )
  remove(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<DocumentRecord> {
    return this.documents.remove(id, actor);
  }
}
