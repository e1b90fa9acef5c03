/**
 * Compile-time check for a docs class: it must have exactly the fields of the record it documents
 * (`implements` alone would not notice an extra one).
 * `Assert<SameKeys<PartnershipResponse, PartnershipRecord>>` fails to compile, naming the extra and
 * missing fields, when they differ.
 */
export type SameKeys<Docs, Rec> = [Exclude<keyof Docs, keyof Rec>, Exclude<keyof Rec, keyof Docs>] extends [never, never]
  ? true
  : { extra: Exclude<keyof Docs, keyof Rec>; missing: Exclude<keyof Rec, keyof Docs> };

export type Assert<T extends true> = T;
