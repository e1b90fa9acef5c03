import { Param, type PipeTransform } from '@nestjs/common';
import { badRequest } from '../errors/http-errors';
import { isIdNumber } from '../validation/id-field';
import { msg } from '../i18n/message';

/**
 * `:id` as a whole number from 1 to 2147483647; anything else is a 400 that says so. (The global
 * ValidationPipe may already have turned the text into a number, so both are accepted here.)
 */
class IdPipe implements PipeTransform<unknown, number> {
  transform(value: unknown): number {
    const id = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : NaN;
    // A larger one would reach the database and fail there (see MAX_ID).
    if (!isIdNumber(id)) throw badRequest(msg('error.idNotWhole'));
    return id;
  }
}

export const IdParam = () => Param('id', new IdPipe());
