/**
 * The record that decides whether a frame is drawn. A change it misses is a screen that stops
 * following the game, so every kind of change the game makes is tried here, and anything it
 * cannot see into must count as a change every frame.
 */
import { describe, expect, it } from 'vitest';
import { CanvasChanges, type DrawnCamera, type DrawnGame, type DrawnObject, type DrawnScene } from '../../src/ui/engine/canvasChanges';

const RUNNING = 5;

function camera(): DrawnCamera {
  return { x: 0, y: 0, width: 390, height: 844, scrollX: 0, scrollY: 0, zoom: 1, rotation: 0, alpha: 1, visible: true, transparent: true, backgroundColor: { color32: 0, alphaGL: 0 } };
}

function image(over: Partial<DrawnObject> = {}): DrawnObject {
  return { type: 'Image', visible: true, alpha: 1, x: 10, y: 20, scaleX: 1, scaleY: 1, rotation: 0, originX: 0, originY: 0, depth: 0, blendMode: 0, scrollFactorX: 1, scrollFactorY: 1, flipX: false, flipY: false, frame: {}, width: 100, height: 20, tintTopLeft: 0xffffff, tintTopRight: 0xffffff, tintBottomLeft: 0xffffff, tintBottomRight: 0xffffff, tintMode: 0, isCropped: false, ...over };
}

function text(words: string): DrawnObject {
  return image({ type: 'Text', text: words, style: { color: '#fff', fontSize: '20px', fontStyle: 'bold', fontFamily: 'sans-serif', align: 'left' } });
}

function graphics(commands: number[]): DrawnObject {
  return { type: 'Graphics', visible: true, alpha: 1, x: 0, y: 0, scaleX: 1, scaleY: 1, rotation: 0, depth: 0, blendMode: 0, scrollFactorX: 1, scrollFactorY: 1, commandBuffer: commands };
}

function scene(list: DrawnObject[], cameras = [camera()]): DrawnScene {
  return { sys: { settings: { status: RUNNING, visible: true }, displayList: { list }, cameras: { cameras } } };
}

function game(...scenes: DrawnScene[]): DrawnGame {
  return { scenes, canvas: { width: 390, height: 844 } };
}

/** A tracker that has seen `g` once, so the next call answers about changes only. */
function seen(g: DrawnGame): CanvasChanges {
  const c = new CanvasChanges();
  expect(c.changed(g)).toBe(true);
  expect(c.changed(g)).toBe(false);
  return c;
}

describe('a frame is drawn when the screen changed', () => {
  it('draws the first frame, then nothing while nothing changes', () => {
    const g = game(scene([image(), text('Play')]));
    const c = seen(g);
    for (let i = 0; i < 5; i++) expect(c.changed(g)).toBe(false);
  });

  it('draws when the time bar loses a pixel (its crop narrows), and only then', () => {
    const bar = image({ isCropped: true, _crop: { x: 0, y: 0, width: 300, height: 12 } });
    const g = game(scene([bar]));
    const c = seen(g);
    bar._crop = { ...bar._crop!, width: 299 };
    expect(c.changed(g)).toBe(true);
    expect(c.changed(g)).toBe(false);
  });

  it('draws when the time bar turns orange (one bar hidden, the other shown)', () => {
    const normal = image();
    const low = image({ visible: false });
    const g = game(scene([normal, low]));
    const c = seen(g);
    normal.visible = false;
    low.visible = true;
    expect(c.changed(g)).toBe(true);
  });

  it('draws every step of a tween: position, scale, alpha, rotation, origin', () => {
    const o = image();
    const g = game(scene([o]));
    const c = seen(g);
    for (const change of [{ scaleX: 1.5 }, { scaleY: 1.2 }, { x: 11 }, { y: 21.5 }, { alpha: 0.5 }, { rotation: 0.1 }, { originX: 0.5 }, { depth: 3 }]) {
      Object.assign(o, change);
      expect(c.changed(g), JSON.stringify(change)).toBe(true);
      expect(c.changed(g)).toBe(false);
    }
  });

  it("draws when a text's words, colour or size change (its canvas is redrawn in place)", () => {
    const t = text('Loading 10%');
    const g = game(scene([t]));
    const c = seen(g);
    t.text = 'Loading 11%';
    expect(c.changed(g)).toBe(true);
    t.style = { ...t.style, color: '#f00' };
    expect(c.changed(g)).toBe(true);
    t.style = { ...t.style, fontSize: '18px' };
    expect(c.changed(g)).toBe(true);
    expect(c.changed(g)).toBe(false);
  });

  it('draws when a graphics is cleared and redrawn with the same number of commands', () => {
    const commands = [3, 0x2244ff, 1, 8, 10, 10, 120, 14, 7];
    const g = game(scene([graphics(commands)]));
    const c = seen(g);
    commands[6] = 121; // the loading bar one step longer
    expect(c.changed(g)).toBe(true);
    expect(c.changed(g)).toBe(false);
  });

  it('draws when a texture swaps (another frame), an object comes or goes, or the order changes', () => {
    const a = image();
    const b = image();
    const list = [a, b];
    const g = game(scene(list));
    const c = seen(g);
    a.frame = {};
    expect(c.changed(g)).toBe(true);
    list.push(image());
    expect(c.changed(g)).toBe(true);
    list.pop();
    expect(c.changed(g)).toBe(true);
    list.reverse();
    expect(c.changed(g)).toBe(true);
    expect(c.changed(g)).toBe(false);
  });

  it('draws when a scene starts, stops or is hidden, and when the canvas is resized', () => {
    const menu = scene([text('Play')]);
    const round = scene([]);
    round.sys.settings.status = 0;
    const g = game(menu, round);
    const c = seen(g);
    round.sys.settings.status = RUNNING;
    expect(c.changed(g)).toBe(true);
    menu.sys.settings.visible = false;
    expect(c.changed(g)).toBe(true);
    g.canvas.width = 844;
    expect(c.changed(g)).toBe(true);
    expect(c.changed(g)).toBe(false);
  });

  it('draws when a camera moves, zooms or changes its background', () => {
    const cam = camera();
    const g = game(scene([image()], [cam]));
    const c = seen(g);
    cam.width = 844;
    expect(c.changed(g)).toBe(true);
    cam.scrollY = 5;
    expect(c.changed(g)).toBe(true);
    cam.backgroundColor = { color32: 0xff000000, alphaGL: 1 };
    expect(c.changed(g)).toBe(true);
    expect(c.changed(g)).toBe(false);
  });

  it("draws when something inside a container changes, or moves out of it", () => {
    const inner = image();
    const box: DrawnObject = { ...graphics([]), type: 'Container', list: [inner] };
    const after = image();
    const g = game(scene([box, after]));
    const c = seen(g);
    inner.x = 50;
    expect(c.changed(g)).toBe(true);
    expect(c.changed(g)).toBe(false);
  });

  it('after reset (a restored GPU context) the next frame is drawn', () => {
    const g = game(scene([image()]));
    const c = seen(g);
    c.reset();
    expect(c.changed(g)).toBe(true);
    expect(c.changed(g)).toBe(false);
  });
});

describe('what the record cannot see into is drawn every frame', () => {
  it('an object of a kind it does not know (particles, a shader, a video)', () => {
    const g = game(scene([image(), { type: 'ParticleEmitter' }]));
    const c = new CanvasChanges();
    for (let i = 0; i < 3; i++) expect(c.changed(g)).toBe(true);
  });

  it('an object with a mask or active filters', () => {
    const c = new CanvasChanges();
    const masked = game(scene([image({ mask: {} })]));
    for (let i = 0; i < 3; i++) expect(c.changed(masked)).toBe(true);
    const filtered = game(scene([image({ filters: { internal: { list: [{}] }, external: { list: [] } } })]));
    for (let i = 0; i < 3; i++) expect(c.changed(filtered)).toBe(true);
    // Filters enabled but none in use draw like any image.
    const idle = game(scene([image({ filters: { internal: { list: [] }, external: { list: [] } } })]));
    expect(seen(idle).changed(idle)).toBe(false);
  });

  it('a camera fading, flashing or shaking', () => {
    for (const effect of [{ fadeEffect: { isRunning: true, isComplete: false } }, { flashEffect: { isRunning: true } }, { shakeEffect: { isRunning: true } }]) {
      const c = new CanvasChanges();
      const g = game(scene([image()], [{ ...camera(), ...effect }]));
      for (let i = 0; i < 3; i++) expect(c.changed(g), JSON.stringify(effect)).toBe(true);
    }
  });
});

describe('what cannot be seen does not cost a frame', () => {
  it('a hidden object changing', () => {
    const hidden = image({ visible: false });
    const g = game(scene([hidden]));
    const c = seen(g);
    hidden.x = 99;
    hidden.alpha = 0.2;
    expect(c.changed(g)).toBe(false);
  });
});
