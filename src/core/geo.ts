/**
 * Places on the globe for "Where" questions: distance, partial credit, and the gazetteer
 * look-ups behind the searchable list (the accessible alternative to tapping the map).
 *
 * Pure: no DOM, no Phaser. A map tap and a list pick both end as a LatLon, so both are scored
 * by the same two functions and neither way of answering is worth more than the other.
 */

export interface LatLon {
  lat: number;
  lon: number;
}

export type PlaceKind = 'country' | 'city' | 'region';

export interface Place {
  id: string;
  name: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2 of the country the place is in; absent where the place is disputed. */
  country?: string;
  /** Other names a player may type: official names, older or local spellings. */
  alt?: readonly string[];
  /**
   * Countries: the key of the country's outline in the map (assets/geo/world-110m.json): its
   * ISO 3166-1 numeric id ("643" for Russia), or its name where the map gives it no id
   * ("Kosovo"). Absent where the 1:110m map has no outline (Singapore, most small islands).
   * (Regions' outlines, where there are any, are keyed by the region's own id in
   * assets/geo/regions.json.)
   */
  shape?: string;
}

/** IUGG mean Earth radius (R1). The Earth is not a sphere; this keeps the error under ~0.5%. */
export const EARTH_RADIUS_KM = 6371.0088;

/**
 * At 2000 km a guess on the right continent still earns something, while a guess in the right
 * country earns nearly everything: about the spread of places in a news story.
 */
export const DEFAULT_PLACE_SCALE_KM = 2000;

const toRad = (deg: number): number => (deg * Math.PI) / 180;

/**
 * Haversine great-circle distance. Haversine, not the spherical law of cosines, because the
 * latter loses precision for the short distances that decide full credit.
 */
export function greatCircleKm(a: LatLon, b: LatLon): number {
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  // Rounding can push h a hair past 1 for antipodal points; asin would then give NaN.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, Math.max(0, h))));
}

/**
 * Partial credit for a guess `distanceKm` from the answer, in [0, 1]:
 *
 *   t = scaleKm / 20                          (the tolerance: a tap is not a pin-prick)
 *   credit = 1                                 if d <= t
 *          = (scaleKm - d) / (scaleKm - t)     if t < d < scaleKm
 *          = 0                                 if d >= scaleKm
 *
 * Linear after the tolerance so a player can read it ("half way to the scale, half the
 * points"); it is continuous at both ends and never increases with distance.
 */
export function placeCredit(distanceKm: number, scaleKm: number = DEFAULT_PLACE_SCALE_KM): number {
  if (Number.isNaN(distanceKm) || Number.isNaN(scaleKm)) return 0;
  const d = Math.max(0, distanceKm);
  if (!(scaleKm > 0)) return d === 0 ? 1 : 0;
  const tolerance = scaleKm / 20;
  if (d <= tolerance) return 1;
  if (d >= scaleKm) return 0;
  return (scaleKm - d) / (scaleKm - tolerance);
}

export interface PlaceScore {
  distanceKm: number;
  credit: number;
}

/** One scoring path for a map tap and a list pick alike. */
export function scorePlaceGuess(guess: LatLon, answer: LatLon, scaleKm: number = DEFAULT_PLACE_SCALE_KM): PlaceScore {
  const distanceKm = greatCircleKm(guess, answer);
  return { distanceKm, credit: placeCredit(distanceKm, scaleKm) };
}

export interface NearPlace {
  place: Place;
  distanceKm: number;
}

/** The n places closest to `point`, nearest first; ties keep the input order. */
export function nearestPlaces(places: readonly Place[], point: LatLon, n: number): NearPlace[] {
  if (!(n > 0)) return [];
  return places
    .map((place, index) => ({ place, distanceKm: greatCircleKm(point, place), index }))
    .sort((a, b) => a.distanceKm - b.distanceKm || a.index - b.index)
    .slice(0, Math.floor(n))
    .map(({ place, distanceKm }) => ({ place, distanceKm }));
}

// Letters that NFD does not split into base + accent, so stripping marks alone misses them.
const FOLD: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * The form names are compared in: lower case, accents gone, apostrophes dropped and other
 * punctuation as spaces, so "Reunion" finds "Réunion", "sanaa" finds "Sana'a" and
 * "port au prince" finds "Port-au-Prince".
 */
export function foldPlaceName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => FOLD[c] ?? c)
    .replace(/['’‘`ʻʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const KIND_ORDER: Readonly<Record<PlaceKind, number>> = { country: 0, city: 1, region: 2 };

// How well a name matches: lower is better; undefined is no match. A word prefix ("york" in
// "New York") sits between a whole-name prefix and a bare substring, because that is what a
// player typing the start of a word means.
function matchRank(name: string, query: string): number | undefined {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  const at = name.indexOf(query);
  if (at < 0) return undefined;
  return name.indexOf(` ${query}`) >= 0 ? 2 : 3;
}

/**
 * Places whose name or an alt name matches `query`, ignoring case and accents. Order: exact,
 * prefix, word prefix, substring; then country, city, region; then the input order (stable).
 */
export function searchPlaces(places: readonly Place[], query: string, limit: number): Place[] {
  const q = foldPlaceName(query);
  if (q === '' || !(limit > 0)) return [];
  const hits: { place: Place; rank: number; index: number }[] = [];
  places.forEach((place, index) => {
    let rank: number | undefined;
    for (const name of [place.name, ...(place.alt ?? [])]) {
      const r = matchRank(foldPlaceName(name), q);
      if (r !== undefined && (rank === undefined || r < rank)) rank = r;
    }
    if (rank !== undefined) hits.push({ place, rank, index });
  });
  return hits
    .sort((a, b) => a.rank - b.rank || KIND_ORDER[a.place.kind] - KIND_ORDER[b.place.kind] || a.index - b.index)
    .slice(0, Math.floor(limit))
    .map((h) => h.place);
}
