import type { FastifyReply } from 'fastify';

export interface ListResult<T> {
  rows: T[];
  total: number;
  offset: number;
}

/** `Content-Range: partnerships 0-24/319`, as ra-data-simple-rest reads it. */
function contentRange(resource: string, offset: number, count: number, total: number): string {
  return count === 0 ? `${resource} */${total}` : `${resource} ${offset}-${offset + count - 1}/${total}`;
}

/** Sets Content-Range and returns the rows: what every getList endpoint answers. */
export function sendList<T>(reply: FastifyReply, resource: string, result: ListResult<T>): T[] {
  void reply.header('Content-Range', contentRange(resource, result.offset, result.rows.length, result.total));
  return result.rows;
}
