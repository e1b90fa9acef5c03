/**
 * The as-of picker works in the user's local time (datetime-local, to the second); the server
 * takes an ISO instant. Pure, so the conversion is tested without a browser.
 */

/** "2024-06-30T18:15:30" (local) → "2024-06-30T10:15:30.000Z" at UTC+8; null when not a time. */
export function localInputToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A Date as a datetime-local value with seconds, in local time: the picker's starting value. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
}
