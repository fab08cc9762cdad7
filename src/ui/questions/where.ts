import Phaser from 'phaser';
import { nearestPlaces, searchPlaces } from '../../core/geo';
import { mirrorRows, type Rect } from '../layout';
import { lookOf } from '../canvas/look';
import { pixelRatioOf } from '../engine/pixelRatio';
import { buttonFace, fittedText } from '../canvas/widgets';
import { createMapView, type MapView } from '../canvas/worldMap';
import type { PublicQuestion } from '../../live/publicQuestion';
import type { QuestionView, ViewContext } from './types';

const q = (ctx: ViewContext) => ctx.shown as Extract<PublicQuestion, { type: 'where' }>;

/** Under this height a map is a strip nobody can aim at: the map goes beside the controls. */
const MIN_MAP_H = 120;

function rows(ctx: ViewContext): { search: Rect; map: Rect; status: Rect; submit: Rect } {
  const a = ctx.area;
  const f = ctx.font;
  const searchH = Math.round(f * 1.4 + 56);
  const bh = Math.max(48, Math.round(f * 2.4));
  const stackedMapH = a.h - searchH - 8 - bh - 10;
  // A short, wide answer area (a phone on its side, a window at 200% zoom): two columns, the
  // search, pin and Answer on the reading side, the map as tall as the whole area beside them.
  if (stackedMapH < MIN_MAP_H && a.w >= 420) {
    const lw = Math.min(320, Math.round(a.w * 0.42));
    const search: Rect = { x: a.x, y: a.y, w: lw, h: searchH };
    const submit: Rect = { x: a.x, y: a.y + a.h - bh, w: lw, h: bh };
    const status: Rect = { x: a.x, y: search.y + search.h + 4, w: lw, h: Math.max(0, submit.y - 4 - (search.y + search.h + 4)) };
    const map: Rect = { x: a.x + lw + 12, y: a.y, w: a.w - lw - 12, h: a.h };
    return mirrorRows({ search, map, status, submit }, a, ctx.look.rtl);
  }
  const search: Rect = { x: a.x, y: a.y, w: Math.min(a.w, 520), h: searchH };
  const submitW = Math.min(240, Math.round(a.w * 0.4));
  const submit: Rect = { x: a.x + a.w - submitW, y: a.y + a.h - bh, w: submitW, h: bh };
  const status: Rect = { x: a.x, y: submit.y, w: a.w - submitW - 12, h: bh };
  const map: Rect = { x: a.x, y: search.y + search.h + 8, w: a.w, h: submit.y - 10 - (search.y + search.h + 8) };
  return mirrorRows({ search, map, status, submit }, a, ctx.look.rtl);
}

function mapOf(ctx: ViewContext, rect: Rect): MapView | null {
  return ctx.geo ? createMapView(ctx.geo.topology, rect, q(ctx).focus) : null;
}

/*
 * Kept on purpose, the one counter in ui/: texture keys must be unique in the game's texture
 * cache, and there is one game (so one cache) per page, so a count per page is exactly the scope
 * a key needs. It names textures and nothing else: no drawing or rule reads it back.
 */
let bakedMaps = 0;

/**
 * Draws the countries once into a texture and shows that. As a live Graphics, thousands of
 * outline points were turned into triangles again on every frame, which cost more than a frame
 * on a slow phone; baked, the map is one image, sea and land together (one layer to fill, not
 * two). The texture goes when the image does.
 */
export function drawMap(scene: Phaser.Scene, view: MapView, rect: Rect): void {
  const colors = lookOf(scene).colors;
  const g = scene.make.graphics({}, false);
  // Baked at the screen's pixel ratio, shown at the rect's CSS size: borders stay sharp.
  const ratio = pixelRatioOf(scene);
  g.scaleCanvas(ratio, ratio);
  g.translateCanvas(-rect.x, -rect.y);
  g.fillStyle(colors.mapSea, 1);
  g.fillRoundedRect(rect.x, rect.y, rect.w, rect.h, Math.min(12, rect.h / 2));
  g.fillStyle(colors.mapLand, 1);
  g.lineStyle(1, colors.mapBorder, 1);
  g.beginPath();
  view.drawCountries(g);
  g.fillPath();
  g.strokePath();
  const key = `map:${++bakedMaps}`;
  g.generateTexture(key, Math.max(1, Math.ceil(rect.w * ratio)), Math.max(1, Math.ceil(rect.h * ratio)));
  g.destroy();
  const image = scene.add.image(rect.x, rect.y, key).setOrigin(0, 0).setScale(1 / ratio);
  image.once(Phaser.GameObjects.Events.DESTROY, () => scene.textures.remove(key));
}

export function drawPin(scene: Phaser.Scene, view: MapView, p: { lat: number; lon: number }, color: number): void {
  const xy = view.project(p);
  if (!xy) return;
  const g = scene.add.graphics();
  g.fillStyle(color, 1).fillCircle(xy[0], xy[1] - 14, 9);
  g.fillTriangle(xy[0] - 7, xy[1] - 10, xy[0] + 7, xy[1] - 10, xy[0], xy[1]);
  g.fillStyle(0xffffff, 1).fillCircle(xy[0], xy[1] - 14, 3.5);
}

function pinLabel(ctx: ViewContext): string {
  const p = ctx.draft.point;
  if (!p) return ctx.i18n.t('round.noPin');
  if (p.label) return ctx.i18n.t('round.pinAt', { place: p.label });
  const near = ctx.geo ? nearestPlaces(ctx.geo.places, p, 1)[0] : undefined;
  return near ? ctx.i18n.t('round.pinAt', { place: ctx.i18n.t('round.pinNear', { place: near.place.name }) }) : ctx.i18n.t('round.pinAt', { place: `${p.lat.toFixed(1)}, ${p.lon.toFixed(1)}` });
}

export const whereView: QuestionView = {
  drawCanvas(ctx) {
    const r = rows(ctx);
    const view = mapOf(ctx, r.map);
    if (view) {
      drawMap(ctx.scene, view, r.map);
      if (ctx.draft.point) drawPin(ctx.scene, view, ctx.draft.point, ctx.look.colors.pin);
    } else {
      fittedText(ctx.scene, r.map, ctx.i18n.t('round.mapLoading'), { size: ctx.font, align: 'center', color: ctx.look.colors.muted });
    }
    fittedText(ctx.scene, r.status, pinLabel(ctx), { size: ctx.font, color: ctx.look.colors.text });
    buttonFace(ctx.scene, r.submit, ctx.i18n.t('round.submit'), ctx.font, ctx.draft.point ? ctx.look.colors.button : ctx.look.colors.panelEdge);
  },
  layer(ctx) {
    const r = rows(ctx);
    const { t } = ctx.i18n;
    const places = ctx.geo?.places ?? [];
    const submit = () => {
      const p = ctx.draft.point;
      if (p) ctx.submit({ kind: 'point', lat: p.lat, lon: p.lon, ...(p.label ? { label: p.label } : {}) });
    };
    return {
      buttons: [{ id: 'submit', label: t('round.submit'), rect: r.submit, onPress: submit, disabled: !ctx.draft.point, keyshortcuts: 'Enter' }],
      controls: [
        {
          kind: 'surface',
          id: 'map',
          label: t('round.whereHint'),
          rect: r.map,
          onPoint: (x, y) => {
            const view = mapOf(ctx, r.map);
            const p = view?.invert(x, y);
            if (!p) return;
            ctx.draft.point = { lat: p.lat, lon: p.lon };
            ctx.refresh();
          },
        },
        {
          kind: 'search',
          id: 'place-search',
          label: t('round.searchPlace'),
          listLabel: t('round.searchResults'),
          rect: r.search,
          placeholder: t('round.whereHint'),
          suggest: (query) => searchPlaces(places, query, 8).map((p) => ({ value: p.id, label: p.name })),
          onPick: (id) => {
            const p = places.find((pl) => pl.id === id);
            if (!p) return;
            ctx.draft.point = { lat: p.lat, lon: p.lon, label: p.name };
            ctx.refresh('submit');
          },
        },
      ],
    };
  },
  // Keyboard players start in the place search; others on the map, with no text field focused.
  focusId: (ctx) => (ctx.keyboard ? 'place-search' : undefined),
  confirm(ctx) {
    const p = ctx.draft.point;
    if (p) ctx.submit({ kind: 'point', lat: p.lat, lon: p.lon, ...(p.label ? { label: p.label } : {}) });
  },
};
