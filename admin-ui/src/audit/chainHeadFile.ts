import type { ChainHead } from '@klch/shared';

/** The file name of a downloaded head: the sequence number says how far it vouches for the trail. */
export function headFileName(head: ChainHead): string {
  return `audit-head-${head.seq}.json`;
}

/**
 * A head file as GET /api/audit-events/head gave it, or null for anything else. Checked here only
 * for shape; the server checks the signature, so an edited file is refused there.
 */
export function parseHeadFile(text: string): ChainHead | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const { seq, hash, signature, at } = value as Record<string, unknown>;
  const hex64 = (x: unknown): x is string => typeof x === 'string' && /^[0-9a-f]{64}$/.test(x);
  if (!Number.isSafeInteger(seq) || (seq as number) < 0 || !hex64(hash) || !hex64(signature)) return null;
  return { seq: seq as number, hash, signature, at: typeof at === 'string' ? at : null };
}

/** Offers a text as a file download, without a server round trip. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked on the next tick: the browser has taken the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
