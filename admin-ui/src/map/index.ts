/**
 * The partners' map: its path and menu entry. The page itself (map/MapPage) is loaded lazily by
 * App, so neither its code nor the world outline is in the first bundle: import it from nowhere else.
 */
export { MAP_PATH, MapMenuItem } from './MapMenuItem';
