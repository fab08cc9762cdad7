/**
 * The outlines of countries and first-level regions as an AreaLookup (core/area.ts), from the map
 * data as it is shipped: the world-atlas countries TopoJSON (assets/geo/world-110m.json, see
 * assets/geo/SOURCES.md), the gazetteer (assets/geo/places.json) and the regions' outlines
 * (assets/geo/regions.json: US states, Canadian provinces and territories, Australian states
 * and territories). The browser's map chunk and the live server build it from the same files, so
 * a "where" question naming an area scores the same tap the same way in both.
 *
 * Pure, but not light: it brings topojson-client. Only the map chunk (ui/canvas/worldMap.ts)
 * and the server import it, never anything the game's first screen loads.
 */
import { feature } from 'topojson-client';
import { areaIdOf, type AreaLookup, type AreaShape } from './area';
import type { Place } from './geo';

type TopoArgs = Parameters<typeof feature>;
export type Countries = Extract<ReturnType<typeof feature>, { features: unknown }>;

// Decoding the topology is the slow part; the map's views (world, zoomed) and the outlines that
// score share one decode of the same topology object.
const decoded = new WeakMap<object, Countries>();

/** The countries of a world-atlas topology as GeoJSON features; throws on anything else. */
export function countriesOf(topology: unknown): Countries {
  if (typeof topology === 'object' && topology !== null) {
    const cached = decoded.get(topology);
    if (cached) return cached;
  }
  const topo = topology as { type?: unknown; objects?: { countries?: { type?: unknown } } } | null;
  const countries = topo?.objects?.countries;
  if (topo?.type !== 'Topology' || countries?.type !== 'GeometryCollection') {
    throw new Error('expected the world-atlas countries TopoJSON (a Topology with objects.countries)');
  }
  const result = feature(topo as unknown as TopoArgs[0], countries as unknown as TopoArgs[1]);
  if (!('features' in result)) throw new Error('objects.countries did not decode to a FeatureCollection');
  decoded.set(topo, result);
  return result;
}

/**
 * The outlines that score "where" questions naming an area:
 * - "country:RU": from the topology, the outline whose key the gazetteer gives as RU's `shape`
 *   (its ISO numeric id, "643");
 * - "region:texas", "region:ontario": from `regions` (MultiPolygon coordinates by region id),
 *   where it has that region.
 * Built on the first look-up; undefined for an area with no outline (England, Siberia, a
 * continent), which the judge then scores by radius.
 */
export function areaLookup(topology: unknown, places: readonly Place[], regions: unknown = {}): AreaLookup {
  let table: Map<string, AreaShape> | null = null;
  const build = (): Map<string, AreaShape> => {
    const byKey = new Map<string, AreaShape>();
    for (const f of countriesOf(topology).features) {
      const g = f.geometry as { type?: string } | null;
      if (g?.type !== 'Polygon' && g?.type !== 'MultiPolygon') continue;
      const key = f.id !== undefined ? String(f.id) : (f.properties as { name?: unknown } | null)?.name;
      if (typeof key === 'string') byKey.set(key, g as AreaShape);
    }
    const out = new Map<string, AreaShape>();
    for (const p of places) {
      const id = areaIdOf(p);
      const shape = p.kind === 'country' && p.shape !== undefined ? byKey.get(p.shape) : undefined;
      if (id !== undefined && shape) out.set(id, shape);
    }
    if (typeof regions === 'object' && regions !== null) {
      for (const [id, coordinates] of Object.entries(regions as Record<string, unknown>)) {
        if (id.startsWith('region:') && Array.isArray(coordinates)) out.set(id, { type: 'MultiPolygon', coordinates } as AreaShape);
      }
    }
    return out;
  };
  return (id) => (table ??= build()).get(id);
}
