import { DOCUMENT_TYPES } from '@klch/shared';
import { extensionOf } from './file-names';
import { contentTypeDeclarations, isMacroContentType } from './macro-content-types';
import { readZipEntry, type ZipEntry, zipEntries } from './zip-archive';

export type DocumentType = keyof typeof DOCUMENT_TYPES;

/** How many leading bytes detection needs (the PNG signature is the longest). */
export const HEAD_BYTES = 8;

const TYPE_NAMES: Record<DocumentType, string> = {
  pdf: 'a PDF document',
  docx: 'a Word document (.docx)',
  xlsx: 'an Excel workbook (.xlsx)',
  png: 'a PNG image',
  jpeg: 'a JPEG image',
};

/** The extensions a name may have for each type; the first is the usual one. */
export const EXTENSIONS: Record<DocumentType, readonly string[]> = {
  pdf: ['pdf'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
};

export const ACCEPTED = 'PDF, Word (.docx), Excel (.xlsx), PNG or JPEG';

const PDF = Buffer.from('%PDF-', 'latin1');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export type Detection = { type: DocumentType } | { refused: string };

/**
 * What a file is, by its content (magic bytes), never by its name or the browser's claimed type.
 * DOCX and XLSX are ZIP archives: which one is read from the archive's table of contents (entries
 * under `word/` or `xl/`). Documents that carry code are refused (see `macroRefusal`).
 */
export async function detectType(filePath: string, head: Buffer, size: number): Promise<Detection> {
  if (startsWith(head, PDF)) return { type: 'pdf' };
  if (startsWith(head, PNG)) return { type: 'png' };
  if (startsWith(head, JPEG)) return { type: 'jpeg' };
  if (!startsWith(head, ZIP)) {
    return { refused: `This kind of file is not accepted: by its content it is not ${ACCEPTED}.` };
  }
  const entries = await zipEntries(filePath, size);
  if (!entries) return { refused: 'The file starts like a ZIP archive (as .docx and .xlsx do) but its table of contents cannot be read.' };
  const names = entries.map((entry) => entry.name);
  const word = names.some((name) => name.startsWith('word/'));
  const excel = names.some((name) => name.startsWith('xl/'));
  if (word === excel) {
    return { refused: `This ZIP archive is not a Word (.docx) or Excel (.xlsx) document, and no other archive is accepted (${ACCEPTED}).` };
  }
  const macros = await macroRefusal(filePath, size, entries);
  if (macros) return { refused: macros };
  return { type: word ? 'docx' : 'xlsx' };
}

const NO_MACROS = 'Documents with macros are not accepted: save it as a plain .docx or .xlsx and upload that.';

/** A real [Content_Types].xml is a few kilobytes; one that inflates beyond this is not read. */
const MAX_CONTENT_TYPES_BYTES = 1024 * 1024;

/**
 * Why a Word or Excel package is refused as carrying code, or null. Office takes a part's type
 * from `[Content_Types].xml`, so that file is read and every `<Default>` and `<Override>` declaring
 * a macro type is refused whatever the part is called; a part named `vbaProject.bin` is refused
 * too. A package without a readable `[Content_Types].xml` is no Office document at all.
 */
async function macroRefusal(filePath: string, size: number, entries: ZipEntry[]): Promise<string | null> {
  if (entries.some((entry) => /(^|\/)vbaProject\.bin$/i.test(entry.name))) return NO_MACROS;
  // Part names compare without case in a package, and a ZIP may list a name twice: read them all.
  const declarations = entries.filter((entry) => entry.name.toLowerCase() === '[content_types].xml');
  if (declarations.length === 0) {
    return 'This file has no [Content_Types].xml, which every Word (.docx) and Excel (.xlsx) document has: it cannot be checked, so it is not accepted.';
  }
  for (const entry of declarations) {
    const bytes = await readZipEntry(filePath, size, entry, MAX_CONTENT_TYPES_BYTES);
    if (!bytes)
      return 'The [Content_Types].xml inside this document cannot be read (encrypted, damaged or oversized), so it cannot be checked for macros.';
    const macro = contentTypeDeclarations(bytes.toString('utf8')).find((declaration) => isMacroContentType(declaration.contentType));
    if (macro) {
      return `Documents with macros are not accepted (its [Content_Types].xml declares ${clip(macro.part)} as ${clip(macro.contentType)}): save it as a plain .docx or .xlsx and upload that.`;
    }
  }
  return null;
}

/**
 * Why a file's name contradicts its content (`x.pdf` that is a PNG), or null when it does not.
 * A name without an extension contradicts nothing.
 */
export function nameConflict(fileName: string, type: DocumentType): string | null {
  const ext = extensionOf(fileName);
  if (!ext || EXTENSIONS[type].includes(ext)) return null;
  return `The file is named "${fileName}" but its content is ${TYPE_NAMES[type]}: a .${ext} name does not fit. Rename it to .${EXTENSIONS[type][0]}, or upload the file you meant.`;
}

/** The file's own text, quoted back short and printable. */
const clip = (text: string) => text.replace(/[^\x20-\x7e]/g, '?').slice(0, 120);

function startsWith(buffer: Buffer, prefix: Buffer): boolean {
  return buffer.length >= prefix.length && buffer.subarray(0, prefix.length).equals(prefix);
}
