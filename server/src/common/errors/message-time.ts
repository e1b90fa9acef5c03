/**
 * A stored timestamp (`2025-06-30T08:15:00.000Z`) as messages write it: `2025-06-30 08:15 UTC`.
 * Messages say when someone changed or decided something; to the minute is what a person needs.
 */
export function utcTime(iso: string): string {
  return `${iso.replace('T', ' ').slice(0, 16)} UTC`;
}
