import { applyDecorators, type Type } from '@nestjs/common';
import { ApiOkResponse, ApiQuery } from '@nestjs/swagger';
import { DEFAULT_PAGE_SIZE, type FilterDef, type ListSpec, MAX_PAGE_SIZE } from '../list-query/list-spec';
import { ApiBadRequest } from './api-errors.decorator';

export interface ApiListOptions {
  /** A filter worth showing for this resource, e.g. `{ status: ['active'] }`. */
  filterExample: Record<string, unknown>;
  /** What the resource's own filters do beyond their names (what `q` searches, hidden rows, …). */
  filterNotes?: string;
}

const SCALAR_NAMES = { string: 'text', integer: 'whole number', boolean: 'true or false', date: 'date YYYY-MM-DD' } as const;

function describeFilter(name: string, def: FilterDef): string {
  if (def.kind === 'range') {
    return `\`${name}_gte\`, \`${name}_lte\` (${def.type === 'date' ? 'date YYYY-MM-DD' : 'date or ISO timestamp'})`;
  }
  const many = def.kind === 'exact' || def.many;
  return `\`${name}\` (${SCALAR_NAMES[def.type]}${many ? ', or a list of them' : ''})`;
}

/**
 * Documents a react-admin `getList` route (ra-data-simple-rest): the `sort`, `range` and `filter`
 * query parameters, each a JSON text, and the rows with their total in `Content-Range`. The sortable
 * fields and filters are read from the same ListSpec that parseListQuery enforces, so the docs list
 * exactly what the server accepts.
 */
export function ApiList(type: Type<unknown>, spec: ListSpec, options: ApiListOptions) {
  const { resource, defaultSort } = spec;
  const filters = Object.entries(spec.filters).map(([name, def]) => describeFilter(name, def));
  return applyDecorators(
    ApiQuery({
      name: 'sort',
      required: false,
      type: String,
      example: `["${defaultSort.field}","${defaultSort.order}"]`,
      description:
        `JSON \`["field","ASC"|"DESC"]\`. Default \`["${defaultSort.field}","${defaultSort.order}"]\`. ` +
        `Sortable fields: ${Object.keys(spec.sortable)
          .map((field) => `\`${field}\``)
          .join(', ')}.`,
    }),
    ApiQuery({
      name: 'range',
      required: false,
      type: String,
      example: `[0,${DEFAULT_PAGE_SIZE - 1}]`,
      description:
        `JSON \`[first,last]\`: zero-based row positions, both included. Default \`[0,${DEFAULT_PAGE_SIZE - 1}]\`; ` +
        `a page holds at most ${MAX_PAGE_SIZE} rows (a longer range is cut short, not refused).`,
    }),
    ApiQuery({
      name: 'filter',
      required: false,
      type: String,
      example: JSON.stringify(options.filterExample),
      description:
        'JSON object of filters, all of which must match. A list value matches any of its values (react-admin\'s getMany sends `{"id":[1,2,3]}`); ' +
        `null or "" means no filter. Filters: ${filters.join(', ')}.` +
        (options.filterNotes ? ` ${options.filterNotes}` : ''),
    }),
    ApiOkResponse({
      type: [type],
      description: `One page of ${resource}, in the order asked for.`,
      headers: {
        'Content-Range': {
          description: `\`${resource} first-last/total\`, or \`${resource} */total\` for an empty page: react-admin reads the total from it.`,
          schema: { type: 'string', example: `${resource} 0-${DEFAULT_PAGE_SIZE - 1}/319` },
        },
      },
    }),
    ApiBadRequest(
      'listQuery',
      '`sort`, `range` or `filter` is not valid JSON, or names a field this list cannot be sorted or filtered by.',
      `${resource} cannot be sorted by "secret". Sortable fields: ${Object.keys(spec.sortable).join(', ')}.`,
      { sort: `${resource} cannot be sorted by "secret". Sortable fields: ${Object.keys(spec.sortable).join(', ')}.` },
    ),
  );
}
