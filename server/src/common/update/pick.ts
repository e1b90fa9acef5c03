/**
 * The PUT rule for an optional field: absent (undefined) keeps the current value, null clears it.
 * (A field the record always has refuses null in its DTO: see `KeepOrSet`.)
 */
export function pick<T>(given: T | null | undefined, current: T | null): T | null {
  return given === undefined ? current : given;
}
