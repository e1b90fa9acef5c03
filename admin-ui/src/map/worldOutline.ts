import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// Natural Earth's countries at 1:110m (108 kB), shipped in the map's own chunk: the map needs no
// tile server, and a city hall's intranet may reach none.
import countries110m from 'world-atlas/countries-110m.json';

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Antarctica (ISO 3166 numeric 010) holds no partner and would take a fifth of the height. */
const ANTARCTICA = '010';

/** The countries' outlines, as GeoJSON for d3-geo. */
export const WORLD: FeatureCollection<Geometry, { name: string }> = (() => {
  const topology = countries110m as unknown as Countries;
  const all = feature(topology, topology.objects.countries);
  return { ...all, features: all.features.filter((country) => country.id !== ANTARCTICA) };
})();
