/**
 * The as-of picker works on Kuala Lumpur's clock (datetime-local, to the second), whatever the
 * browser's zone, like every time the app shows; the server takes an ISO instant. Malaysia keeps
 * UTC+8 all year (no daylight saving), so the offset is fixed. Pure, so tested without a browser.
 */
const KL_OFFSET_MS = 8 * 60 * 60 * 1000;

/** "2024-06-30T18:15:30" (Kuala Lumpur) → "2024-06-30T10:15:30.000Z"; null when not a time. */
export function localInputToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const date = new Date(`${value.length === 16 ? `${value}:00` : value}+08:00`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An instant as a datetime-local value with seconds, on Kuala Lumpur's clock: the picker's value. */
export function toLocalInput(date: Date): string {
  return new Date(date.getTime() + KL_OFFSET_MS).toISOString().slice(0, 19);
}
