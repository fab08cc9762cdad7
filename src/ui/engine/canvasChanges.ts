/**
 * Whether anything the engine would draw changed since the last frame it drew.
 *
 * Phaser redraws the whole canvas on every animation frame. A question screen changes about 17
 * times a second (the time bar moves a pixel at a time), a menu not at all, and every drawn
 * frame also costs the browser a composite of the page. On a phone that is battery; on a slow
 * one, and in software WebGL, it is dropped frames. So each frame this records what the screen
 * is made of and the engine draws only when the record differs (see `drawOnChange.ts`).
 *
 * The record is the list of values that decide how an object looks, compared one by one with
 * the last frame's: no hashing, so no collisions. It knows the objects this game draws (images,
 * texts, graphics and containers) and the cameras. Anything else, or anything it cannot see
 * into (a mask, filters, a camera effect), makes it answer "changed" every frame: an unknown
 * object costs the old behaviour, never a stale screen.
 *
 * Deliberately free of Phaser imports (it reads the objects by shape), so it is tested in Node.
 */

/** The parts of a Phaser game object the record reads. */
export interface DrawnObject {
  type: string;
  visible?: boolean;
  alpha?: number;
  x?: number;
  y?: number;
  scaleX?: number;
  scaleY?: number;
  rotation?: number;
  originX?: number;
  originY?: number;
  depth?: number;
  blendMode?: number | string;
  scrollFactorX?: number;
  scrollFactorY?: number;
  flipX?: boolean;
  flipY?: boolean;
  frame?: object;
  isCropped?: boolean;
  _crop?: { x: number; y: number; width: number; height: number };
  tintTopLeft?: number;
  tintTopRight?: number;
  tintBottomLeft?: number;
  tintBottomRight?: number;
  tintMode?: number;
  width?: number;
  height?: number;
  text?: string;
  style?: { color?: unknown; fontSize?: unknown; fontStyle?: unknown; fontFamily?: unknown; align?: unknown };
  commandBuffer?: unknown[];
  list?: DrawnObject[];
  mask?: unknown;
  filters?: unknown;
}

export interface DrawnCamera {
  x: number;
  y: number;
  width: number;
  height: number;
  scrollX: number;
  scrollY: number;
  zoom: number;
  rotation: number;
  alpha: number;
  visible: boolean;
  transparent: boolean;
  backgroundColor: { color32?: number; color?: number; alphaGL?: number };
  mask?: unknown;
  filters?: unknown;
  fadeEffect?: { isRunning: boolean; isComplete: boolean };
  flashEffect?: { isRunning: boolean };
  shakeEffect?: { isRunning: boolean };
}

export interface DrawnScene {
  sys: {
    settings: { status: number; visible: boolean };
    displayList?: { list: DrawnObject[] };
    cameras?: { cameras: DrawnCamera[] };
  };
}

/** What the record reads of the game: its scenes in drawing order and its canvas. */
export interface DrawnGame {
  scenes: readonly DrawnScene[];
  canvas: { width: number; height: number };
}

export class CanvasChanges {
  private last: unknown[] = [];
  private next: unknown[] = [];
  private n = 0;
  private differs = false;
  private always = false;

  /** Records the game as it is now; true when it differs from the last record (or cannot be told). */
  changed(game: DrawnGame): boolean {
    this.n = 0;
    this.differs = false;
    this.always = false;
    this.add(game.canvas.width);
    this.add(game.canvas.height);
    for (const scene of game.scenes) this.scene(scene);
    const changed = this.always || this.differs || this.n !== this.last.length;
    // Keep this frame's record and reuse the old array: no garbage on a frame that draws nothing.
    this.next.length = this.n;
    [this.last, this.next] = [this.next, this.last];
    return changed;
  }

  /** Forgets the record, so the next frame is drawn whatever it holds (a restored GPU context). */
  reset(): void {
    this.last.length = 0;
  }

  private add(v: unknown): void {
    if (!this.differs && this.last[this.n] !== v) this.differs = true;
    this.next[this.n++] = v;
  }

  private scene(s: DrawnScene): void {
    const { settings, displayList, cameras } = s.sys;
    this.add(s);
    this.add(settings.status);
    this.add(settings.visible);
    for (const c of cameras?.cameras ?? []) this.camera(c);
    for (const o of displayList?.list ?? []) this.object(o);
  }

  private camera(c: DrawnCamera): void {
    if (c.mask || c.filters && hasFilters(c.filters) || c.fadeEffect?.isRunning || c.fadeEffect?.isComplete || c.flashEffect?.isRunning || c.shakeEffect?.isRunning) this.always = true;
    this.add(c);
    this.add(c.x);
    this.add(c.y);
    this.add(c.width);
    this.add(c.height);
    this.add(c.scrollX);
    this.add(c.scrollY);
    this.add(c.zoom);
    this.add(c.rotation);
    this.add(c.alpha);
    this.add(c.visible);
    this.add(c.transparent);
    this.add(c.backgroundColor.color32 ?? c.backgroundColor.color);
    this.add(c.backgroundColor.alphaGL);
  }

  private object(o: DrawnObject): void {
    const textured = o.type === 'Image' || o.type === 'Text';
    const known = textured || o.type === 'Graphics' || o.type === 'Container';
    if (!known || o.mask || o.filters && hasFilters(o.filters)) {
      this.always = true;
      return;
    }
    this.add(o);
    this.add(o.visible);
    // An invisible object (and all a container holds) draws nothing, whatever else it has.
    if (o.visible === false) return;
    this.add(o.alpha);
    this.add(o.x);
    this.add(o.y);
    this.add(o.scaleX);
    this.add(o.scaleY);
    this.add(o.rotation);
    this.add(o.depth);
    this.add(o.blendMode);
    this.add(o.scrollFactorX);
    this.add(o.scrollFactorY);
    if (textured) {
      this.add(o.originX);
      this.add(o.originY);
      this.add(o.flipX);
      this.add(o.flipY);
      this.add(o.frame);
      this.add(o.width);
      this.add(o.height);
      this.add(o.tintTopLeft);
      this.add(o.tintTopRight);
      this.add(o.tintBottomLeft);
      this.add(o.tintBottomRight);
      this.add(o.tintMode);
      this.add(o.isCropped);
      if (o.isCropped && o._crop) {
        this.add(o._crop.x);
        this.add(o._crop.y);
        this.add(o._crop.width);
        this.add(o._crop.height);
      }
      // A text redraws its own canvas when its words or style change; the frame stays the same.
      if (o.type === 'Text') {
        this.add(o.text);
        this.add(o.style?.color);
        this.add(o.style?.fontSize);
        this.add(o.style?.fontStyle);
        this.add(o.style?.fontFamily);
        this.add(o.style?.align);
      }
    } else if (o.type === 'Graphics') {
      // The drawing commands themselves: a cleared and redrawn graphics keeps the same array.
      const b = o.commandBuffer ?? [];
      this.add(b.length);
      for (const v of b) this.add(v);
    } else {
      for (const child of o.list ?? []) this.object(child);
      this.add(-1); // where the container's children end, so a child moved out of it counts
    }
  }
}

/** Phaser 4's filter list on an object or camera: internal and external filter controllers. */
function hasFilters(f: unknown): boolean {
  const lists = f as { internal?: { list?: unknown[] }; external?: { list?: unknown[] } };
  return (lists.internal?.list?.length ?? 0) > 0 || (lists.external?.list?.length ?? 0) > 0;
}
