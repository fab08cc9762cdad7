import Phaser from 'phaser';
import { lookOf, type Look } from '../ui/canvas/look';
import { clearScene } from '../ui/canvas/widgets';
import type { LayerScreen } from '../ui/dom/AccessibleLayer';
import { fitCamera, viewOf } from '../ui/engine/pixelRatio';
import { roundLayout } from '../ui/layout';
import type { ViewContext } from '../ui/questions/types';
import { servicesOf, type GameServices } from './context';

/**
 * A scene that draws one screen from its own state: the canvas and its accessible twin come
 * from the same layout, and a resize or an orientation change redraws both without touching
 * the state.
 */
export abstract class ScreenScene extends Phaser.Scene {
  protected svc!: GameServices;
  private releaseKeys: (() => void) | undefined;
  /** The size the canvas was last drawn at. */
  private drawnSize = '';

  /** The page's direction and palette, read afresh on each draw so a redraw follows a change. */
  protected get look(): Look {
    return lookOf(this);
  }

  /** The screen's size in CSS pixels: layouts, and the accessible layer's rects, use these. */
  protected get screenSize(): { width: number; height: number } {
    return viewOf(this);
  }

  /** A new pixel ratio at the same CSS size (a zoom) redraws too: text is drawn at the ratio. */
  private get sizeKey(): string {
    const v = viewOf(this);
    return `${v.width}x${v.height}@${v.ratio}`;
  }

  /** Draw the canvas for the current state at the current size. */
  protected abstract drawCanvas(w: number, h: number): void;
  /** The accessible twin of what drawCanvas drew. */
  protected abstract screen(w: number, h: number): LayerScreen;

  protected begin(): void {
    this.svc = servicesOf(this);
    fitCamera(this);
    const onResize = () => this.onResize();
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, onResize);
      this.releaseKeys?.();
    });
  }

  protected bindKeys(handlers: Parameters<GameServices['keys']['bind']>[0]): void {
    this.releaseKeys?.();
    this.releaseKeys = this.svc.keys.bind(handlers);
  }

  /**
   * What a question's view draws with, for the question as shown: the round's layout at the
   * current size, and the scene's own draft, map data and answer.
   */
  protected questionContext(o: Pick<ViewContext, 'shown' | 'draft' | 'geo' | 'submit'> & { area?: ViewContext['area'] }): ViewContext {
    const { width, height } = this.screenSize;
    const l = roundLayout(width, height, this.look.rtl);
    return {
      scene: this,
      look: this.look,
      area: o.area ?? l.answerArea,
      font: l.frame.font,
      shown: o.shown,
      i18n: this.svc.i18n,
      draft: o.draft,
      geo: o.geo,
      keyboard: this.svc.keys.usingKeyboard,
      submit: o.submit,
      redrawCanvas: () => this.redrawCanvas(),
      refresh: (focusId) => this.refresh(focusId),
      setControlValue: (id, value) => this.svc.a11y.setControlValue(id, value),
    };
  }

  /** Redraw only the canvas: the DOM controls keep their values and focus while a slider moves. */
  protected redrawCanvas(): void {
    const { width, height } = this.screenSize;
    clearScene(this);
    this.drawCanvas(width, height);
  }

  /** Redraw everything after the state changed; focus moves to `focusId` if given. */
  protected refresh(focusId?: string): void {
    const { width, height } = this.screenSize;
    clearScene(this);
    this.drawCanvas(width, height);
    this.drawnSize = this.sizeKey;
    this.svc.a11y.show(this.screen(width, height), focusId);
  }

  private onResize(): void {
    const { width, height } = this.screenSize;
    fitCamera(this);
    // The engine reports a resize on its first frames even when the size stayed: the canvas
    // already shows this size, so only the layer is placed again.
    if (this.drawnSize !== this.sizeKey) {
      clearScene(this);
      this.drawCanvas(width, height);
      this.drawnSize = this.sizeKey;
    }
    this.svc.a11y.reposition(this.screen(width, height));
  }
}
