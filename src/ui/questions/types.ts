/**
 * One view per question type. A view draws its answer area on the canvas and lists the DOM
 * controls and buttons that let a player answer; the round scene owns the flow around it.
 */
import type Phaser from 'phaser';
import type { AreaLookup } from '../../core/area';
import type { Response } from '../../core/judge';
import type { Place } from '../../core/geo';
import type { PublicQuestion } from '../../live/publicQuestion';
import type { I18n } from '../../services/i18n';
import type { LayerButton } from '../dom/AccessibleLayer';
import type { LayerControl } from '../dom/layerControls';
import type { Rect } from '../layout';
import type { Look } from '../canvas/look';

/** An answer being made: kept by the scene so a resize or a pause does not lose it. */
export interface Draft {
  number?: number;
  year?: number;
  month?: number;
  day?: number;
  point?: { lat: number; lon: number; label?: string };
}

export interface GeoData {
  topology: unknown;
  places: Place[];
  /** The outlines "where" questions naming an area are scored by: countries from `topology`, regions (US states, Canadian provinces, Australian states) from geo/regions.json. */
  areas: AreaLookup;
}

export interface ViewContext {
  scene: Phaser.Scene;
  /** The page's direction and palette, as the scene draws with them. */
  look: Look;
  /** The space below the prompt where the answer is made. */
  area: Rect;
  font: number;
  /** The question as shown: what a player may see while it is open, never its answer. */
  shown: PublicQuestion;
  i18n: I18n;
  draft: Draft;
  geo: GeoData | null;
  /** The player is using the keyboard (see KeyboardInput.usingKeyboard). */
  keyboard: boolean;
  submit(response: Response): void;
  /** Redraw after the draft changed (the DOM controls keep their own state and focus). */
  redrawCanvas(): void;
  /** Rebuild canvas and controls (e.g. after a pick that enables the Answer button). */
  refresh(focusId?: string): void;
  /** Move another control to match (the slider after a typed number), without stealing focus. */
  setControlValue(id: string, value: string): void;
}

export interface QuestionView {
  drawCanvas(ctx: ViewContext): void;
  layer(ctx: ViewContext): { buttons: LayerButton[]; controls: LayerControl[] };
  /** Where focus should land when the question appears. */
  focusId(ctx: ViewContext): string | undefined;
  /** 1-6 / A-F, for card questions: the place of the card the key names. */
  answerKey?(ctx: ViewContext, place: number): void;
  /** Enter when focus is not on a control: submit the draft where there is one. */
  confirm?(ctx: ViewContext): void;
}
