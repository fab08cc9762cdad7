/**
 * The composition root: launch link -> language -> services -> the game with its scenes.
 * Everything a scene needs is made here and handed over through the registry.
 */
import Phaser from 'phaser';
import { seedFrom } from './core/rng';
import { AssignmentScene } from './scenes/AssignmentScene';
import { BankNeededScene } from './scenes/BankNeededScene';
import { BootScene, menuWithoutLoading } from './scenes/BootScene';
import { SERVICES_KEY, type GameServices } from './scenes/context';
import { MenuScene } from './scenes/MenuScene';
import { MessageScene } from './scenes/MessageScene';
import { PreloadScene } from './scenes/PreloadScene';
import { ResultsScene } from './scenes/ResultsScene';
import { RoundScene } from './scenes/RoundScene';
import { SettingsScene } from './scenes/SettingsScene';
import { AssignmentStore } from './services/assignments';
import { createHowlerAudio } from './services/audio';
import { performanceClock, wallClock } from './services/clock';
import { createI18n } from './services/i18n';
import { resolveLanguage } from './services/languages';
import { gameTexts } from './services/texts/game';
import { DEFAULT_BANK_ID } from './core/bank/constants';
import { BankFiles } from './services/bankFiles';
import { BankShelf } from './services/bankShelf';
import { bankUrl, builtInBankIds, cachedBuiltInBank, loadBuiltInBank } from './services/builtInBanks';
import { fetchText } from './services/fetchText';
import { readParams } from './services/params';
import { LiveService } from './services/live';
import { browserSpeech } from './services/speech';
import type { LocalBankStore } from './services/localBanks';
import { localToday, ProgressStore } from './services/progress';
import { RoundStore } from './services/rounds';
import { PlayService } from './services/play';
import { mapSupport } from './scenes/mapSupport';
import { noUpdates, offlineUpdates } from './services/offline';
import { motionPreference, SettingsStore } from './services/settings';
import { browserBackend, DeviceStorage, type StorageProblem } from './services/storage';
import { AccessibleLayer } from './ui/dom/AccessibleLayer';
import { BankFilePicker } from './ui/dom/bankFilePicker';
import { download } from './ui/dom/download';
import { drawOnChange } from './ui/engine/drawOnChange';
import { fitCanvas, fittedScaleConfig, startView } from './ui/engine/pixelRatio';
import { KeyboardInput } from './ui/dom/keys';
import { look, setLook } from './ui/canvas/look';

/** This tab's session storage, or a store that keeps nothing where storage is off. */
function sessionStore(): { getItem(k: string): string | null; setItem(k: string, v: string): void; removeItem(k: string): void } {
  try {
    const s = window.sessionStorage;
    s.getItem('probe');
    return s;
  } catch {
    return { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };
  }
}

/** How long the engine waits for a bank already on its way before booting without it. */
const BANK_HEAD_START_MS = 150;

/** The start-up failure message, in the player's language once that is known. */
let startFailedText = 'Factsprint could not start. Please reload the page.';

async function start(): Promise<void> {
  // Marks for the page benchmark (npm run bench): where the time to the menu goes.
  performance.mark('fs:start');
  const params = readParams(window.location.search);
  const storage = new DeviceStorage(browserBackend());
  let storageProblem: StorageProblem | null = null;
  storage.onProblem((p) => {
    // Storage that is off or full outweighs a record that could not be read.
    if (storageProblem === null || storageProblem === 'corrupted') storageProblem = p;
  });
  const settings = new SettingsStore(storage);
  const chosen = resolveLanguage(params.lang, settings.get().language, navigator.languages ?? [navigator.language]);
  params.unsupportedLang = chosen.unsupported;
  // The bank downloads while the engine boots, instead of after it (the loading screen waits on
  // the same request). Only the plain case: assignments and device banks decide at boot.
  let bankOnItsWay: Promise<unknown> | null = null;
  if (params.assign === null && params.bankfile === null && params.live === null && params.problems.length === 0) {
    const id = params.bank ?? DEFAULT_BANK_ID;
    if (bankUrl(id)) bankOnItsWay = loadBuiltInBank(id, chosen.lang === 'en' ? null : chosen.lang).catch(() => undefined);
  }
  const i18n = await createI18n(chosen.lang, gameTexts);
  startFailedText = i18n.t('errors.startFailed');
  performance.mark('fs:texts');
  // A moment for the bank to arrive, so the engine goes straight to the menu: once the engine
  // boots it holds the main thread, and the bank would wait behind it. On a slow line the
  // loading screen (with its progress bar) shows instead.
  if (bankOnItsWay) await Promise.race([bankOnItsWay, new Promise((r) => setTimeout(r, BANK_HEAD_START_MS))]);
  const a11y = new AccessibleLayer(document.getElementById('a11y')!);
  a11y.setLanguage(i18n.language, i18n.dir);
  document.title = i18n.t('app.name');

  // The canvas's look (direction and palette) lives in the game, once there is one; before that
  // the game is made with the look of the moment (preBoot below).
  let game: Phaser.Game | null = null;
  const pageLook = () => look(i18n.dir === 'rtl', settings.get().highContrast);
  const applyLook = () => {
    const s = settings.get();
    if (game) setLook(game, pageLook());
    document.documentElement.classList.toggle('high-contrast', s.highContrast);
    document.documentElement.classList.toggle('reduced-motion', motion.reduced());
  };
  const motion = motionPreference(settings, (q) => window.matchMedia?.(q).matches ?? false);
  const audio = createHowlerAudio({ baseUrl: import.meta.env.BASE_URL, muted: !settings.get().sound, volume: settings.get().volume });
  settings.onChange((s) => {
    audio.setMuted(!s.sound);
    audio.setVolume(s.volume);
    applyLook();
  });
  applyLook();

  let localBankStore: Promise<LocalBankStore> | null = null;
  const localBanks = (): Promise<LocalBankStore> => {
    // Loaded for device banks only: the store checks banks with the schema (zod).
    if (!localBankStore) {
      localBankStore = import('./services/localBanks').then((m) => new m.LocalBankStore(storage));
      // A failed load is not kept: the next link that needs the store tries again.
      localBankStore.catch(() => (localBankStore = null));
    }
    return localBankStore;
  };
  const bankShelf = new BankShelf(storage, builtInBankIds, showBankInLink, params.bank ?? DEFAULT_BANK_ID);
  const bankFiles = new BankFiles({
    picker: new BankFilePicker(document.getElementById('app')!, i18n.t('bankFile.fileLabel')),
    shelf: bankShelf,
    store: localBanks,
    now: () => new Date(),
    pageUrl: () => window.location.href,
    fetchText: (url) => fetchText(url),
  });
  const newSeed = () => seedFrom(Math.random());
  const services: GameServices = {
    i18n,
    a11y,
    keys: new KeyboardInput(window),
    params,
    audio,
    settings,
    motion,
    play: new PlayService({
      progress: new ProgressStore(storage),
      rounds: new RoundStore(storage),
      assignments: new AssignmentStore(storage),
      settings: () => settings.get(),
      lang: () => i18n.language,
      linkSeed: params.seed,
      newSeed,
      clock: () => performanceClock.now(),
      today: () => localToday(),
      nowIso: () => new Date().toISOString(),
    }),
    storageProblem: () => storageProblem,
    localBanks,
    builtIn: { has: (id) => bankUrl(id) !== null, load: loadBuiltInBank, cached: cachedBuiltInBank },
    bankShelf,
    bankFiles,
    map: mapSupport(import.meta.env.BASE_URL),
    // The service worker exists only in a build (the dev server serves sources as they change).
    updates: import.meta.env.PROD ? offlineUpdates(`${import.meta.env.BASE_URL}sw.js`) : noUpdates,
    newSeed,
    goHome: () => {
      const keep = new URLSearchParams();
      if (params.lang && !params.unsupportedLang) keep.set('lang', params.lang);
      const q = keep.toString();
      window.location.assign(window.location.pathname + (q ? `?${q}` : ''));
    },
    download: (name, text) => download(name.replace(/[^\p{L}\p{N}._-]+/gu, '-'), text, 'text/plain'),
    relaunchIn: (lang) => {
      const q = new URLSearchParams(window.location.search);
      q.set('lang', lang);
      window.location.replace(`${window.location.pathname}?${q.toString()}`);
    },
    switchLanguage: (lang) => {
      settings.update({ language: lang });
      // The link's own lang would win over the new choice: replace it, keep the rest of the link.
      const q = new URLSearchParams(window.location.search);
      q.delete('lang');
      const rest = q.toString();
      window.location.assign(window.location.pathname + (rest ? `?${rest}` : ''));
    },
    speech: browserSpeech(window),
    live: new LiveService({
      endpoint: new URL(import.meta.env.BASE_URL, window.location.href).href,
      session: sessionStore(),
      fetchJson: async (url, timeoutMs) => {
        // Offline, there is no live game to find: no request (nor a failed one in the console).
        if (navigator.onLine === false) return null;
        const res = await fetch(url, { cache: 'no-store', signal: AbortSignal.timeout(timeoutMs) });
        return res.ok ? res.json() : null;
      },
      // The clock the live screens' countdown reads (services/clock.ts), so the server offset holds.
      now: wallClock.now,
      secret: () => {
        const bytes = crypto.getRandomValues(new Uint8Array(24));
        return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
      },
    }),
    setLink: (changes) => {
      const q = new URLSearchParams(window.location.search);
      for (const [k, v] of Object.entries(changes)) {
        if (v === null) q.delete(k);
        else q.set(k, v);
      }
      const rest = q.toString();
      window.history.replaceState(null, '', window.location.pathname + (rest ? `?${rest}` : ''));
    },
    linkWith: (params) => {
      const url = new URL(window.location.pathname, window.location.origin);
      for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
      return url.href;
    },
    onHidden: (listener) => {
      const handler = () => {
        if (document.visibilityState === 'hidden') listener();
      };
      // pagehide as well: a closing tab may not report itself hidden first.
      document.addEventListener('visibilitychange', handler);
      window.addEventListener('pagehide', listener);
      return () => {
        document.removeEventListener('visibilitychange', handler);
        window.removeEventListener('pagehide', listener);
      };
    },
  };

  // Usually the bank is here by now: the game then opens on the menu itself.
  const menu = menuWithoutLoading(services);
  const scenes = [BootScene, PreloadScene, MenuScene, SettingsScene, AssignmentScene, RoundScene, ResultsScene, MessageScene, BankNeededScene];
  const gameBox = document.getElementById('game')!;
  game = new Phaser.Game({
    // WebGL where the device has it, else Phaser's Canvas renderer (old phones, GPU blocklists).
    type: Phaser.AUTO,
    parent: 'game',
    backgroundColor: pageLook().colors.background,
    // Sized by fitCanvas: the CSS box times the screen's pixel ratio (ui/engine/pixelRatio.ts).
    scale: fittedScaleConfig(gameBox),
    // All input arrives through the accessible layer's buttons and the keyboard service.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    // One texture per draw: Phaser 4 compiles a new shader for every texture count a batch reaches
    // (1 to 16), each a stall on first use (63 ms for the menu's 11 in software WebGL, against
    // 14 ms for one). A screen here has a few dozen objects, so the extra draw calls cost nothing.
    render: { maxTextures: 1 },
    banner: false,
    audio: { noAudio: true },
    callbacks: {
      preBoot: (game) => {
        game.registry.set(SERVICES_KEY, services);
        setLook(game, pageLook());
        startView(game, gameBox);
      },
      // Frames in which nothing on the canvas changed are not drawn (ui/engine/drawOnChange.ts).
      postBoot: (game) => {
        window.__factsprintDraws = drawOnChange(game);
        fitCanvas(game, gameBox);
      },
    },
    // The first scene listed is the one that starts.
    scene: menu ? [MenuScene, ...scenes.filter((s) => s !== MenuScene)] : scenes,
  });
  if (menu) game.scene.start('Menu', menu);
}

/** The link names the bank being played, so a reload plays it again; a bank file's address gives way to it. */
function showBankInLink(choice: string): void {
  const q = new URLSearchParams(window.location.search);
  q.set('bank', choice);
  q.delete('bankfile');
  window.history.replaceState(window.history.state, '', `${window.location.pathname}?${q.toString()}`);
}

start().catch((e: unknown) => {
  // Last resort: never a blank page.
  console.error(e);
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.style.cssText = 'padding:24px;font-size:18px';
  p.textContent = startFailedText;
  document.getElementById('app')?.append(p);
});
