import { COORDINATE_LIMITS } from '@klch/shared';

type Coordinate = keyof typeof COORDINATE_LIMITS;

const OTHER: Record<Coordinate, Coordinate> = { latitude: 'longitude', longitude: 'latitude' };
const empty = (value: unknown) => value === null || value === undefined || value === '';

/**
 * The server's rules for a coordinate, checked before saving: within its range, and set together
 * with the other one (the map cannot place half a point). react-admin translates the keys.
 */
export const validateCoordinate = (field: Coordinate) => (value: unknown, values: Record<string, unknown>) => {
  if (empty(value)) return empty(values[OTHER[field]]) ? undefined : `resources.organisations.validation.${field}Needed`;
  const limit = COORDINATE_LIMITS[field];
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > limit) {
    return { message: 'resources.organisations.validation.range', args: { limit } };
  }
  return undefined;
};
