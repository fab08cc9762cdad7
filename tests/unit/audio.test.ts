/**
 * The audio service as the game sees it: the silent fake records what a player would hear, and
 * the Howler service never breaks the game. Whatever fails (no Web Audio, the sprite map or the
 * audio file missing or undecodable) the game goes on silent, is told once, and nothing is
 * thrown or written to the console. The browser side of Howler is faked through the service's
 * seams; one test loads the real howler.js in Node to check it gives up quietly there.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HowlOptions } from 'howler';
import {
  createHowlerAudio,
  createSilentAudio,
  parseSpriteMap,
  SOUND_NAMES,
  type FetchLike,
  type HowlerLib,
  type HowlerAudioOptions,
  type HowlLike,
} from '../../src/services/audio';

const SPRITE = {
  sprite: { correct: [200, 420], wrong: [820, 340], tick: [1360, 90], timeup: [1650, 620], finish: [2470, 800], button: [3470, 85] },
  sources: 'scripts/sounds/make-sounds.sh',
};

const okFetch = (data: unknown = SPRITE): FetchLike & { urls: string[] } => {
  const urls: string[] = [];
  const f = async (url: string) => {
    urls.push(url);
    return { ok: true, status: 200, json: async () => data };
  };
  return Object.assign(f, { urls });
};

/** How a fake Howl behaves when the browser loads a source. */
type Outcome = 'load' | 'loaderror' | 'never';

/** A stand-in for howler.js: each Howl settles (asynchronously, as Howler does) by its first source's extension. */
function fakeHowler(outcomes: { webm?: Outcome; mp3?: Outcome } = {}, usingWebAudio = true) {
  const howls: FakeHowl[] = [];
  class FakeHowl implements HowlLike {
    played: string[] = [];
    volumes: number[] = [];
    mutes: boolean[] = [];
    unloaded = false;
    constructor(readonly options: HowlOptions) {
      howls.push(this);
      const first = (options.src as string[])[0]!;
      const outcome = (first.endsWith('.webm') ? outcomes.webm : outcomes.mp3) ?? 'load';
      setTimeout(() => {
        if (outcome === 'load') options.onload?.(0);
        if (outcome === 'loaderror') options.onloaderror?.(0, 'Decoding audio data failed.');
      }, 0);
    }
    play(sprite: string): number {
      this.played.push(sprite);
      return 1;
    }
    volume(v: number): this {
      this.volumes.push(v);
      return this;
    }
    mute(m: boolean): this {
      this.mutes.push(m);
      return this;
    }
    unload(): void {
      this.unloaded = true;
    }
  }
  const lib: HowlerLib = { Howl: FakeHowl, Howler: { usingWebAudio } };
  const loadHowler = vi.fn(async () => lib);
  return { howls, loadHowler };
}

/**
 * Lets pending promises and the fakes' zero-delay timers run. Turns of the event loop rather
 * than a fixed wait: a timer queued earlier always fires first, however busy the machine is.
 */
async function settle(turns = 20): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

function service(overrides: Partial<HowlerAudioOptions> = {}) {
  const onUnavailable = vi.fn();
  const audio = createHowlerAudio({ baseUrl: './', muted: false, volume: 0.8, onUnavailable, ...overrides });
  return { audio, onUnavailable };
}

const consoleSpies: ReturnType<typeof vi.spyOn>[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeEach(() => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) consoleSpies.push(vi.spyOn(console, method));
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
});

afterEach(() => {
  // The service promises no console output at all, in every case below.
  for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
  expect(unhandled).toEqual([]);
  process.off('unhandledRejection', onUnhandled);
  consoleSpies.splice(0).forEach((spy) => spy.mockRestore());
  vi.unstubAllGlobals();
});

describe('the silent fake', () => {
  it('records the sounds a player would hear, in order', () => {
    const audio = createSilentAudio();
    audio.play('button');
    audio.play('correct');
    audio.play('finish');
    expect(audio.played).toEqual(['button', 'correct', 'finish']);
  });

  it('records nothing while muted, and starts muted when asked', () => {
    const audio = createSilentAudio({ muted: true });
    expect(audio.muted).toBe(true);
    audio.play('wrong');
    audio.setMuted(false);
    audio.play('tick');
    audio.setMuted(true);
    audio.play('timeup');
    expect(audio.played).toEqual(['tick']);
  });

  it('keeps the volume between 0 and 1', () => {
    const audio = createSilentAudio({ volume: 3 });
    expect(audio.volume).toBe(1);
    audio.setVolume(-0.5);
    expect(audio.volume).toBe(0);
    audio.setVolume(0.25);
    expect(audio.volume).toBe(0.25);
    audio.setVolume(Number.NaN);
    expect(audio.volume).toBe(0.25);
  });

  it('can be unlocked any number of times', () => {
    const audio = createSilentAudio();
    expect(() => {
      audio.unlock();
      audio.unlock();
    }).not.toThrow();
  });
});

describe('the sprite map', () => {
  it('accepts the six sounds', () => {
    expect(parseSpriteMap(SPRITE)).toEqual(SPRITE.sprite);
  });

  it.each([
    ['nothing', null],
    ['no sprite', { sources: 'x' }],
    ['a sound missing', { sprite: { ...SPRITE.sprite, tick: undefined } }],
    ['a zero length', { sprite: { ...SPRITE.sprite, tick: [1360, 0] } }],
    ['a negative start', { sprite: { ...SPRITE.sprite, correct: [-1, 420] } }],
    ['text for a number', { sprite: { ...SPRITE.sprite, wrong: ['820', 340] } }],
    ['three numbers', { sprite: { ...SPRITE.sprite, wrong: [820, 340, 1] } }],
  ])('refuses %s', (_what, data) => {
    expect(parseSpriteMap(data)).toBeNull();
  });

  it('names every sound the game plays', () => {
    expect([...SOUND_NAMES].sort()).toEqual(['button', 'correct', 'finish', 'tick', 'timeup', 'wrong']);
  });
});

describe('the Howler service before unlock', () => {
  it('is silent and calm: play, mute and volume do not throw and load nothing', async () => {
    const fetchImpl = okFetch();
    const { loadHowler } = fakeHowler();
    const { audio, onUnavailable } = service({ fetchImpl, loadHowler });
    expect(() => {
      for (const name of SOUND_NAMES) audio.play(name);
      audio.setMuted(true);
      audio.setMuted(false);
      audio.setVolume(0.3);
    }).not.toThrow();
    await settle();
    expect(fetchImpl.urls).toEqual([]);
    expect(loadHowler).not.toHaveBeenCalled();
    expect(onUnavailable).not.toHaveBeenCalled();
  });

  it('clamps the volume and keeps the mute setting', () => {
    const { audio } = service({ volume: 7, muted: true });
    expect(audio.volume).toBe(1);
    expect(audio.muted).toBe(true);
    audio.setVolume(-1);
    expect(audio.volume).toBe(0);
    audio.setVolume(Number.POSITIVE_INFINITY);
    expect(audio.volume).toBe(0);
    audio.setVolume(0.6);
    expect(audio.volume).toBe(0.6);
    audio.setMuted(false);
    expect(audio.muted).toBe(false);
  });
});

describe('the Howler service when sound cannot work', () => {
  it('gives up at once without Web Audio (as in Node), fetching nothing', async () => {
    const fetchImpl = okFetch();
    const { loadHowler } = fakeHowler();
    const { audio, onUnavailable } = service({ fetchImpl, loadHowler });
    audio.unlock();
    await settle();
    expect(onUnavailable).toHaveBeenCalledTimes(1);
    expect(fetchImpl.urls).toEqual([]);
    expect(() => audio.play('correct')).not.toThrow();
  });

  describe('with Web Audio', () => {
    beforeEach(() => {
      vi.stubGlobal('AudioContext', class {});
    });

    it.each<[string, FetchLike]>([
      ['the network fails', async () => Promise.reject(new TypeError('Failed to fetch'))],
      ['sfx.json is missing', async () => ({ ok: false, status: 404, json: async () => ({}) })],
      ['sfx.json is not JSON', async () => ({ ok: true, json: async () => Promise.reject(new SyntaxError('Unexpected token <')) })],
      ['sfx.json lacks a sound', async () => ({ ok: true, json: async () => ({ sprite: { correct: [0, 100] } }) })],
    ])('stays silent when %s, and says so once', async (_what, fetchImpl) => {
      const { howls, loadHowler } = fakeHowler();
      const { audio, onUnavailable } = service({ fetchImpl, loadHowler });
      audio.unlock();
      audio.unlock();
      await settle();
      audio.unlock();
      audio.play('correct');
      await settle();
      expect(onUnavailable).toHaveBeenCalledTimes(1);
      expect(howls.flatMap((h) => h.played)).toEqual([]);
    });

    it('stays silent when howler.js itself fails to load', async () => {
      const { audio, onUnavailable } = service({ fetchImpl: okFetch(), loadHowler: () => Promise.reject(new Error('chunk load failed')) });
      audio.unlock();
      await settle();
      expect(onUnavailable).toHaveBeenCalledTimes(1);
      audio.play('finish');
    });

    it('stays silent when neither file decodes, and frees both attempts', async () => {
      const { howls, loadHowler } = fakeHowler({ webm: 'loaderror', mp3: 'loaderror' });
      const { audio, onUnavailable } = service({ fetchImpl: okFetch(), loadHowler });
      audio.unlock();
      await settle();
      audio.play('correct');
      expect(onUnavailable).toHaveBeenCalledTimes(1);
      expect(howls).toHaveLength(2);
      expect(howls.every((h) => h.unloaded && h.played.length === 0)).toBe(true);
    });

    it('stays silent when Howler falls back to HTML5 Audio', async () => {
      const { howls, loadHowler } = fakeHowler({}, false);
      const { audio, onUnavailable } = service({ fetchImpl: okFetch(), loadHowler });
      audio.unlock();
      await settle();
      audio.play('correct');
      expect(onUnavailable).toHaveBeenCalledTimes(1);
      expect(howls.flatMap((h) => h.played)).toEqual([]);
    });

    it('survives an onUnavailable listener that throws', async () => {
      const onUnavailable = vi.fn(() => {
        throw new Error('listener bug');
      });
      const audio = createHowlerAudio({ baseUrl: './', muted: false, volume: 1, onUnavailable, fetchImpl: async () => Promise.reject(new Error('offline')) });
      audio.unlock();
      await settle();
      expect(onUnavailable).toHaveBeenCalledTimes(1);
    });

    it('with the real howler.js in Node (no usable AudioContext) gives up quietly', async () => {
      vi.stubGlobal(
        'AudioContext',
        class {
          constructor() {
            throw new Error('no audio device');
          }
        },
      );
      const { audio, onUnavailable } = service({ fetchImpl: okFetch() });
      audio.unlock();
      await vi.waitFor(() => expect(onUnavailable).toHaveBeenCalledTimes(1), { timeout: 5000 });
      audio.play('tick');
      // howler.js registers itself on Node's global: this shows it really was imported, and that
      // its switch to HTML5 Audio is what the service caught.
      expect((globalThis as { Howler?: { usingWebAudio: boolean } }).Howler?.usingWebAudio).toBe(false);
    });
  });
});

describe('the Howler service when sound works', () => {
  beforeEach(() => {
    vi.stubGlobal('AudioContext', class {});
  });

  it('loads the sprite from the base address once, then plays by name', async () => {
    const fetchImpl = okFetch();
    const { howls, loadHowler } = fakeHowler();
    const { audio, onUnavailable } = service({ baseUrl: '/game/', fetchImpl, loadHowler });
    audio.unlock();
    audio.play('button'); // still loading: dropped, not queued for later
    audio.unlock();
    await settle();
    audio.play('correct');
    audio.play('tick');
    expect(loadHowler).toHaveBeenCalledTimes(1);
    expect(fetchImpl.urls).toEqual(['/game/audio/sfx.json']);
    expect(howls).toHaveLength(1);
    const options = howls[0]!.options;
    expect(options.src).toEqual(['/game/audio/sfx.webm', '/game/audio/sfx.mp3']);
    expect(options.sprite).toEqual(SPRITE.sprite);
    expect(options).toMatchObject({ html5: false, preload: true, volume: 0.8, mute: false });
    expect(howls[0]!.played).toEqual(['correct', 'tick']);
    expect(onUnavailable).not.toHaveBeenCalled();
  });

  it('falls back to the MP3 when the WebM does not decode', async () => {
    const { howls, loadHowler } = fakeHowler({ webm: 'loaderror' });
    const { audio, onUnavailable } = service({ fetchImpl: okFetch(), loadHowler });
    audio.unlock();
    await settle();
    audio.play('finish');
    expect(howls.map((h) => h.options.src)).toEqual([['./audio/sfx.webm', './audio/sfx.mp3'], ['./audio/sfx.mp3']]);
    expect(howls[0]!.unloaded).toBe(true);
    expect(howls[1]!.played).toEqual(['finish']);
    expect(onUnavailable).not.toHaveBeenCalled();
  });

  it('plays nothing while muted, and passes mute and volume on to the sound', async () => {
    const { howls, loadHowler } = fakeHowler();
    const { audio } = service({ fetchImpl: okFetch(), loadHowler, muted: true });
    audio.unlock();
    await settle();
    audio.play('wrong');
    audio.setMuted(false);
    audio.play('timeup');
    audio.setVolume(2);
    const howl = howls[0]!;
    expect(howl.options.mute).toBe(true);
    expect(howl.played).toEqual(['timeup']);
    expect(howl.mutes).toEqual([false]);
    expect(howl.volumes).toEqual([1]);
  });

  it('plays nothing while the file is still loading', async () => {
    const { howls, loadHowler } = fakeHowler({ webm: 'never' });
    const { audio, onUnavailable } = service({ fetchImpl: okFetch(), loadHowler });
    audio.unlock();
    await settle();
    audio.play('correct');
    expect(howls[0]!.played).toEqual([]);
    expect(onUnavailable).not.toHaveBeenCalled();
  });

  it('goes silent instead of throwing if Howler throws while playing', async () => {
    const { howls, loadHowler } = fakeHowler();
    const { audio, onUnavailable } = service({ fetchImpl: okFetch(), loadHowler });
    audio.unlock();
    await settle();
    howls[0]!.play = () => {
      throw new Error('InvalidStateError');
    };
    expect(() => audio.play('correct')).not.toThrow();
    expect(() => audio.play('correct')).not.toThrow();
    expect(onUnavailable).toHaveBeenCalledTimes(1);
  });
});
