import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { fieldError } from '../errors/http-errors';
import { msg } from '../i18n/message';

/** Deeper than any record of the API (a partnership's parties are 3 levels), far below what overflows the stack. */
export const MAX_BODY_DEPTH = 32;

/**
 * Refuses a body nested deeper than MAX_BODY_DEPTH before class-transformer and class-validator walk
 * it: they recurse once per level, so a 1 MB body of `[[[[…]]]]` overflows the stack (a 500).
 * Runs before the validation pipe; the walk itself keeps its own stack, so it cannot overflow.
 */
@Injectable()
export class BodyDepthPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'body' && nestingDepth(value, MAX_BODY_DEPTH) > MAX_BODY_DEPTH) {
      throw fieldError('body', msg('validation.tooDeep', { max: MAX_BODY_DEPTH }));
    }
    return value;
  }
}

/** How many levels of objects and arrays `value` has, counting stops once past `limit`. */
export function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const pending: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 0 }];
  while (pending.length > 0) {
    const { node, depth } = pending.pop()!;
    if (node === null || typeof node !== 'object') continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > limit) return deepest;
    for (const child of Object.values(node)) pending.push({ node: child, depth: level });
  }
  return deepest;
}
