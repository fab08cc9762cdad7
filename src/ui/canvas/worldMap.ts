/**
 * The world map behind "Where" questions, as geometry only: which pixel is which place, and
 * the country outlines as path commands. It draws through a small PathSink, not Phaser, so a
 * scene can hand it a Graphics object (or a canvas 2D context) and tests can run it in Node.
 *
 * Projection, antimeridian cutting and pole handling are d3-geo's; the outlines are Natural
 * Earth 1:110m via world-atlas (assets/geo/world-110m.json, see assets/geo/SOURCES.md).
 */
import { geoCircle, geoEqualEarth, geoGraticule10, geoPath, type GeoProjection } from 'd3-geo';
import type { LatLon } from '../../core/geo';
import { countriesOf } from '../../core/outlines';

/** The drawing calls the map makes. A Phaser Graphics and a CanvasRenderingContext2D both fit. */
export interface PathSink {
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
}

export interface MapView {
  /** Pixel of a place; may lie outside the rect in a focused view. Null if it cannot be projected. */
  project(p: LatLon): [number, number] | null;
  /** Place under a pixel, or null where the pixel is off the globe (the corners of a world view). */
  invert(x: number, y: number): LatLon | null;
  /** All country outlines as one path: beginPath once, then each ring; fill or stroke after. */
  drawCountries(sink: PathSink): void;
  /** Meridians and parallels every 10°, as one path of open lines: stroke after. */
  drawGraticule?(sink: PathSink): void;
  /** The globe's outline, as one closed path: fill it for the sea, behind the countries. */
  drawOutline?(sink: PathSink): void;
}

export interface MapRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface MapFocus {
  lat: number;
  lon: number;
  /** About how many degrees of arc the shorter side of the rect shows around the focus. */
  spanDeg: number;
}

// geoPath calls arc() only for GeoJSON points, which the country and graticule layers do not
// contain; the adapter keeps it so geoPath's context contract is met without widening PathSink.
function contextFor(sink: PathSink): Parameters<typeof geoPath>[1] {
  return {
    beginPath: () => sink.beginPath(),
    moveTo: (x: number, y: number) => sink.moveTo(x, y),
    lineTo: (x: number, y: number) => sink.lineTo(x, y),
    closePath: () => sink.closePath(),
    arc: () => undefined,
  };
}

const SPHERE = { type: 'Sphere' } as const;

/**
 * A map fitted into `rect`. Equal Earth keeps areas true, so no country looks bigger (or easier
 * to hit) than it is. With `focus`, the view turns to the focus longitude (so a Pacific focus is
 * not cut in half by the map edge) and zooms until a circle `spanDeg` across fits the rect.
 */
export function createMapView(topology: unknown, rect: MapRect, focus?: MapFocus): MapView {
  const countries = countriesOf(topology);
  const extent: [[number, number], [number, number]] = [
    [rect.x, rect.y],
    [rect.x + rect.w, rect.y + rect.h],
  ];
  const projection: GeoProjection = geoEqualEarth();
  if (focus && focus.spanDeg < 180) {
    const radius = Math.max(0.5, focus.spanDeg / 2);
    projection.rotate([-focus.lon, 0]);
    projection.fitExtent(extent, geoCircle().center([focus.lon, focus.lat]).radius(radius)());
  } else {
    projection.fitExtent(extent, SPHERE);
  }
  // Clip drawing to the rect: a zoomed view would otherwise stroke the whole world off-screen.
  projection.clipExtent(extent);

  // A pixel off the globe still inverts to some lon/lat (wrapped or past a pole); projecting it
  // back then lands elsewhere. A round trip within a thousandth of a pixel means on the globe.
  const ROUND_TRIP_PX = 1e-3;

  return {
    project(p) {
      const xy = projection([p.lon, p.lat]);
      if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) return null;
      return [xy[0], xy[1]];
    },
    invert(x, y) {
      const lonLat = projection.invert?.([x, y]);
      if (!lonLat) return null;
      const [lon, lat] = lonLat;
      if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 90) return null;
      const back = projection(lonLat);
      if (!back || Math.hypot(back[0] - x, back[1] - y) > ROUND_TRIP_PX) return null;
      return { lat, lon: ((((lon + 180) % 360) + 360) % 360) - 180 };
    },
    drawCountries(sink) {
      sink.beginPath();
      geoPath(projection, contextFor(sink))(countries);
    },
    drawGraticule(sink) {
      sink.beginPath();
      geoPath(projection, contextFor(sink))(geoGraticule10());
    },
    drawOutline(sink) {
      sink.beginPath();
      geoPath(projection, contextFor(sink))(SPHERE);
    },
  };
}

