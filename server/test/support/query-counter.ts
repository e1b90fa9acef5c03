import type { DataSource, Logger } from 'typeorm';

/**
 * Counts the SQL statements the app sends while `work` runs, by wrapping the data source's logger
 * (TypeORM hands every statement to it, whether logging is on or not). For the tests that a page
 * or a record is read in a fixed number of queries, however many rows it holds (no N+1).
 */
export async function countQueries(dataSource: DataSource, work: () => Promise<unknown>): Promise<{ count: number; statements: string[] }> {
  const logger = dataSource.logger;
  const statements: string[] = [];
  const counting: Logger = {
    logQuery: (query, parameters, runner) => {
      statements.push(query);
      logger.logQuery(query, parameters, runner);
    },
    logQueryError: (...args) => logger.logQueryError(...args),
    logQuerySlow: (...args) => logger.logQuerySlow(...args),
    logSchemaBuild: (...args) => logger.logSchemaBuild(...args),
    logMigration: (...args) => logger.logMigration(...args),
    log: (...args) => logger.log(...args),
  };
  Object.defineProperty(dataSource, 'logger', { value: counting, configurable: true, writable: true });
  try {
    await work();
  } finally {
    Object.defineProperty(dataSource, 'logger', { value: logger, configurable: true, writable: true });
  }
  return { count: statements.length, statements };
}
