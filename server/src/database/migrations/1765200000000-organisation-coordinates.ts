import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where the partners' map places an organisation: its city's latitude and longitude in decimal
 * degrees, both or neither (an organisation with no city stays off the map). The API refuses bad
 * values with a message first; the checks keep a hand-written row honest too. DOUBLE PRECISION is a
 * float on both databases (REAL affinity on SQLite), which PostgreSQL's driver answers as a number.
 * A column's CHECK may name the other column on both databases, which SQLite's ADD COLUMN needs.
 */
export class OrganisationCoordinates1765200000000 implements MigrationInterface {
  name = 'OrganisationCoordinates1765200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE organisations ADD COLUMN latitude DOUBLE PRECISION CHECK (latitude BETWEEN -90 AND 90)');
    await runner.query(
      'ALTER TABLE organisations ADD COLUMN longitude DOUBLE PRECISION CHECK (longitude BETWEEN -180 AND 180 AND (latitude IS NULL) = (longitude IS NULL))',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE organisations DROP COLUMN longitude');
    await runner.query('ALTER TABLE organisations DROP COLUMN latitude');
  }
}
