/**
 * Places with a shape (a country, a US state, a Canadian province): is a tap inside it, and if not, how far from its
 * border. "Where is Russia?" is then answered by any tap in Russia, Moscow and Chukotka alike,
 * where a circle round the centre would miss most of the country and cover its neighbours.
 *
 * Pure: the shapes come in as data (GeoJSON-like, through an AreaLookup), so the judge stays
 * synchronous and the map data stays in the chunk that loads it.
 *
 * - Inside: even-odd ray casting in longitude/latitude, the plane the outlines were drawn in
 *   (Natural Earth's borders along a parallel, such as 49°N, follow the parallel, not a great
 *   circle). Each ring is first "unwrapped" so that no edge jumps more than 180° of longitude:
 *   a ring that crosses the antimeridian (Fiji, Russia's Chukotka, the Aleutians) becomes one
 *   continuous ring reaching past ±180°, and the tap is tried at its longitude and ±360°.
 *   A ring whose unwrapped longitudes end a whole turn from where they began goes round a pole
 *   (Antarctica); it is closed along that pole, taken as the one on the ring's side of the
 *   equator.
 * - Outside: the shortest great-circle distance to any edge, each edge taken as the arc between
 *   its two vertices. Edges along a cut at ±180° lie inside the true shape, so no tap outside it
 *   is nearer to them than to a real border: they never shorten a distance.
 */
// Named with .ts: the bank schema imports AREA_ID, and the build loads the schema in Node (see bank/validate.ts).
import { EARTH_RADIUS_KM, type LatLon } from './geo.ts';

/** A GeoJSON position: [longitude, latitude] in degrees. */
export type Position = readonly number[];
/** A closed ring of positions (GeoJSON repeats the first position last; a ring that does not is closed anyway). */
export type Ring = readonly Position[];

/**
 * A GeoJSON Polygon or MultiPolygon geometry: in each polygon the first ring is the outline and
 * any further rings are holes (Lesotho in South Africa). Ring orientation is not read.
 */
export type AreaShape = { readonly type: 'Polygon'; readonly coordinates: readonly Ring[] } | { readonly type: 'MultiPolygon'; readonly coordinates: readonly (readonly Ring[])[] };

/** The shape of an area by its id (see AREA_ID), or undefined where there is none to hand. */
export type AreaLookup = (id: string) => AreaShape | undefined;

/**
 * How a question names the area it is scored by: `country:` and an ISO 3166-1 alpha-2 code
 * ("country:RU"), or a region's gazetteer id ("region:alaska"), as in assets/geo/places.json.
 */
export const AREA_ID = /^(country:[A-Z]{2}|region:[a-z0-9]+(-[a-z0-9]+)*)$/;

/** The area id of a gazetteer place: `country:RU` for the country RU, a region's own id, else undefined (cities have no area). */
export function areaIdOf(place: { id: string; kind: string }): string | undefined {
  if (place.kind === 'country') return `country:${place.id}`;
  if (place.kind === 'region') return place.id;
  return undefined;
}

interface PreparedRing {
  /** Unwrapped longitudes and latitudes, closed (last = first), with the pole added for a polar ring. */
  xs: Float64Array;
  ys: Float64Array;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
  /** Unit vectors of the original vertices, for distances (the arcs ignore unwrapping). */
  vs: Float64Array;
}

interface Prepared {
  /** Each polygon: its outline, then its holes. */
  polygons: PreparedRing[][];
}

const RAD = Math.PI / 180;

/** dx folded into [-180, 180): the shorter way round, a cut at ±180° (dx = ±360) becoming 0. */
const wrapDx = (dx: number): number => dx - 360 * Math.floor((dx + 180) / 360);

function prepareRing(ring: Ring): PreparedRing | null {
  const pts = ring.filter((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]));
  if (pts.length < 3) return null;
  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  const closed = first[0] === last[0] && first[1] === last[1] ? pts : [...pts, first];
  const xs: number[] = [];
  const ys: number[] = [];
  let x = first[0]!;
  let rawPrev = first[0]!;
  for (const [i, p] of closed.entries()) {
    if (i > 0) x += wrapDx(p[0]! - rawPrev);
    rawPrev = p[0]!;
    xs.push(x);
    ys.push(p[1]!);
  }
  const turns = Math.round((xs[xs.length - 1]! - xs[0]!) / 360);
  if (turns !== 0) {
    // Round a pole: close the ring along it, on the side of the equator most of the ring is on.
    const meanLat = ys.reduce((s, y) => s + y, 0) / ys.length;
    const pole = meanLat < 0 ? -90 : 90;
    xs.push(xs[xs.length - 1]!, xs[0]!, xs[0]!);
    ys.push(pole, pole, ys[0]!);
  }
  const vs = new Float64Array(closed.length * 3);
  closed.forEach((p, i) => {
    const lon = p[0]! * RAD;
    const lat = p[1]! * RAD;
    vs[3 * i] = Math.cos(lat) * Math.cos(lon);
    vs[3 * i + 1] = Math.cos(lat) * Math.sin(lon);
    vs[3 * i + 2] = Math.sin(lat);
  });
  return { xs: Float64Array.from(xs), ys: Float64Array.from(ys), minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys), vs };
}

// Shapes are prepared once each: a country's outline serves every tap on it.
const cache = new WeakMap<AreaShape, Prepared>();

function prepare(shape: AreaShape): Prepared {
  const hit = cache.get(shape);
  if (hit) return hit;
  const polys = shape.type === 'Polygon' ? [shape.coordinates] : shape.type === 'MultiPolygon' ? shape.coordinates : [];
  const polygons: PreparedRing[][] = [];
  for (const poly of polys) {
    const outline = poly[0] ? prepareRing(poly[0]) : null;
    // A polygon with no outline has nothing inside it; its holes mean nothing either.
    if (!outline) continue;
    polygons.push([outline, ...poly.slice(1).flatMap((r) => prepareRing(r) ?? [])]);
  }
  const prepared = { polygons };
  cache.set(shape, prepared);
  return prepared;
}

function inRingAt(r: PreparedRing, px: number, py: number): boolean {
  if (px < r.minX || px > r.maxX || py < r.minY || py > r.maxY) return false;
  let inside = false;
  const { xs, ys } = r;
  for (let i = 0, j = xs.length - 1; i < xs.length; j = i++) {
    const yi = ys[i]!;
    const yj = ys[j]!;
    if (yi > py !== yj > py && px < ((xs[j]! - xs[i]!) * (py - yi)) / (yj - yi) + xs[i]!) inside = !inside;
  }
  return inside;
}

/** Inside the ring at the tap's longitude or a whole turn either way (a ring past ±180°). */
const inRing = (r: PreparedRing, p: LatLon): boolean => inRingAt(r, p.lon, p.lat) || inRingAt(r, p.lon + 360, p.lat) || inRingAt(r, p.lon - 360, p.lat);

/** Is the point inside the shape: inside some polygon's outline and none of that polygon's holes? */
export function pointInArea(shape: AreaShape, p: LatLon): boolean {
  return prepare(shape).polygons.some(([outline, ...holes]) => inRing(outline!, p) && !holes.some((h) => inRing(h, p)));
}

/** Angle between two unit vectors, accurate near 0 and near π alike. */
function angle(ax: number, ay: number, az: number, bx: number, by: number, bz: number): number {
  const cx = ay * bz - az * by;
  const cy = az * bx - ax * bz;
  const cz = ax * by - ay * bx;
  return Math.atan2(Math.hypot(cx, cy, cz), ax * bx + ay * by + az * bz);
}

/** Angular distance from p to the shorter great-circle arc from a to b. */
function arcAngle(v: Float64Array, ia: number, ib: number, px: number, py: number, pz: number): number {
  const ax = v[ia]!, ay = v[ia + 1]!, az = v[ia + 2]!;
  const bx = v[ib]!, by = v[ib + 1]!, bz = v[ib + 2]!;
  const toA = angle(px, py, pz, ax, ay, az);
  const toB = angle(px, py, pz, bx, by, bz);
  // The arc's pole n = a × b; the tap's foot on the great circle is c = p - (p·n) n.
  let nx = ay * bz - az * by;
  let ny = az * bx - ax * bz;
  let nz = ax * by - ay * bx;
  const len = Math.hypot(nx, ny, nz);
  if (len < 1e-12) return Math.min(toA, toB);
  nx /= len;
  ny /= len;
  nz /= len;
  const s = px * nx + py * ny + pz * nz;
  const cx = px - s * nx;
  const cy = py - s * ny;
  const cz = pz - s * nz;
  // The foot lies on the arc (not on the rest of the great circle) when a, c, b come in that order round n.
  const acn = (ay * cz - az * cy) * nx + (az * cx - ax * cz) * ny + (ax * cy - ay * cx) * nz;
  const cbn = (cy * bz - cz * by) * nx + (cz * bx - cx * bz) * ny + (cx * by - cy * bx) * nz;
  if (acn >= 0 && cbn >= 0) return Math.asin(Math.min(1, Math.abs(s)));
  return Math.min(toA, toB);
}

/** Great-circle km from the point to the nearest edge of the shape (inside or not); Infinity for an empty shape. */
export function borderKm(shape: AreaShape, p: LatLon): number {
  const lat = p.lat * RAD;
  const lon = p.lon * RAD;
  const px = Math.cos(lat) * Math.cos(lon);
  const py = Math.cos(lat) * Math.sin(lon);
  const pz = Math.sin(lat);
  let best = Infinity;
  for (const poly of prepare(shape).polygons) {
    for (const r of poly) {
      const n = r.vs.length / 3;
      for (let i = 1; i < n; i++) best = Math.min(best, arcAngle(r.vs, 3 * (i - 1), 3 * i, px, py, pz));
    }
  }
  return best * EARTH_RADIUS_KM;
}

/** How far outside the shape the point is, in great-circle km: 0 inside it, else the distance to its border. */
export function kmOutsideArea(shape: AreaShape, p: LatLon): number {
  return pointInArea(shape, p) ? 0 : borderKm(shape, p);
}
