import { open } from 'node:fs/promises';
import { DOCUMENT_TYPES } from '@klch/shared';
import { extensionOf } from './file-names';

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
 * under `word/` or `xl/`). Macro-enabled documents are refused.
 */
export async function detectType(filePath: string, head: Buffer, size: number): Promise<Detection> {
  if (startsWith(head, PDF)) return { type: 'pdf' };
  if (startsWith(head, PNG)) return { type: 'png' };
  if (startsWith(head, JPEG)) return { type: 'jpeg' };
  if (!startsWith(head, ZIP)) {
    return { refused: `This kind of file is not accepted: by its content it is not ${ACCEPTED}.` };
  }
  const names = await zipEntryNames(filePath, size);
  if (!names) return { refused: 'The file starts like a ZIP archive (as .docx and .xlsx do) but its table of contents cannot be read.' };
  const word = names.some((name) => name.startsWith('word/'));
  const excel = names.some((name) => name.startsWith('xl/'));
  if (word === excel) {
    return { refused: `This ZIP archive is not a Word (.docx) or Excel (.xlsx) document, and no other archive is accepted (${ACCEPTED}).` };
  }
  if (names.some((name) => /(^|\/)vbaProject\.bin$/i.test(name))) {
    return { refused: 'Documents with macros are not accepted: save it as a plain .docx or .xlsx and upload that.' };
  }
  return { type: word ? 'docx' : 'xlsx' };
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

function startsWith(buffer: Buffer, prefix: Buffer): boolean {
  return buffer.length >= prefix.length && buffer.subarray(0, prefix.length).equals(prefix);
}

const EOCD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/**
 * The entry names of a ZIP archive, read from its central directory (found through the end record
 * at the end of the file); null when there is none or it is inconsistent. ZIP64 archives (beyond
 * 4 GB or 65535 entries) are not needed for documents of at most 20 MB and read as null.
 */
export async function zipEntryNames(filePath: string, size: number): Promise<string[] | null> {
  if (size < EOCD_SIZE) return null;
  const handle = await open(filePath, 'r');
  try {
    const tailLength = Math.min(size, EOCD_SIZE + MAX_COMMENT);
    const tailStart = size - tailLength;
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, tailStart);
    let end = -1;
    for (let i = tailLength - EOCD_SIZE; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        end = i;
        break;
      }
    }
    if (end < 0) return null;
    const entries = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (entries === 0xffff || directoryOffset === 0xffffffff || directoryOffset + directorySize > tailStart + end) return null;

    const directory = Buffer.alloc(directorySize);
    if (directorySize > 0) await handle.read(directory, 0, directorySize, directoryOffset);
    const names: string[] = [];
    let at = 0;
    for (let n = 0; n < entries; n++) {
      if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_ENTRY) return null;
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      if (at + 46 + nameLength > directory.length) return null;
      names.push(directory.toString('utf8', at + 46, at + 46 + nameLength));
      at += 46 + nameLength + extraLength + commentLength;
    }
    return names;
  } finally {
    await handle.close();
  }
}
