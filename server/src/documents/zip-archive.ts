import { open } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';

/** One entry of a ZIP archive's central directory: what is needed to find and read its bytes. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is not read. */
  method: number;
  /** General-purpose flags; bit 0 means encrypted. */
  flags: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
const EOCD_SIZE = 22;
const LOCAL_HEADER_SIZE = 30;
const MAX_COMMENT = 0xffff;

/**
 * The entries of a ZIP archive, read from its central directory (found through the end record
 * at the end of the file); null when there is none or it is inconsistent. ZIP64 archives (beyond
 * 4 GB or 65535 entries) are not needed for documents of at most 20 MB and read as null.
 */
export async function zipEntries(filePath: string, size: number): Promise<ZipEntry[] | null> {
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
    const count = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (count === 0xffff || directoryOffset === 0xffffffff || directoryOffset + directorySize > tailStart + end) return null;

    const directory = Buffer.alloc(directorySize);
    if (directorySize > 0) await handle.read(directory, 0, directorySize, directoryOffset);
    const entries: ZipEntry[] = [];
    let at = 0;
    for (let n = 0; n < count; n++) {
      if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_ENTRY) return null;
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      if (at + 46 + nameLength > directory.length) return null;
      entries.push({
        name: directory.toString('utf8', at + 46, at + 46 + nameLength),
        flags: directory.readUInt16LE(at + 8),
        method: directory.readUInt16LE(at + 10),
        compressedSize: directory.readUInt32LE(at + 20),
        size: directory.readUInt32LE(at + 24),
        localHeaderOffset: directory.readUInt32LE(at + 42),
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    await handle.close();
  }
}

/**
 * The uncompressed bytes of one entry, at most `maxBytes` of them (a small entry that inflates to
 * gigabytes is refused, not unpacked); null when the entry cannot be read: encrypted, compressed
 * other than by deflate, larger than `maxBytes`, or its local header does not match.
 */
export async function readZipEntry(filePath: string, fileSize: number, entry: ZipEntry, maxBytes: number): Promise<Buffer | null> {
  if (entry.flags & 1 || (entry.method !== 0 && entry.method !== 8) || entry.size > maxBytes || entry.compressedSize > fileSize) return null;
  if (entry.method === 0 && entry.compressedSize > maxBytes) return null;
  if (entry.localHeaderOffset + LOCAL_HEADER_SIZE > fileSize) return null;
  const handle = await open(filePath, 'r');
  try {
    const local = Buffer.alloc(LOCAL_HEADER_SIZE);
    await handle.read(local, 0, LOCAL_HEADER_SIZE, entry.localHeaderOffset);
    if (local.readUInt32LE(0) !== LOCAL_ENTRY) return null;
    const dataStart = entry.localHeaderOffset + LOCAL_HEADER_SIZE + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (dataStart + entry.compressedSize > fileSize) return null;
    const data = Buffer.alloc(entry.compressedSize);
    if (entry.compressedSize > 0) await handle.read(data, 0, entry.compressedSize, dataStart);
    if (entry.method === 0) return data;
    try {
      return inflateRawSync(data, { maxOutputLength: maxBytes });
    } catch {
      return null; // corrupt, or it inflates beyond maxBytes
    }
  } finally {
    await handle.close();
  }
}
