import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { MultipartFile } from '@fastify/multipart';
import { HttpException, Inject, Injectable, InternalServerErrorException, Logger, type OnModuleInit, PayloadTooLargeException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { EntityManager } from 'typeorm';
import { MAX_DOCUMENT_BYTES } from '@klch/shared';
import { badRequest, unsupportedMediaType } from '../common/errors/http-errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { lockKey } from '../database/locks';
import { TransactionRunner } from '../database/transaction-runner';
import { DocumentEntity } from './document.entity';
import { HEAD_BYTES } from './document-types';
import { fieldRef, type Message, msg } from '../common/i18n/message';

/** The form fields of an upload besides the file. */
const UPLOAD_FIELDS = ['partnershipId', 'category'] as const;

export interface ReceivedFile {
  /** Where the bytes are until they are kept: a temp file in the uploads folder. */
  tempPath: string;
  /** The name as the browser sent it (not yet sanitised). */
  fileName: string;
  size: number;
  sha256: string;
  head: Buffer;
}

export interface ReceivedUpload {
  fields: Map<string, string>;
  file: ReceivedFile | null;
  /** Per field, what was wrong with the form itself (an unknown field, a field given twice, …). */
  problems: Record<string, Message>;
}

const SHA256 = /^[0-9a-f]{64}$/;
const TEMP_PREFIX = 'tmp-';
const TEMP_SUFFIX = '.part';
/** Temp files older than this at start are leftovers of a crash (an upload in flight is younger). */
const STALE_TEMP_MS = 60 * 60 * 1000;

export const tooLarge = () =>
  new PayloadTooLargeException({
    message: msg('upload.tooLarge', { max: MAX_DOCUMENT_BYTES / (1024 * 1024) }),
    errors: { file: msg('upload.tooLargeField', { max: MAX_DOCUMENT_BYTES / (1024 * 1024) }) },
  });

/**
 * The bytes of documents, on disk: `<DATA_DIR>/uploads/<sha256>`, one file per distinct content,
 * however many documents share it. An upload streams into a temp file in the same folder while it
 * is hashed, then is renamed to its hash (atomic on one file system). Several server instances must
 * share this folder.
 *
 * Consistency with the `documents` table: placing a file and removing an unreferenced one both
 * happen under a per-content lock (database/locks.ts), so a file is never removed while a row that
 * needs it commits.
 */
@Injectable()
export class DocumentStorage implements OnModuleInit {
  private readonly logger = new Logger('DocumentStorage');
  readonly dir: string;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly db: TransactionRunner,
  ) {
    this.dir = path.join(config.dataDir, 'uploads');
  }

  async onModuleInit(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    // Temp files a crash left behind (never a stored document: those are named by their hash).
    const now = Date.now();
    for (const name of await readdir(this.dir)) {
      if (!name.startsWith(TEMP_PREFIX) || !name.endsWith(TEMP_SUFFIX)) continue;
      const file = path.join(this.dir, name);
      const info = await stat(file).catch(() => null);
      if (info && now - info.mtimeMs > STALE_TEMP_MS) await removeQuietly(file);
    }
  }

  pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new InternalServerErrorException('A document has an invalid content hash.');
    return path.join(this.dir, sha256);
  }

  /**
   * Reads a multipart upload to the end: the fields, and the one file streamed to a temp file while
   * its SHA-256, size and first bytes are taken. Any failure removes the temp file before it is thrown;
   * on success the caller owns the temp file and must remove it.
   */
  async receive(request: FastifyRequest): Promise<ReceivedUpload> {
    await mkdir(this.dir, { recursive: true });
    const fields = new Map<string, string>();
    const problems: Record<string, Message> = {};
    let file: ReceivedFile | null = null;
    let truncated = false;
    let tempPath: string | null = null;
    try {
      // Every part is read to its end, even a refused one, so the whole request is consumed before
      // the answer goes out (and limit errors, raised by the parser at the end, are not missed).
      for await (const part of request.parts()) {
        if (part.type === 'file') {
          if (part.fieldname !== 'file') {
            problems[part.fieldname] = msg('upload.fileAsFile', { field: part.fieldname });
            await drain(part);
            continue;
          }
          tempPath = path.join(this.dir, `${TEMP_PREFIX}${randomUUID()}${TEMP_SUFFIX}`);
          file = await this.writeTemp(part, tempPath);
          truncated = part.file.truncated;
        } else if (part.fieldname === 'file') {
          problems.file = msg('upload.fileNotText', { field: fieldRef('file') });
        } else if (!(UPLOAD_FIELDS as readonly string[]).includes(part.fieldname)) {
          problems[part.fieldname] = msg('upload.notAField', { field: part.fieldname });
        } else if (fields.has(part.fieldname)) {
          problems[part.fieldname] = msg('upload.givenTwice', { field: fieldRef(part.fieldname) });
        } else {
          fields.set(part.fieldname, String(part.value));
        }
      }
      if (truncated) throw tooLarge();
    } catch (error) {
      if (tempPath) await removeQuietly(tempPath);
      throw uploadError(error);
    }
    return { fields, file, problems };
  }

  private async writeTemp(part: MultipartFile, tempPath: string): Promise<ReceivedFile> {
    const hash = createHash('sha256');
    let size = 0;
    let head = Buffer.alloc(0);
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
        done(null, chunk);
      },
    });
    await pipeline(part.file, meter, createWriteStream(tempPath, { flags: 'wx', mode: 0o640 }));
    return { tempPath, fileName: part.filename, size, sha256: hash.digest('hex'), head };
  }

  /** Serializes everything that places or removes one content's file (see the class comment). */
  lockContent(manager: EntityManager, sha256: string): Promise<void> {
    return lockKey(manager, 'documentContent', sha256);
  }

  /**
   * Keeps an uploaded temp file as `<sha256>`, under the content lock. Answers true when it created
   * the stored file, false when identical content was already stored (the temp file is then dropped).
   */
  async place(tempPath: string, sha256: string): Promise<boolean> {
    const target = this.pathOf(sha256);
    if (await exists(target)) {
      await removeQuietly(tempPath);
      return false;
    }
    await rename(tempPath, target);
    return true;
  }

  /**
   * Removes a content's file when no document refers to it any more: after a delete, or after an
   * upload whose transaction failed once its file was placed. In a transaction of its own, under the
   * content lock.
   */
  async removeIfUnreferenced(sha256: string): Promise<boolean> {
    const target = this.pathOf(sha256);
    return this.db.write(async (manager) => {
      await this.lockContent(manager, sha256);
      const users = await manager.getRepository(DocumentEntity).count({ where: { sha256 } });
      if (users > 0) return false;
      await removeQuietly(target);
      return true;
    });
  }

  /** Opens a stored content for reading; a missing file is the server's fault (500), said plainly. */
  async open(sha256: string, documentId: number): Promise<FileHandle> {
    try {
      return await open(this.pathOf(sha256), 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      this.logger.error(`The file of document ${documentId} (${sha256}) is missing from ${this.dir}`);
      throw new InternalServerErrorException(
        `The file of document ${documentId} is missing from the server's document storage. Nothing was downloaded; please tell an administrator.`,
      );
    }
  }
}

async function drain(part: MultipartFile): Promise<void> {
  for await (const _chunk of part.file) {
    // discard
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

export async function removeQuietly(file: string): Promise<void> {
  await rm(file, { force: true }).catch(() => undefined);
}

/** The parser's and the stream's errors as answers: a bad form is the caller's (4xx); a disk error is ours (500). */
function uploadError(error: unknown): unknown {
  if (error instanceof HttpException) return error;
  const code = (error as { code?: unknown })?.code;
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return tooLarge();
    case 'FST_FILES_LIMIT':
      return badRequest(msg('upload.oneFile'), { file: msg('upload.oneFileField') });
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return badRequest(msg('upload.tooManyFields'));
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return unsupportedMediaType(msg('upload.multipartOnly'));
  }
  // A system call that failed (disk full, no permission) is the server's problem: left as a 500.
  if (error instanceof Error && 'syscall' in error) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return badRequest(msg('upload.unreadable', { detail }));
}
