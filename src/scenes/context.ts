/**
 * What scenes receive from the composition root (main.ts). Scenes ask for services here rather
 * than creating them, so each service can be swapped for a fake.
 */
import type Phaser from 'phaser';
import type { AudioService } from '../services/audio';
import type { BankFiles } from '../services/bankFiles';
import type { BankShelf } from '../services/bankShelf';
import type { BuiltInBanks } from '../services/bankLoading';
import type { I18n } from '../services/i18n';
import type { LocalBankStore } from '../services/localBanks';
import type { LaunchParams } from '../services/params';
import type { LiveService } from '../services/live';
import type { Speech } from '../services/speech';
import type { PlayService } from '../services/play';
import type { UpdateService } from '../services/offline';
import type { MapSupport } from './mapSupport';
import type { MotionPreference, SettingsStore } from '../services/settings';
import type { AccessibleLayer } from '../ui/dom/AccessibleLayer';
import type { KeyboardInput } from '../ui/dom/keys';

export interface GameServices {
  i18n: I18n;
  a11y: AccessibleLayer;
  keys: KeyboardInput;
  params: LaunchParams;
  audio: AudioService;
  settings: SettingsStore;
  motion: MotionPreference;
  /** Every way into a round and out of it, with the device's records and clocks behind it. */
  play: PlayService;
  /** Set when storage is off, full or corrupted: the menu says progress won't be kept. */
  storageProblem(): string | null;
  /** A fresh round code when the link did not fix one. */
  newSeed(): string;
  /** Leave a broken link for the plain menu (keeps the language). */
  goHome(): void;
  /** The map question's code and data, loaded for rounds that ask one. */
  map: MapSupport;
  /** A new version of the game, offered on the menu between rounds. */
  updates: UpdateService;
  /** The built-in banks: which there are, their download, and one already here. */
  builtIn: BuiltInBanks;
  /** Banks built and saved on this device; the store (and the schema it checks them with) loads on first use. */
  localBanks(): Promise<LocalBankStore>;
  /** The banks a player can choose (built-in and on the device) and which one the menu plays. */
  bankShelf: BankShelf;
  /** "Open a bank file": the picker, opening and removing banks, and banks a link names that are not built in. */
  bankFiles: BankFiles;
  /** Offer a text file to save (a result code, say). */
  download(name: string, text: string): void;
  /** Reload in a language without saving it as the player's choice (an assignment's fixed language). */
  relaunchIn(lang: string): void;
  /** Save a language choice and reload in it. */
  switchLanguage(lang: string): void;
  /** The device's speech synthesis, for reading questions aloud. */
  speech: Speech;
  /** Live class games: the server probe, hosting, joining, and the one game this tab is in. */
  live: LiveService;
  /**
   * Set the page's link without reloading (a hosted game's PIN, so a reload comes back to it);
   * null removes a parameter.
   */
  setLink(params: Record<string, string | null>): void;
  /** The page's address with these parameters instead of its own (a live game's join link). */
  linkWith(params: Record<string, string>): string;
  /** Watch the page being hidden or closed (tab switch, phone locked, tab closed); returns an unsubscribe. */
  onHidden(listener: () => void): () => void;
}

export const SERVICES_KEY = 'services';

export function servicesOf(scene: Phaser.Scene): GameServices {
  return scene.registry.get(SERVICES_KEY) as GameServices;
}
