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
  it('turns the local picker value into an instant and back', () => {
    const moment = new Date(2024, 5, 30, 18, 15, 30); // local time
    const local = toLocalInput(moment);
    expect(local).toBe('2024-06-30T18:15:30');
    expect(localInputToIso(local)).toBe(moment.toISOString());
    expect(localInputToIso('2024-06-30T18:15')).toBe(new Date(2024, 5, 30, 18, 15).toISOString());
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('yesterday')).toBeNull();
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
