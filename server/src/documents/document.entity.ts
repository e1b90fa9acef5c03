import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DocumentCategory } from '@klch/shared';

/** A file attached to a partnership; its bytes live in data/uploads under their SHA-256. */
@Entity({ name: 'documents' })
export class DocumentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'partnership_id', type: 'integer' })
  partnershipId: number;

  @Column({ type: 'varchar', length: 32 })
  category: DocumentCategory;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName: string;

  @Column({ name: 'content_type', type: 'varchar', length: 100 })
  contentType: string;

  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ name: 'uploaded_by_id', type: 'integer' })
  uploadedById: number;

  @Column({ name: 'uploaded_at', type: 'varchar', length: 24 })
  uploadedAt: string;
}
