/**
 * Divisions, towns and suburbs that local news names ("Bremerton", "Saltash", "Pokrovsk") and the game's
 * gazetteer of countries, capitals and large cities lacks. The table is large (tens of thousands of
 * names, many shared: nine towns are called Orange), so a name from it counts only where the
 * article itself says where it is:
 * - the town's country is one the article names through a place the gazetteer confirms, and
 * - the name is written as a place: after "in", "at", "near", "from"…, or followed by ", <region or
 *   country>", or read as a place by compromise; and it is not part of a person's or a body's name.
 * Of several towns of that name in the article's countries, the one in a named region, else the
 * most populous.
 */
import { foldPlaceName } from '../core/geo';

/**
 * A row of assets/geo/local-places.json: name, lat, lon, ISO country, a code (ISO 3166-2 for an
 * area, GeoNames admin1 for a town) and population (0 for an area).
 */
export type TownRow = readonly [name: string, lat: number, lon: number, country: string, code: string, population: number];

/** Where the table is, in the repo and (under geo/) on the site. */
export const LOCAL_PLACES_FILE = 'assets/geo/local-places.json';

/** Divisions of countries ("Cornwall", "North Darfur") and towns ("Saltash"), for local news. */
export interface LocalPlaces {
  areas: readonly TownRow[];
  towns: readonly TownRow[];
}

export interface Town {
  name: string;
  lat: number;
  lon: number;
  country: string;
  population: number;
}

const indexes = new WeakMap<readonly TownRow[], Map<string, TownRow[]>>();

export function townIndex(rows: readonly TownRow[]): Map<string, TownRow[]> {
  let index = indexes.get(rows);
  if (!index) {
    index = new Map();
    for (const row of rows) {
      const k = foldPlaceName(row[0]);
      index.set(k, [...(index.get(k) ?? []), row]);
    }
    indexes.set(rows, index);
  }
  return index;
}

/**
 * Words before a name that say a place follows. Not a bare "to" or "of": "sell to Redland" and
 * "shares of Redland" name a company; "the town of Maco" and "the island of Sulawesi" a place.
 */
export const PLACE_CUE = /(?:\b(?:in|at|near|from|outside|around|across|into|between|towards?|via)|\b(?:town|city|village|island|province|state|county|region|suburb|district|municipality|capital)\s+of)\s+(?:the\s+)?$/i;

/** Months and days are towns somewhere ("August", California); in news they are dates. */
export const CALENDAR_WORDS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * The town a name means in an article about `countries` (ISO codes), or none. `within` is the
 * country a following ", Region" or ", Country" names, when it does.
 */
export function resolveTown(rows: readonly TownRow[], name: string, countries: ReadonlySet<string>, within?: string): Town | undefined {
  const found = townIndex(rows).get(foldPlaceName(name)) ?? [];
  const fits = found.filter((r) => (within ? r[3] === within : countries.has(r[3])));
  const best = [...fits].sort((a, b) => b[5] - a[5])[0];
  return best ? { name: best[0], lat: best[1], lon: best[2], country: best[3], population: best[5] } : undefined;
}

/** The town a name means when the article names no country: the only one, or one five times the size of any namesake. */
export function onlyTown(rows: readonly TownRow[], name: string): Town | undefined {
  const [first, second] = [...(townIndex(rows).get(foldPlaceName(name)) ?? [])].sort((a, b) => b[5] - a[5]);
  if (!first || (second && first[5] < 5 * second[5])) return undefined;
  return { name: first[0], lat: first[1], lon: first[2], country: first[3], population: first[5] };
}

/** Checks a fetched or read local-places.json; throws on a file of another shape. */
export function readLocalPlaces(data: unknown): LocalPlaces {
  const rows = (list: unknown): TownRow[] => {
    if (!Array.isArray(list)) throw new Error('local-places.json: not a list of rows');
    for (const row of list.slice(0, 3)) {
      if (!Array.isArray(row) || row.length !== 6 || typeof row[0] !== 'string' || typeof row[1] !== 'number' || typeof row[3] !== 'string') throw new Error('local-places.json: rows are not [name, lat, lon, country, code, population]');
    }
    return list as TownRow[];
  };
  const d = (data ?? {}) as { areas?: unknown; towns?: unknown };
  return { areas: rows(d.areas), towns: rows(d.towns) };
}
