/**
 * Makes the engine draw a frame only when the screen changed (see `canvasChanges.ts` for why).
 *
 * Phaser 4 has no setting for this. Its step runs the scenes, then the renderer's preRender
 * (which clears the canvas), the scenes' render and the renderer's postRender. After the update
 * (the POST_STEP event) the screen is compared with the last frame drawn; when nothing differs,
 * and no canvas was copied into a texture since (a text redrawn in place), those three calls
 * are skipped for this frame. A canvas nobody draws to keeps showing its last picture, and the
 * browser has nothing new to composite. Everything else in the step (events, tweens, timers,
 * scene changes, pausing and destroying the game) runs as before.
 */
import Phaser from 'phaser';
import { CanvasChanges, type DrawnGame } from './canvasChanges';

export interface DrawCounts {
  drawn: number;
  skipped: number;
}

declare global {
  interface Window {
    /** Frames drawn and skipped so far: read by the benchmark and the browser tests. */
    __factsprintDraws?: DrawCounts;
  }
}

/** Call before the engine's loop starts (the game's postBoot callback). Returns live counts. */
export function drawOnChange(game: Phaser.Game): DrawCounts {
  const changes = new CanvasChanges();
  const counts: DrawCounts = { drawn: 0, skipped: 0 };
  const view = game as unknown as { scene: { scenes: DrawnGame['scenes'] }; canvas: DrawnGame['canvas'] };
  const renderer = game.renderer;
  // An engine without these methods (a future Phaser) draws every frame, as Phaser does: slower,
  // never broken. The browser tests would notice no frame being skipped.
  if (typeof renderer.preRender !== 'function' || typeof renderer.postRender !== 'function' || typeof game.scene.render !== 'function') return counts;
  let skip = false;
  // A canvas or video copied into a texture (a text's words redrawn, whatever the cause) changes
  // what an unchanged object shows: the record cannot see that, the upload can.
  let uploaded = false;
  game.events.on(Phaser.Core.Events.POST_STEP, () => {
    const changed = changes.changed({ scenes: view.scene.scenes, canvas: view.canvas });
    skip = !changed && !uploaded;
    uploaded = false;
    if (skip) counts.skipped++;
    else counts.drawn++;
  });
  // A restored WebGL context has lost every texture and the picture: draw the next frame.
  renderer.on?.(Phaser.Renderer.Events.RESTORE_WEBGL, () => changes.reset());
  for (const upload of ['canvasToTexture', 'videoToTexture'] as const) {
    if (upload in renderer) {
      wrap(renderer as Phaser.Renderer.WebGL.WebGLRenderer, upload, (run) => {
        uploaded = true;
        return run();
      });
    }
  }
  const unlessSkipped = (run: () => unknown) => (skip ? undefined : run());
  wrap(renderer, 'preRender', unlessSkipped);
  wrap(renderer, 'postRender', unlessSkipped);
  // The scene manager's render also ends its "processing" step: a skipped frame must end it too,
  // or every scene added later (the live game's, loaded on demand) would wait for ever.
  const manager = game.scene as unknown as { isProcessing: boolean };
  wrap(game.scene, 'render', (run) => {
    if (!skip) return run();
    manager.isProcessing = false;
    return undefined;
  });
  return counts;
}

/** Replaces one method of one instance (not the class): `around` decides whether and how it runs. */
function wrap<T extends object>(target: T, name: keyof T & string, around: (run: () => unknown) => unknown): void {
  const original = target[name] as unknown as (...args: unknown[]) => unknown;
  Object.defineProperty(target, name, {
    configurable: true,
    writable: true,
    value: function (this: unknown, ...args: unknown[]) {
      return around(() => original.apply(this, args));
    },
  });
}
