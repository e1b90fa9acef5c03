// jsonexport ships no types; the exporters use its promise form with rows of plain strings.
declare module 'jsonexport/dist' {
  export default function jsonExport(rows: object[], options?: Record<string, unknown>): Promise<string>;
}
