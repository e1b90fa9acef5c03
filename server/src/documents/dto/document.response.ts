import { ApiProperty } from '@nestjs/swagger';
import { DOCUMENT_CATEGORIES, DOCUMENT_TYPES, type DocumentCategory, type DocumentRecord } from '@klch/shared';
import type { Assert, SameKeys } from '../../common/http/same-keys';

/** For the API docs only: shared's DocumentRecord, a document's metadata (the bytes are its download). */
export class DocumentResponse implements DocumentRecord {
  @ApiProperty({ type: 'integer', example: 3 })
  id: number;

  @ApiProperty({ type: 'integer', example: 5 })
  partnershipId: number;

  @ApiProperty({ enum: [...DOCUMENT_CATEGORIES], example: 'signed_agreement' })
  category: DocumentCategory;

  @ApiProperty({ type: String, description: 'The name it was uploaded with (made safe).', example: 'signed-mou.pdf' })
  fileName: string;

  @ApiProperty({ enum: Object.values(DOCUMENT_TYPES), description: 'Recognised from the content, not from the name.', example: 'application/pdf' })
  contentType: string;

  @ApiProperty({ type: 'integer', description: 'Bytes.', example: 48213 })
  size: number;

  @ApiProperty({
    type: String,
    description: 'SHA-256 of the content, hex.',
    example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  })
  sha256: string;

  @ApiProperty({ type: 'integer', example: 1 })
  uploadedById: number;

  @ApiProperty({ type: String, nullable: true, description: "Derived: the uploader's full name.", example: 'Demo Officer' })
  uploadedByName: string | null;

  @ApiProperty({ type: String, format: 'date-time', example: '2025-06-30T08:15:00.000Z' })
  uploadedAt: string;
}

export type DocumentResponseIsExact = Assert<SameKeys<DocumentResponse, DocumentRecord>>;
