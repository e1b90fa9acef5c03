import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { KeepOrSet } from './keep-or-set';
import { validationMessage } from '../i18n/validation-message';

/** Trims surrounding whitespace; an empty optional text becomes null. */
const trim = (optional: boolean) =>
  Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return optional && trimmed === '' ? null : trimmed;
  });

const tooLong = (max: number) => validationMessage('validation.maxLength', { max });

export function RequiredText(max: number) {
  return applyDecorators(
    trim(false),
    IsString(),
    IsNotEmpty({ message: validationMessage('validation.required') }),
    MaxLength(max, { message: tooLong(max) }),
  );
}

/** A required text on update: absent keeps it; given, it is never empty, and never null (KeepOrSet). */
export function OptionalRequiredText(max: number) {
  return applyDecorators(
    trim(false),
    KeepOrSet(),
    IsString(),
    IsNotEmpty({ message: validationMessage('validation.notEmpty') }),
    MaxLength(max, { message: tooLong(max) }),
  );
}

export function OptionalText(max: number) {
  return applyDecorators(trim(true), IsOptional(), IsString(), MaxLength(max, { message: tooLong(max) }));
}
