import { BadRequestException, Param, ParseIntPipe } from '@nestjs/common';

/** `:id` as a positive whole number; anything else is a 400 that says so. */
export const IdParam = () =>
  Param(
    'id',
    new ParseIntPipe({
      exceptionFactory: () => new BadRequestException({ statusCode: 400, message: 'The id in the address must be a whole number.' }),
    }),
  );
