import type { FastifyReply } from 'fastify';
import { contentRange } from './apply-list-query';

export interface ListResult<T> {
  rows: T[];
  total: number;
  offset: number;
}

/** Sets Content-Range and returns the rows: what every getList endpoint answers. */
export function sendList<T>(reply: FastifyReply, resource: string, result: ListResult<T>): T[] {
  void reply.header('Content-Range', contentRange(resource, result.offset, result.rows.length, result.total));
  return result.rows;
}
