import { InitialSchema1764230400000 } from './1764230400000-initial-schema';

/** Every migration, oldest first. A new migration is a new file here; applied ones never change. */
export const MIGRATIONS = [InitialSchema1764230400000];
