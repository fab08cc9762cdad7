/**
 * Areas with an outline (src/core/area.ts), on shapes made here so each case is plain to see:
 * inside or not (holes, several parts, the antimeridian, a pole), and how far outside, measured
 * as a player would on a globe.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AREA_ID, areaIdOf, borderKm, kmOutsideArea, pointInArea, type AreaShape, type Ring } from '../../src/core/area';
import { greatCircleKm } from '../../src/core/geo';
import { KM_PER_DEGREE } from '../harness/responses';

/** A closed lon/lat rectangle, counter-clockwise. */
const box = (w: number, s: number, e: number, n: number): Ring => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];
const polygon = (...rings: Ring[]): AreaShape => ({ type: 'Polygon', coordinates: rings });
const at = (lat: number, lon: number) => ({ lat, lon });
const RAD = Math.PI / 180;
/** Great-circle km from a point at `lat` to a meridian `dLon` degrees away: asin(cos lat · sin dLon). */
const toMeridianKm = (lat: number, dLon: number) => Math.asin(Math.cos(lat * RAD) * Math.sin(dLon * RAD)) * 6371.0088;

describe('pointInArea', () => {
  const square = polygon(box(0, 0, 10, 10));

  it('is inside a plain polygon and outside it', () => {
    expect(pointInArea(square, at(5, 5))).toBe(true);
    expect(pointInArea(square, at(5, 11))).toBe(false);
    expect(pointInArea(square, at(-1, 5))).toBe(false);
  });

  it('does not count a hole as inside (a point in Lesotho is not in South Africa)', () => {
    const ring = polygon(box(0, 0, 10, 10), box(4, 4, 6, 6));
    expect(pointInArea(ring, at(5, 5))).toBe(false);
    expect(pointInArea(ring, at(2, 2))).toBe(true);
    // Outside by the distance to the hole's nearest edge, the meridian 1° east (a great circle).
    expect(kmOutsideArea(ring, at(5, 5))).toBeCloseTo(toMeridianKm(5, 1), 6);
  });

  it('counts every part of a multipolygon, and an island inside another part’s hole', () => {
    const shape: AreaShape = {
      type: 'MultiPolygon',
      coordinates: [[box(0, 0, 10, 10), box(3, 3, 7, 7)], [box(4, 4, 6, 6)], [box(20, 20, 21, 21)]],
    };
    expect(pointInArea(shape, at(1, 1))).toBe(true);
    expect(pointInArea(shape, at(3.5, 3.5))).toBe(false);
    expect(pointInArea(shape, at(5, 5))).toBe(true);
    expect(pointInArea(shape, at(20.5, 20.5))).toBe(true);
    expect(pointInArea(shape, at(15, 15))).toBe(false);
  });

  it('reads a ring whether or not it repeats its first position, and either way round', () => {
    const open: Ring = [
      [0, 0],
      [0, 10],
      [10, 10],
      [10, 0],
    ];
    expect(pointInArea(polygon(open), at(5, 5))).toBe(true);
    expect(pointInArea(polygon(open), at(5, 15))).toBe(false);
  });

  describe('across the antimeridian', () => {
    // As world-atlas gives Fiji's Vanua Levu: one ring that runs up to 180°, jumps to -180° and back.
    const cut = polygon([
      [178, -17],
      [180, -17],
      [-180, -17],
      [-179, -17],
      [-179, -16],
      [-180, -16],
      [180, -16],
      [178, -16],
      [178, -17],
    ]);
    // The same island as a ring that simply crosses: 179° to -179° is a 2° step, not 358°.
    const crossing = polygon([
      [178, -17],
      [-179, -17],
      [-179, -16],
      [178, -16],
      [178, -17],
    ]);

    it.each([
      ['cut at ±180°', cut],
      ['crossing it', crossing],
    ])('finds a point on either side inside the ring %s, and the ocean beyond outside', (_name, shape) => {
      expect(pointInArea(shape, at(-16.5, 179.5))).toBe(true);
      expect(pointInArea(shape, at(-16.5, -179.5))).toBe(true);
      expect(pointInArea(shape, at(-16.5, 180))).toBe(true);
      expect(pointInArea(shape, at(-16.5, -180))).toBe(true);
      expect(pointInArea(shape, at(-16.5, 0))).toBe(false);
      expect(pointInArea(shape, at(-16.5, 177))).toBe(false);
      expect(pointInArea(shape, at(-16.5, -178))).toBe(false);
      expect(pointInArea(shape, at(-18, 179.5))).toBe(false);
    });

    it('measures a miss across the line the short way round', () => {
      // 0.5° of longitude east of -179° at latitude -16.5: about 53 km, not most of the way round.
      const miss = at(-16.5, -178.5);
      expect(kmOutsideArea(cut, miss)).toBeCloseTo(greatCircleKm(miss, at(-16.5, -179)), 0);
      expect(kmOutsideArea(cut, miss)).toBeLessThan(60);
    });
  });

  it('closes a ring that goes round the South Pole along the pole (Antarctica)', () => {
    const ring: [number, number][] = [];
    for (let lon = -180; lon <= 180; lon += 30) ring.push([lon, -70]);
    const antarctica = polygon(ring);
    expect(pointInArea(antarctica, at(-80, 0))).toBe(true);
    expect(pointInArea(antarctica, at(-89.9, 123))).toBe(true);
    expect(pointInArea(antarctica, at(-90, 0))).toBe(true);
    expect(pointInArea(antarctica, at(-60, 0))).toBe(false);
    expect(pointInArea(antarctica, at(45, 0))).toBe(false);
    // 10° of latitude north of its coast along a meridian through a vertex.
    expect(kmOutsideArea(antarctica, at(-60, 30))).toBeCloseTo(10 * KM_PER_DEGREE, 0);
  });

  it('has nothing inside an empty or degenerate shape', () => {
    expect(pointInArea({ type: 'MultiPolygon', coordinates: [] }, at(0, 0))).toBe(false);
    expect(pointInArea(polygon([[0, 0], [1, 1]]), at(0.5, 0.5))).toBe(false);
    expect(kmOutsideArea({ type: 'MultiPolygon', coordinates: [] }, at(0, 0))).toBe(Infinity);
  });
});

describe('kmOutsideArea and borderKm', () => {
  const square = polygon(box(0, 0, 10, 10));

  it('is 0 inside, however far the border', () => {
    expect(kmOutsideArea(square, at(5, 5))).toBe(0);
    // ...which is the meridian 5° west (nearer than the equator, 5° south).
    expect(borderKm(square, at(5, 5))).toBeCloseTo(toMeridianKm(5, 5), 6);
  });

  it('measures from the nearest edge, not the nearest corner: due south of the equator edge', () => {
    // The south edge runs along the equator, which is a great circle: the distance is exact.
    expect(kmOutsideArea(square, at(-3, 5))).toBeCloseTo(3 * KM_PER_DEGREE, 6);
  });

  it('measures from a corner where the nearest point is a corner', () => {
    expect(kmOutsideArea(square, at(-3, -4))).toBeCloseTo(greatCircleKm(at(-3, -4), at(0, 0)), 6);
  });

  it('grows as a tap moves straight away from the border', () => {
    const kms = [0.1, 0.5, 1, 2, 5, 10, 20].map((d) => kmOutsideArea(square, at(-d, 5)));
    for (let i = 1; i < kms.length; i++) expect(kms[i]!).toBeGreaterThan(kms[i - 1]!);
  });

  it('is never more than the distance to any vertex, and 0 only inside', () => {
    const ring = box(-20, -10, 30, 25);
    const shape = polygon(ring);
    fc.assert(
      fc.property(fc.double({ min: -89, max: 89, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true }), (lat, lon) => {
        const km = kmOutsideArea(shape, at(lat, lon));
        const nearestVertex = Math.min(...ring.map(([x, y]) => greatCircleKm(at(lat, lon), at(y!, x!))));
        expect(km).toBeLessThanOrEqual(nearestVertex + 1e-6);
        expect(km === 0).toBe(pointInArea(shape, at(lat, lon)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('area ids', () => {
  it('takes country:XX and region ids, nothing else', () => {
    for (const ok of ['country:RU', 'country:US', 'region:alaska', 'region:georgia-us-state']) expect(AREA_ID.test(ok), ok).toBe(true);
    for (const bad of ['RU', 'country:ru', 'country:RUS', 'region:', 'region:Alaska', 'city:cn-beijing', 'country:RU ', 'region:a--b']) expect(AREA_ID.test(bad), bad).toBe(false);
  });

  it('names a gazetteer place’s area: countries and regions have one, cities do not', () => {
    expect(areaIdOf({ id: 'RU', kind: 'country' })).toBe('country:RU');
    expect(areaIdOf({ id: 'region:alaska', kind: 'region' })).toBe('region:alaska');
    expect(areaIdOf({ id: 'city:cn-beijing', kind: 'city' })).toBeUndefined();
  });
});
