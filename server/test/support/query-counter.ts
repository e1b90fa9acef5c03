import type { DataSource } from 'typeorm';

/** One statement the app sent to the database: its SQL as sent (with the driver's placeholders) and its parameters. */
export interface RecordedQuery {
  sql: string;
  parameters: unknown[];
}

export interface QueryCounter {
  /**
   * Runs `work` (typically one HTTP request) and answers every statement the app sent while it ran,
   * in order: transaction control (BEGIN, COMMIT) included, since each is a round trip too.
   */
  during: <T>(work: () => PromiseLike<T>) => Promise<{ result: T; queries: RecordedQuery[] }>;
  /** Puts the data source's logger back as it was. */
  stop: () => void;
}

/**
 * Counts the statements of a request, to prove a page costs the same few queries whatever its size
 * (no N+1). Every query runner of TypeORM (both drivers, transactions included) reports each
 * statement to its data source's logger before sending it, whether logging is on or not; this wraps
 * that report. Recording only inside `during`, so nothing of the test's own setup is counted; run one
 * request at a time (a background task of an earlier request would be counted too).
 */
export function countQueries(dataSource: DataSource): QueryCounter {
  const logger = dataSource.logger;
  const original = logger.logQuery;
  let recording: RecordedQuery[] | null = null;
  logger.logQuery = function (sql, parameters, queryRunner) {
    recording?.push({ sql, parameters: parameters ?? [] });
    return original.call(this, sql, parameters, queryRunner);
  };
  return {
    during: async (work) => {
      if (recording) throw new Error('countQueries: one `during` at a time');
      const queries: RecordedQuery[] = [];
      recording = queries;
      try {
        const result = await work();
        return { result, queries };
      } finally {
        recording = null;
      }
    },
    stop: () => {
      logger.logQuery = original;
    },
  };
}

/** The statements that read from `table` (`SELECT … FROM table …`, whatever its quoting or alias). */
export function selectsFrom(queries: RecordedQuery[], table: string): RecordedQuery[] {
  const from = new RegExp(`^\\s*SELECT\\b[\\s\\S]*\\bFROM\\s+"?${table}"?(\\s|$)`, 'i');
  return queries.filter((query) => from.test(query.sql));
}
