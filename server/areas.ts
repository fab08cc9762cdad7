/**
 * The outlines the live server scores "where" questions naming an area by (a country, a US
 * state), so a tap in Harbin is right for China on a phone in a class game exactly as in a solo
 * round. They are the files the build ships to the browser (assets/ is Vite's public folder),
 * read from the repository rather than dist/, so a server that serves no pages (the tests) has
 * them too, and built with the core's own look-up (src/core/outlines.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AreaLookup } from '../src/core/area';
import type { Place } from '../src/core/geo';
import { areaLookup } from '../src/core/outlines';

/** assets/geo/ in the repository: the map, the gazetteer and the regions' outlines. */
export const GEO_DIR = fileURLToPath(new URL('../assets/geo/', import.meta.url));

const readJson = (dir: string, name: string): unknown => {
  try {
    return JSON.parse(readFileSync(join(dir, name), 'utf8'));
  } catch (e) {
    throw new Error(`the live server needs ${join(dir, name)} to score "where" questions by their outlines: ${(e as Error).message}`);
  }
};

/**
 * Reads the outline files once and builds the look-up. It is built here and not on the first
 * answer, so no player's answer waits for the decode, and a map and gazetteer that do not fit
 * together stop the server at start instead of quietly scoring every country by its radius.
 */
export function readAreas(dir: string = GEO_DIR): AreaLookup {
  const places = readJson(dir, 'places.json');
  if (!Array.isArray(places)) throw new Error(`${join(dir, 'places.json')} is not a list of places`);
  const areas = areaLookup(readJson(dir, 'world-110m.json'), places as Place[], readJson(dir, 'regions.json'));
  for (const id of ['country:US', 'region:texas']) {
    if (!areas(id)) throw new Error(`no outline for ${id} in ${dir}: the map, the gazetteer and the regions do not fit together`);
  }
  return areas;
}
