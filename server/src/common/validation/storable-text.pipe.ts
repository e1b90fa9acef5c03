import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { ValidationFailedException } from '../errors/validation-errors';
import { findUnstorableText } from './storable-text';
import { fieldRef, msg } from '../i18n/message';

/**
 * The first global pipe: every JSON body, query string and path parameter, on every route, is refused with a 400
 * naming the field when it holds text that cannot be stored (see storable-text.ts). One check for
 * every text input, so no new field can forget it.
 */
@Injectable()
export class StorableTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body' && metadata.type !== 'query' && metadata.type !== 'param') return value;
    const found = findUnstorableText(value);
    if (found) {
      const field = found.field || metadata.data || metadata.type;
      throw new ValidationFailedException({ [field]: msg(found.problem, { field: fieldRef(field) }) });
    }
    return value;
  }
}
