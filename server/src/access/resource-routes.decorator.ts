import { applyDecorators, Delete, Get, Post, Put, type Type } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { Resource } from '@klch/shared';
import { ApiBodyErrors, ApiIdErrors, ApiStaleVersion } from '../common/http/api-errors.decorator';
import { ApiList, type ApiListOptions } from '../common/http/api-list.decorator';
import type { EntityListSpec } from '../common/list-query/list-spec';
import { VERSION_REQUIRED } from '../common/validation/version-field';
import { Allow } from './policy.decorator';
import { capitalise } from '../common/errors/record-label';

/**
 * The routes every resource has, each one decorator: the HTTP route, its access policy (`@Allow`,
 * which the guard enforces and ApiAccessErrors documents), and its docs — the answer's schema and
 * the errors every such route has. A route adds its own errors (`@ApiRuleViolation`, `@ApiConflict`)
 * beside it. `label` is what the messages call one record: "partnership", "status-change request".
 */

/** The route's 404 example: "Partnership 999 does not exist.", or the name `missing` gives ("User"). */
const idErrors = (label: string, missing?: string) => ApiIdErrors(label, `${missing ?? capitalise(label)} 999 does not exist.`);

/** Docs a route may add to the ones every such route has. */
interface RouteDocs {
  summary?: string;
  description?: string;
  /** What the 404 calls a record, when not the label capitalised. */
  missing?: string;
}
const article = (label: string) => (/^[aeiou]/i.test(label) ? 'an' : 'a');

/** GET /resource: react-admin's getList and getMany, documented from the list's own whitelist. */
export function ListRoute(
  spec: EntityListSpec<object>,
  response: Type<unknown>,
  options: ApiListOptions & { summary?: string; description?: string },
) {
  const { summary, description, ...listOptions } = options;
  return applyDecorators(
    Get(),
    Allow('list', spec.resource),
    ApiOperation({ summary: summary ?? `List ${spec.resource} (react-admin getList / getMany)`, description }),
    ApiList(response, spec, listOptions),
  );
}

/** GET /resource/:id */
export function ShowRoute(resource: Resource, response: Type<unknown>, label: string, docs: RouteDocs = {}) {
  return applyDecorators(
    Get(':id'),
    Allow('show', resource),
    ApiOperation({ summary: docs.summary ?? `Read one ${label}`, description: docs.description }),
    ApiOkResponse({ type: response }),
    idErrors(label, docs.missing),
  );
}

/** POST /resource: the body's 400s are given by the route (`bodyErrors`), as they differ by resource. */
export function CreateRoute(
  resource: Resource,
  response: Type<unknown>,
  label: string,
  docs: { summary?: string; description?: string; bodyErrors: Record<string, string> },
) {
  return applyDecorators(
    Post(),
    Allow('create', resource),
    ApiOperation({ summary: docs.summary ?? `Create ${article(label)} ${label}`, description: docs.description }),
    ApiCreatedResponse({ type: response, description: `The new ${label}.` }),
    ApiBodyErrors(docs.bodyErrors),
  );
}

/** The PUT rule, the same on every resource (README, "Using the API"). */
const PUT_RULE =
  'The whole record as it was read, with your changes: a field left out stays as it is, null clears an optional field ' +
  '(a field the record always has, such as a title, refuses null), and the server-owned fields are ignored. `version` must be the one you read.';

/** PUT /resource/:id with the version read: 409 when someone saved it since. */
export function UpdateRoute(resource: Resource, response: Type<unknown>, label: string, docs: RouteDocs = {}) {
  return applyDecorators(
    Put(':id'),
    Allow('edit', resource),
    ApiOperation({
      summary: docs.summary ?? `Edit ${article(label)} ${label}`,
      description: docs.description ? `${docs.description} ${PUT_RULE}` : PUT_RULE,
    }),
    ApiOkResponse({ type: response, description: `The ${label} as saved, with its new version.` }),
    idErrors(label, docs.missing),
    ApiBodyErrors({ version: VERSION_REQUIRED }),
    ApiStaleVersion(label),
  );
}

/** DELETE /resource/:id, answering the record (as react-admin expects): what "delete" means is the route's to say. */
export function DeleteRoute(resource: Resource, response: Type<unknown>, label: string, docs: RouteDocs & { summary: string; answer: string }) {
  return applyDecorators(
    Delete(':id'),
    Allow('delete', resource),
    ApiOperation({ summary: docs.summary, description: docs.description }),
    ApiOkResponse({ type: response, description: docs.answer }),
    idErrors(label, docs.missing),
  );
}
