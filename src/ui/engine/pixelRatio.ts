/**
 * A canvas as sharp as the screen, at any page zoom.
 *
 * Phaser 4 sizes its canvas in CSS pixels, so on a phone (2 or 3 device pixels to a CSS pixel)
 * and at 200% page zoom (the browser doubles `devicePixelRatio`) every glyph was stretched from a
 * half-size bitmap. Here the canvas's backing store is the CSS box times the pixel ratio, its CSS
 * size stays the box, and each scene's camera zooms by the ratio, so layouts keep working in CSS
 * pixels (the accessible layer's buttons sit on the same rects) while text and baked textures are
 * drawn at the ratio (their `resolution`).
 *
 * The CSS size and the ratio are kept in the game's registry, like the look: a scene reads them
 * from the game it draws into, and no module keeps a value of its own.
 */
import Phaser from 'phaser';

/** A 4K screen at 200% zoom asks for 4; 3 keeps the canvas's memory bounded and is still sharp. */
export const MAX_PIXEL_RATIO = 3;

export interface ViewSize {
  /** The canvas's box in CSS pixels: what layouts are computed for. */
  readonly width: number;
  readonly height: number;
  /** Device pixels per CSS pixel that the canvas is drawn at. */
  readonly ratio: number;
}

const VIEW_KEY = 'view';

export function canvasPixelRatio(devicePixelRatio: number): number {
  return Number.isFinite(devicePixelRatio) && devicePixelRatio > 1 ? Math.min(MAX_PIXEL_RATIO, devicePixelRatio) : 1;
}

/** The size a scene lays out for, in CSS pixels, and the ratio it draws at. */
export function viewOf(scene: Phaser.Scene): ViewSize {
  const value = scene.registry.get(VIEW_KEY) as ViewSize | undefined;
  if (value) return value;
  // A game without fitCanvas (a unit test's headless game): one device pixel to a CSS pixel.
  return { width: scene.scale.gameSize.width, height: scene.scale.gameSize.height, ratio: 1 };
}

/** Device pixels per CSS pixel for text and textures drawn in `scene`. */
export const pixelRatioOf = (scene: Phaser.Scene): number => viewOf(scene).ratio;

/**
 * The scene's camera shows CSS pixels at the canvas's ratio: a world point (x, y) lands on the
 * CSS point (x, y). Call when the scene starts and after each resize.
 */
export function fitCamera(scene: Phaser.Scene): void {
  const { width, height } = viewOf(scene);
  const game = scene.scale.gameSize;
  const cam = scene.cameras.main;
  cam.setSize(game.width, game.height);
  cam.setOrigin(0, 0);
  cam.setZoom(game.width / Math.max(1, width), game.height / Math.max(1, height));
}

/**
 * Keeps the canvas's backing store at its CSS box times the pixel ratio: when the box changes
 * (a rotation, a resized window, a zoom) and when only the ratio does (a window dragged to
 * another screen). Returns a function that stops watching.
 */
export function fitCanvas(game: Phaser.Game, parent: HTMLElement): () => void {
  let last = '';
  const fit = () => {
    const { width, height, ratio } = measure(parent);
    const key = `${width}x${height}@${ratio}`;
    if (key === last) return;
    last = key;
    // Set before the resize: the scenes' resize handlers read it.
    game.registry.set(VIEW_KEY, { width, height, ratio } satisfies ViewSize);
    game.scale.resize(Math.round(width * ratio), Math.round(height * ratio));
    // Phaser leaves the canvas's CSS size alone in this scale mode: it is the box, always.
    game.canvas.style.width = `${width}px`;
    game.canvas.style.height = `${height}px`;
  };
  const observer = new ResizeObserver(fit);
  observer.observe(parent);
  // A change of ratio alone resizes nothing: a media query on the current ratio reports it.
  let media: MediaQueryList | null = null;
  const watchRatio = () => {
    media?.removeEventListener('change', onRatio);
    media = window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    media.addEventListener('change', onRatio);
  };
  const onRatio = () => {
    fit();
    watchRatio();
  };
  watchRatio();
  fit();
  return () => {
    observer.disconnect();
    media?.removeEventListener('change', onRatio);
  };
}

const measure = (parent: HTMLElement): ViewSize => ({
  width: Math.max(1, parent.clientWidth),
  height: Math.max(1, parent.clientHeight),
  ratio: canvasPixelRatio(window.devicePixelRatio),
});

/** The game's config for this: the size it starts at, in device pixels, and no scaling of its own. */
export function fittedScaleConfig(parent: HTMLElement): Phaser.Types.Core.ScaleConfig {
  const { width, height, ratio } = measure(parent);
  return { mode: Phaser.Scale.NONE, width: Math.round(width * ratio), height: Math.round(height * ratio) };
}

/** The view the game starts with (its preBoot): the first scene lays out for it. */
export function startView(game: Phaser.Game, parent: HTMLElement): void {
  game.registry.set(VIEW_KEY, measure(parent));
}
