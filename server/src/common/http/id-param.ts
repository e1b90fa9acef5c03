import { BadRequestException, Param, type PipeTransform } from '@nestjs/common';

/** The largest id an INTEGER column holds on PostgreSQL: a larger one would reach the database and fail there (500). */
const MAX_ID = 2_147_483_647;

/**
 * `:id` as a whole number from 1 to 2147483647; anything else is a 400 that says so. (The global
 * ValidationPipe may already have turned the text into a number, so both are accepted here.)
 */
class IdPipe implements PipeTransform<unknown, number> {
  transform(value: unknown): number {
    const id = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(id) || id < 1 || id > MAX_ID) {
      throw new BadRequestException({ statusCode: 400, message: 'The id in the address must be a whole number.' });
    }
    return id;
  }
}

export const IdParam = () => Param('id', new IdPipe());
