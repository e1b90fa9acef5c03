import { Readable } from 'node:stream';
import type { AuditEventRecord } from '@klch/shared';

export type ExportFormat = 'csv' | 'jsonl';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'jsonl'];

/** The CSV's columns: every field of an event, `changes` as JSON in one column. */
const CSV_COLUMNS: ReadonlyArray<keyof AuditEventRecord> = [
  'id',
  'at',
  'actorId',
  'actorName',
  'actorRole',
  'action',
  'entityType',
  'entityId',
  'changes',
  'reason',
  'requestId',
  'prevHash',
  'hash',
];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
};

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote, CR or LF, quotes doubled. A text that
 * a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a leading apostrophe,
 * so opening the export in Excel cannot execute anything; JSON Lines keeps every value exactly.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvHeader(): string {
  return CSV_COLUMNS.join(',') + '\r\n';
}

function csvLine(event: AuditEventRecord): string {
  return CSV_COLUMNS.map((column) => csvCell(event[column])).join(',') + '\r\n';
}

function jsonLine(event: AuditEventRecord): string {
  return JSON.stringify(event) + '\n';
}

/** Events per piece of text the stream hands on (about 30 KB of CSV). */
const CHUNK = 100;

/**
 * The export as a byte stream: pulls one batch of events when the client has taken the previous one
 * (backpressure), so memory holds one batch whatever the export's size. A failed read destroys the
 * stream, so the client sees a broken download rather than a file that looks complete.
 */
export function exportStream(format: ExportFormat, batches: AsyncIterable<AuditEventRecord[]>): Readable {
  async function* text(): AsyncGenerator<string> {
    if (format === 'csv') yield csvHeader();
    const line = format === 'csv' ? csvLine : jsonLine;
    for await (const batch of batches) {
      // A text per CHUNK events, not per batch: V8 puts a string over 128 KB straight into the old
      // generation, where only a full collection frees it, and a million events' worth of those
      // made the server's memory swing by 100 MB and more.
      for (let start = 0; start < batch.length; start += CHUNK)
        yield batch
          .slice(start, start + CHUNK)
          .map(line)
          .join('');
    }
  }
  return Readable.from(text(), { objectMode: false });
}

/** `20240630T101500Z` from `2024-06-30T10:15:00.000Z`: a timestamp safe in a file name. */
export function fileStamp(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
}
