import { ValidateIf } from 'class-validator';

/**
 * The PUT rule for a field the record always has (a title, a kind, a role): left out, it is kept;
 * given, it must be valid. `null` is refused (400), since it cannot clear what must be there. Put it
 * before the field's own validators; it replaces `IsOptional` (which would let null through).
 */
export const KeepOrSet = () => ValidateIf((_object, value) => value !== undefined);
