/**
 * "Where" questions: distances a player can check on a globe, partial credit that never rewards
 * a worse guess, the searchable list (the accessible way to answer), and the map's pixel <->
 * place mapping that turns a tap into a guess.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PLACE_SCALE_KM,
  foldPlaceName,
  greatCircleKm,
  nearestPlaces,
  placeCredit,
  scorePlaceGuess,
  searchPlaces,
  type LatLon,
  type Place,
} from '../../src/core/geo';
import { createMapView, type PathSink } from '../../src/ui/canvas/worldMap';

const asset = (name: string): string => readFileSync(new URL(`../../assets/geo/${name}`, import.meta.url), 'utf8');
const places = JSON.parse(asset('places.json')) as Place[];
const topology: unknown = JSON.parse(asset('world-110m.json'));

const BEIJING = { lat: 39.9042, lon: 116.4074 };
const PYONGYANG = { lat: 39.0392, lon: 125.7625 };
const MOSCOW = { lat: 55.7558, lon: 37.6173 };
const ANCHORAGE = { lat: 61.2181, lon: -149.9003 };
const HELSINKI = { lat: 60.1699, lon: 24.9384 };

const latLon = fc.record({
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
});

describe('greatCircleKm', () => {
  it.each([
    ['Beijing', BEIJING, 'Pyongyang', PYONGYANG, 810],
    ['Beijing', BEIJING, 'Moscow', MOSCOW, 5800],
    // Over the Arctic: a flat-map guess would put this much further.
    ['Anchorage', ANCHORAGE, 'Helsinki', HELSINKI, 6500],
  ])('%s to %s is about the published distance (within 1%%)', (_a, a, _b, b, km) => {
    expect(Math.abs(greatCircleKm(a, b) - km) / km).toBeLessThan(0.01);
  });

  it('is zero from a place to itself and half the circumference to the antipode', () => {
    expect(greatCircleKm(BEIJING, BEIJING)).toBe(0);
    expect(greatCircleKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * 6371.0088, 6);
    expect(greatCircleKm({ lat: 90, lon: 0 }, { lat: -90, lon: 0 })).toBeCloseTo(Math.PI * 6371.0088, 6);
  });

  it('treats the antimeridian as no edge', () => {
    // Fiji's two sides of 180°: about 22 km, not most of the way round the world.
    expect(greatCircleKm({ lat: -17, lon: 179.9 }, { lat: -17, lon: -179.9 })).toBeLessThan(25);
  });

  it('is symmetric, non-negative and never more than half the circumference', () => {
    fc.assert(
      fc.property(latLon, latLon, (a, b) => {
        const d = greatCircleKm(a, b);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(Math.PI * 6371.0088 + 1e-6);
        expect(Math.abs(d - greatCircleKm(b, a))).toBeLessThan(1e-6);
      }),
    );
  });
});

describe('placeCredit', () => {
  it('is full credit at 0 km and within the tolerance (scale / 20)', () => {
    expect(placeCredit(0, 2000)).toBe(1);
    expect(placeCredit(100, 2000)).toBe(1);
    expect(placeCredit(101, 2000)).toBeLessThan(1);
  });

  it('is nothing at and past the scale', () => {
    expect(placeCredit(2000, 2000)).toBe(0);
    expect(placeCredit(2001, 2000)).toBe(0);
    expect(placeCredit(20_000, 2000)).toBe(0);
  });

  it('falls linearly between: half way through the band is half credit', () => {
    expect(placeCredit(1050, 2000)).toBeCloseTo(0.5, 10);
  });

  it('defaults to a 2000 km scale', () => {
    expect(DEFAULT_PLACE_SCALE_KM).toBe(2000);
    expect(placeCredit(1050)).toBeCloseTo(0.5, 10);
  });

  it('gives nothing for a distance that is not a number', () => {
    expect(placeCredit(Number.NaN, 2000)).toBe(0);
  });

  it('stays in [0, 1] and never rewards a guess further away', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 30_000, noNaN: true }),
        fc.double({ min: 0, max: 30_000, noNaN: true }),
        fc.double({ min: 1, max: 20_000, noNaN: true }),
        (d1, d2, scale) => {
          const [near, far] = d1 <= d2 ? [d1, d2] : [d2, d1];
          const a = placeCredit(near, scale);
          const b = placeCredit(far, scale);
          expect(a).toBeGreaterThanOrEqual(0);
          expect(a).toBeLessThanOrEqual(1);
          expect(b).toBeLessThanOrEqual(a);
        },
      ),
    );
  });

  it('scores a map tap and a list pick the same way', () => {
    const pyongyang = places.find((p) => p.id === 'city:kp-pyongyang');
    expect(pyongyang).toBeDefined();
    const tap = scorePlaceGuess(PYONGYANG, BEIJING);
    const pick = scorePlaceGuess(pyongyang!, BEIJING);
    expect(Math.abs(tap.distanceKm - pick.distanceKm)).toBeLessThan(5);
    expect(Math.abs(tap.credit - pick.credit)).toBeLessThan(0.01);
    expect(tap.credit).toBeGreaterThan(0.5);
  });
});

describe('searchPlaces', () => {
  const names = (query: string, limit = 10): string[] => searchPlaces(places, query, limit).map((p) => p.name);

  it('finds Beijing first from "beij"', () => {
    expect(names('beij')[0]).toBe('Beijing');
  });

  it('finds both Koreas from "kore"', () => {
    expect(names('kore')).toEqual(expect.arrayContaining(['North Korea', 'South Korea']));
  });

  it('ignores accents and case both ways', () => {
    expect(names('Reunion')).toContain('Réunion');
    expect(names('RÉUNION')).toContain('Réunion');
    expect(names('bogota')).toContain('Bogotá');
  });

  it('matches alternative names', () => {
    expect(names('burma')).toContain('Myanmar');
    expect(names('donbass')).toContain('Donbas');
  });

  it('finds nothing for an empty query and honours the limit', () => {
    expect(searchPlaces(places, '  ', 10)).toEqual([]);
    expect(searchPlaces(places, 'a', 5)).toHaveLength(5);
    expect(searchPlaces(places, 'a', 0)).toEqual([]);
  });

  it('orders exact, prefix, word prefix, substring; then country, city, region; then input order', () => {
    const fixture: Place[] = [
      { id: 'r1', name: 'Georgia', kind: 'region', lat: 32.7, lon: -83.4, country: 'US' },
      { id: 'x1', name: 'South Georgia', kind: 'country', lat: -54.5, lon: -37 },
      { id: 'c1', name: 'Georgetown', kind: 'city', lat: 6.8, lon: -58.2, country: 'GY' },
      { id: 'k1', name: 'Georgia', kind: 'country', lat: 42, lon: 43.5, country: 'GE' },
      { id: 'z1', name: 'Atlantageorgia', kind: 'city', lat: 0, lon: 0 },
      { id: 'c2', name: 'Georgetown', kind: 'city', lat: 5.4, lon: 100.3, country: 'MY' },
    ];
    expect(searchPlaces(fixture, 'georgia', 10).map((p) => p.id)).toEqual(['k1', 'r1', 'x1', 'z1']);
    expect(searchPlaces(fixture, 'georg', 10).map((p) => p.id)).toEqual(['k1', 'c1', 'c2', 'r1', 'x1', 'z1']);
  });

  it('folds punctuation so hyphens and apostrophes do not get in the way', () => {
    expect(foldPlaceName("Sana'a")).toBe('sanaa');
    expect(foldPlaceName('Port-au-Prince')).toBe('port au prince');
    expect(foldPlaceName('Nuku‘alofa')).toBe('nukualofa');
    expect(names('port au prince')).toContain('Port-au-Prince');
  });
});

describe('nearestPlaces', () => {
  it('puts the closest first, with its distance', () => {
    const near = nearestPlaces(places, { lat: 39.95, lon: 116.35 }, 3);
    expect(near).toHaveLength(3);
    expect(near[0]?.place.name).toBe('Beijing');
    expect(near[0]?.distanceKm).toBeLessThan(10);
    expect(near[1]!.distanceKm).toBeGreaterThanOrEqual(near[0]!.distanceKm);
    expect(near[2]!.distanceKm).toBeGreaterThanOrEqual(near[1]!.distanceKm);
  });

  it('returns nothing for n <= 0', () => {
    expect(nearestPlaces(places, BEIJING, 0)).toEqual([]);
  });
});

describe('createMapView', () => {
  const rect = { x: 20, y: 40, w: 800, h: 420 };
  const inRect = ([x, y]: [number, number]): boolean => x >= rect.x && x <= rect.x + rect.w && y >= rect.y && y <= rect.y + rect.h;
  const lonGap = (a: number, b: number): number => Math.abs(((((a - b) % 360) + 540) % 360) - 180);

  function expectRoundTrip(view: ReturnType<typeof createMapView>, p: LatLon): void {
    const xy = view.project(p);
    expect(xy).not.toBeNull();
    expect(inRect(xy!)).toBe(true);
    const back = view.invert(xy![0], xy![1]);
    expect(back).not.toBeNull();
    expect(Math.abs(back!.lat - p.lat)).toBeLessThan(0.5);
    // At a pole every longitude is the same point.
    if (Math.abs(p.lat) < 89) expect(lonGap(back!.lon, p.lon)).toBeLessThan(0.5);
  }

  it('round-trips places through pixels on the world view', () => {
    const view = createMapView(topology, rect);
    for (const p of [BEIJING, ANCHORAGE, HELSINKI, { lat: -33.9, lon: 18.4 }, { lat: -54.8, lon: -68.3 }, { lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 }]) {
      expectRoundTrip(view, p);
    }
    fc.assert(
      fc.property(fc.double({ min: -85, max: 85, noNaN: true }), fc.double({ min: -179, max: 179, noNaN: true }), (lat, lon) => {
        expectRoundTrip(view, { lat, lon });
      }),
      { numRuns: 200 },
    );
  });

  it('fills the rect with the globe: centre of the rect is 0°, 0°', () => {
    const view = createMapView(topology, rect);
    const centre = view.invert(rect.x + rect.w / 2, rect.y + rect.h / 2);
    expect(centre!.lat).toBeCloseTo(0, 6);
    expect(centre!.lon).toBeCloseTo(0, 6);
  });

  it('returns null off the globe: the corners of a world view', () => {
    const view = createMapView(topology, rect);
    expect(view.invert(rect.x + 1, rect.y + 1)).toBeNull();
    expect(view.invert(rect.x + rect.w - 1, rect.y + rect.h - 1)).toBeNull();
    expect(view.invert(-5000, -5000)).toBeNull();
  });

  it('zooms a focused view on the focus, even across the antimeridian', () => {
    const focus = { lat: 60, lon: -170, spanDeg: 40 };
    const view = createMapView(topology, rect, focus);
    const at = view.project(focus)!;
    expect(inRect(at)).toBe(true);
    // Turned to the focus longitude, so it sits on the rect's vertical centre line.
    expect(at[0]).toBeCloseTo(rect.x + rect.w / 2, 6);
    // Both sides of the Bering Strait are on screen and round-trip.
    for (const p of [focus, ANCHORAGE, { lat: 64.7, lon: 177.5 }, { lat: 52, lon: -176 }]) expectRoundTrip(view, p);
    // About spanDeg of arc fills the shorter side: 1° of latitude is about h / 40 pixels.
    const a = view.project({ lat: 55, lon: -170 })!;
    const b = view.project({ lat: 65, lon: -170 })!;
    expect(Math.abs(a[1] - b[1])).toBeGreaterThan((rect.h / 40) * 10 * 0.6);
    expect(Math.abs(a[1] - b[1])).toBeLessThan((rect.h / 40) * 10 * 1.6);
    // Europe is far outside this view.
    expect(inRect(view.project(HELSINKI)!)).toBe(false);
  });

  it('round-trips random places inside a focused view', () => {
    const view = createMapView(topology, rect, { lat: 48.5, lon: 35, spanDeg: 20 });
    fc.assert(
      fc.property(fc.double({ min: 42, max: 55, noNaN: true }), fc.double({ min: 25, max: 45, noNaN: true }), (lat, lon) => {
        expectRoundTrip(view, { lat, lon });
      }),
      { numRuns: 200 },
    );
  });

  it('draws country outlines as moveTo / lineTo / closePath, inside the rect', () => {
    const calls = { beginPath: 0, moveTo: 0, lineTo: 0, closePath: 0 };
    let outside = 0;
    const track = (x: number, y: number): void => {
      if (!inRect([x, y]) && Math.hypot(x - Math.min(Math.max(x, rect.x), rect.x + rect.w), y - Math.min(Math.max(y, rect.y), rect.y + rect.h)) > 1e-6) outside++;
    };
    const sink: PathSink = {
      beginPath: () => void calls.beginPath++,
      moveTo: (x, y) => {
        calls.moveTo++;
        track(x, y);
      },
      lineTo: (x, y) => {
        calls.lineTo++;
        track(x, y);
      },
      closePath: () => void calls.closePath++,
    };
    const world = createMapView(topology, rect);
    world.drawCountries(sink);
    expect(calls.beginPath).toBe(1);
    expect(calls.moveTo).toBeGreaterThan(150);
    expect(calls.lineTo).toBeGreaterThan(5000);
    expect(calls.closePath).toBe(calls.moveTo);
    expect(outside).toBe(0);

    // A zoomed view is clipped to its rect rather than drawing the world off-screen.
    const zoomed = createMapView(topology, rect, { lat: 50, lon: 30, spanDeg: 10 });
    zoomed.drawCountries(sink);
    expect(outside).toBe(0);
  });

  it('draws the graticule as open lines and the outline as one closed ring', () => {
    const view = createMapView(topology, rect);
    const counts = { moveTo: 0, lineTo: 0, closePath: 0 };
    const sink: PathSink = {
      beginPath: () => undefined,
      moveTo: () => void counts.moveTo++,
      lineTo: () => void counts.lineTo++,
      closePath: () => void counts.closePath++,
    };
    view.drawGraticule?.(sink);
    expect(counts.moveTo).toBeGreaterThan(30);
    expect(counts.closePath).toBe(0);
    view.drawOutline?.(sink);
    expect(counts.closePath).toBe(1);
  });

  it('refuses data that is not the world TopoJSON', () => {
    expect(() => createMapView({ type: 'FeatureCollection', features: [] }, rect)).toThrow(/TopoJSON/);
    expect(() => createMapView(null, rect)).toThrow(/TopoJSON/);
  });
});
