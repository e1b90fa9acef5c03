import { MAX_DOCUMENT_BYTES } from '@klch/shared';

/** The extensions the file picker offers; the server checks the content itself (magic bytes). */
const ACCEPTED_EXTENSIONS = ['.pdf', '.docx', '.xlsx', '.png', '.jpg', '.jpeg'] as const;
export const ACCEPT_ATTRIBUTE = ACCEPTED_EXTENSIONS.join(',');

export interface FileProblem {
  /** A translation key of documents/i18n.ts. */
  message: string;
  args: Record<string, unknown>;
}

/**
 * Why a chosen file cannot be uploaded, or null if it may be tried. The same limits as the
 * server's, checked before sending so nobody waits for 20 MB to travel only to be refused.
 * `accept` on the input is only a hint to the picker (any file can still be chosen), hence the
 * extension check here; the server has the last word on the content.
 */
export function fileProblem(file: Pick<File, 'name' | 'size'>, formatSize: (bytes: number) => string): FileProblem | null {
  const name = file.name;
  const max = formatSize(MAX_DOCUMENT_BYTES);
  const lower = name.toLowerCase();
  if (!ACCEPTED_EXTENSIONS.some((extension) => lower.endsWith(extension))) {
    return { message: 'resources.documents.upload.wrongType', args: { name } };
  }
  if (file.size > MAX_DOCUMENT_BYTES) {
    return { message: 'resources.documents.upload.tooLarge', args: { name, max } };
  }
  if (file.size === 0) return { message: 'resources.documents.upload.empty', args: { name } };
  return null;
}
