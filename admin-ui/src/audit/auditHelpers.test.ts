import { describe, expect, it } from 'vitest';
import { localInputToIso, toLocalInput } from './asOfTime';
import { headFileName, parseHeadFile } from './chainHeadFile';
import { auditExportUrl } from './ExportLinks';

const head = { seq: 42, hash: 'a'.repeat(64), at: '2026-11-27T10:00:00.000Z', signature: 'b'.repeat(64) };

describe('chain head file', () => {
  it('reads back a head exactly as the server gave it, and names the file by its seq', () => {
    expect(parseHeadFile(JSON.stringify(head))).toEqual(head);
    expect(headFileName(head)).toBe('audit-head-42.json');
  });

  it('refuses anything that is not a head', () => {
    expect(parseHeadFile('not json')).toBeNull();
    expect(parseHeadFile('[]')).toBeNull();
    expect(parseHeadFile(JSON.stringify({ ...head, hash: 'xyz' }))).toBeNull();
    expect(parseHeadFile(JSON.stringify({ ...head, seq: -1 }))).toBeNull();
    expect(parseHeadFile(JSON.stringify({ seq: 1, hash: head.hash }))).toBeNull();
  });
});

describe('as-of time', () => {
  it("reads and writes the picker on Kuala Lumpur's clock (UTC+8), whatever the browser's zone", () => {
    const moment = new Date('2024-06-30T10:15:30.000Z');
    expect(toLocalInput(moment)).toBe('2024-06-30T18:15:30');
    expect(localInputToIso('2024-06-30T18:15:30')).toBe('2024-06-30T10:15:30.000Z');
    expect(localInputToIso('2024-06-30T18:15')).toBe('2024-06-30T10:15:00.000Z');
    // Past midnight in KL is still the day before in UTC.
    expect(localInputToIso('2024-07-01T02:00:00')).toBe('2024-06-30T18:00:00.000Z');
    expect(toLocalInput(new Date('2024-06-30T18:00:00.000Z'))).toBe('2024-07-01T02:00:00');
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('yesterday')).toBeNull();
    expect(localInputToIso('2024-13-45T99:00')).toBeNull();
  });
});

describe('export link', () => {
  it('carries the format and the current filter as JSON', () => {
    const url = new URL(auditExportUrl('csv', { entityType: 'partnerships', entityId: '4' }), 'http://x');
    expect(url.pathname).toBe('/api/audit-events/export');
    expect(url.searchParams.get('format')).toBe('csv');
    expect(JSON.parse(url.searchParams.get('filter')!)).toEqual({ entityType: 'partnerships', entityId: '4' });
  });
});
