import type { Type } from '@nestjs/common';
import { ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Allow } from 'class-validator';

/**
 * The fields of a record that the server owns (id, code, timestamps, derived names), declared on a
 * PUT body: react-admin sends the whole record back with every edit, so these are accepted — and
 * ignored — while any other unknown field is refused. Their docs are the response class's own,
 * marked `readOnly` (which keeps them out of Swagger UI's example bodies).
 *
 * `@ServerOwnedFields(OrganisationResponse, ['id', 'isDemoData', 'createdAt', …])` on the update DTO.
 */
/**
 * Where @nestjs/swagger keeps a property's `@ApiProperty` options (its DECORATORS.API_MODEL_PROPERTIES,
 * which the package does not export). test/api/openapi.spec.ts fails if this ever stops finding them.
 */
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';

export function ServerOwnedFields<R>(response: Type<R>, fields: ReadonlyArray<keyof R & string>): ClassDecorator {
  return (target) => {
    for (const field of fields) {
      const docs: ApiPropertyOptions = Reflect.getMetadata(API_MODEL_PROPERTIES, response.prototype, field) ?? {};
      Allow()(target.prototype, field);
      ApiPropertyOptional({
        ...docs,
        required: false,
        readOnly: true,
        description: `ignored: set by the server${docs.description ? `. ${docs.description}` : ''}`,
      } as ApiPropertyOptions)(target.prototype, field);
    }
  };
}
