/**
 * Sound effects behind a small interface, so scenes never see Howler. The real service plays
 * one audio sprite (assets/audio/sfx.*, made by scripts/sounds/make-sounds.sh) through
 * howler.js; the silent fake records what would have been heard, for tests.
 *
 * Sound is a nicety, never a requirement: a browser without Web Audio, a file that fails to
 * load or decode, or a missing sprite map leaves the game silent and playable, and is reported
 * once through `onUnavailable`. Nothing here throws at a caller or writes to the console.
 */
import type { HowlOptions } from 'howler';
import type { Sound } from '../core/round';

/** The round's sounds, and the menus' button click. */
export type SoundName = Sound | 'button';

export const SOUND_NAMES: readonly SoundName[] = ['correct', 'wrong', 'tick', 'timeup', 'finish', 'button'];

export interface AudioService {
  /** Never throws; silent when muted, locked, unavailable or still loading. */
  play(name: SoundName): void;
  setMuted(muted: boolean): void;
  /** 0..1, clamped; anything that is not a number leaves the volume as it was. */
  setVolume(volume: number): void;
  readonly muted: boolean;
  readonly volume: number;
  /** Call from the first user gesture (pointerdown/keydown): browsers only allow audio after one. */
  unlock(): void;
}

/** Start and length of each sound in the sprite, in milliseconds (howler.js's sprite format). */
export type SpriteMap = Record<SoundName, [startMs: number, durationMs: number]>;

function clampVolume(volume: number, fallback: number): number {
  return Number.isFinite(volume) ? Math.min(1, Math.max(0, volume)) : fallback;
}

/**
 * The sprite map from sfx.json, or null when it does not give all six sounds as
 * [start >= 0, duration > 0]. A partial map would make some effects silently missing, which is
 * harder to notice than no sound at all.
 */
export function parseSpriteMap(data: unknown): SpriteMap | null {
  if (typeof data !== 'object' || data === null) return null;
  const sprite = (data as { sprite?: unknown }).sprite;
  if (typeof sprite !== 'object' || sprite === null) return null;
  const map: Partial<SpriteMap> = {};
  for (const name of SOUND_NAMES) {
    const entry = (sprite as Record<string, unknown>)[name];
    if (!Array.isArray(entry) || entry.length !== 2) return null;
    const [start, duration] = entry as unknown[];
    if (typeof start !== 'number' || typeof duration !== 'number') return null;
    if (!Number.isFinite(start) || !Number.isFinite(duration) || start < 0 || duration <= 0) return null;
    map[name] = [start, duration];
  }
  return map as SpriteMap;
}

/** The in-memory fake for tests: records every play that would be heard (not muted). */
export function createSilentAudio(initial: { muted?: boolean; volume?: number } = {}): AudioService & { played: SoundName[] } {
  let muted = initial.muted ?? false;
  let volume = clampVolume(initial.volume ?? 1, 1);
  const played: SoundName[] = [];
  return {
    played,
    get muted() {
      return muted;
    },
    get volume() {
      return volume;
    },
    play(name) {
      if (!muted) played.push(name);
    },
    setMuted(m) {
      muted = m;
    },
    setVolume(v) {
      volume = clampVolume(v, volume);
    },
    unlock() {},
  };
}

/** The part of a Howl this service uses. */
export interface HowlLike {
  play(sprite: string): number;
  volume(volume: number): unknown;
  mute(muted: boolean): unknown;
  unload(): void;
}

/** The part of the howler module this service uses; tests pass a fake of the same shape. */
export interface HowlerLib {
  Howl: new (options: HowlOptions) => HowlLike;
  Howler: { usingWebAudio: boolean };
}

/** Just what is read from a fetch response, so tests can hand in a plain object. */
export type FetchLike = (url: string) => Promise<{ ok: boolean; status?: number; json(): Promise<unknown> }>;

export interface HowlerAudioOptions {
  /** The site's base address, ending in '/' (import.meta.env.BASE_URL): the sprite is at audio/sfx.*. */
  baseUrl: string;
  muted: boolean;
  volume: number;
  /** Called at most once, when it is clear this browser will stay silent (e.g. to grey out a sound toggle). */
  onUnavailable?: () => void;
  /** Seam for tests: fetches the sprite map. Defaults to the browser's fetch. */
  fetchImpl?: FetchLike;
  /** Seam for tests: loads howler.js. Defaults to a dynamic import, so Howler stays out of the first-screen bundle. */
  loadHowler?: () => Promise<HowlerLib>;
}

async function importHowler(): Promise<HowlerLib> {
  // howler.js is CommonJS: depending on the bundler its exports arrive as named exports or under `default`.
  const mod = (await import('howler')) as unknown as Partial<HowlerLib> & { default?: Partial<HowlerLib> };
  const lib = mod.Howl ? mod : mod.default;
  if (!lib?.Howl || !lib.Howler) throw new Error('howler.js did not load');
  return lib as HowlerLib;
}

function hasWebAudio(): boolean {
  const g = globalThis as { AudioContext?: unknown; webkitAudioContext?: unknown };
  return typeof g.AudioContext === 'function' || typeof g.webkitAudioContext === 'function';
}

type State = 'locked' | 'loading' | 'ready' | 'unavailable';

export function createHowlerAudio(options: HowlerAudioOptions): AudioService {
  let muted = options.muted;
  let volume = clampVolume(options.volume, 1);
  let state: State = 'locked';
  let howl: HowlLike | null = null;

  const giveUp = (): void => {
    if (state === 'unavailable') return;
    state = 'unavailable';
    try {
      howl?.unload();
    } catch {
      // Already broken; silence is all that is left to guarantee.
    }
    howl = null;
    try {
      options.onUnavailable?.();
    } catch {
      // A failing listener must not turn a missing sound into a crash.
    }
  };

  const fetchSprite = async (): Promise<SpriteMap> => {
    const fetchImpl: FetchLike | undefined = options.fetchImpl ?? (typeof fetch === 'function' ? (url) => fetch(url) : undefined);
    if (!fetchImpl) throw new Error('no fetch');
    const response = await fetchImpl(`${options.baseUrl}audio/sfx.json`);
    if (!response.ok) throw new Error(`sfx.json: HTTP ${response.status ?? '?'}`);
    const map = parseSpriteMap(await response.json());
    if (!map) throw new Error('sfx.json: not a sprite map of the six sounds');
    return map;
  };

  // Resolves once the sprite is decoded and playable; rejects on any load or decode error.
  const openHowl = async (lib: HowlerLib, src: string[], sprite: SpriteMap): Promise<HowlLike> => {
    let created: HowlLike | undefined;
    try {
      await new Promise<void>((resolve, reject) => {
        created = new lib.Howl({
          src,
          sprite,
          // Web Audio only: HTML5 Audio cannot start sprite sounds on time and needs a gesture per element on phones.
          html5: false,
          preload: true,
          volume,
          mute: muted,
          onload: () => resolve(),
          onloaderror: (_id, error) => reject(error instanceof Error ? error : new Error(String(error))),
        });
        // Howler quietly falls back to HTML5 Audio when it cannot make an AudioContext.
        if (!lib.Howler.usingWebAudio) reject(new Error('no Web Audio'));
      });
      return created!;
    } catch (error) {
      created?.unload();
      throw error;
    }
  };

  const load = async (): Promise<void> => {
    if (!hasWebAudio()) throw new Error('no Web Audio');
    const [lib, sprite] = await Promise.all([(options.loadHowler ?? importHowler)(), fetchSprite()]);
    const url = `${options.baseUrl}audio/sfx`;
    // Howler picks WebM when the browser claims WebM Vorbis, but the sprite is Opus: a browser
    // that says yes and then fails to decode it gets one more try with the MP3.
    const attempts = [[`${url}.webm`, `${url}.mp3`], [`${url}.mp3`]];
    let lastError: unknown = new Error('no source');
    for (const src of attempts) {
      if (state !== 'loading') return;
      try {
        const opened = await openHowl(lib, src, sprite);
        if (state !== 'loading') {
          opened.unload();
          return;
        }
        howl = opened;
        state = 'ready';
        return;
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError;
  };

  const guard = (action: () => void): void => {
    try {
      action();
    } catch {
      giveUp();
    }
  };

  return {
    get muted() {
      return muted;
    },
    get volume() {
      return volume;
    },
    play(name) {
      if (muted || state !== 'ready' || !howl) return;
      const h = howl;
      guard(() => h.play(name));
    },
    setMuted(m) {
      muted = m;
      const h = howl;
      // Also silences a sound that is already playing, such as the end-of-round arpeggio.
      if (h) guard(() => h.mute(m));
    },
    setVolume(v) {
      volume = clampVolume(v, volume);
      const h = howl;
      if (h) guard(() => h.volume(volume));
    },
    unlock() {
      if (state !== 'locked') return;
      state = 'loading';
      load().catch(giveUp);
    },
  };
}
