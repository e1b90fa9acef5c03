import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * The most common passwords found in breaches: the 49,233 of zxcvbn-ts's `passwords-common` list
 * (npm `@zxcvbn-ts/language-common`, MIT licence; drawn from published breach corpora), lower-cased.
 * Built on first use, so a bundle that never asks does not pay for it.
 */
let commonPasswords: ReadonlySet<string> | null = null;

function list(): ReadonlySet<string> {
  commonPasswords ??= new Set(dictionary['passwords-common']);
  return commonPasswords;
}

/** How many passwords the list holds (for the docs and the tests). */
export const commonPasswordCount = (): number => list().size;

/**
 * True for a listed password, in any case, and for one that is a listed password with only digits
 * and symbols added at its end (`Password1234!`): the first variations a guesser tries.
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (list().has(lower)) return true;
  const stem = lower.replace(/[\p{N}\p{P}\p{S}\s]+$/u, '');
  return stem.length >= 4 && stem !== lower && list().has(stem);
}
