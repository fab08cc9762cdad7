/**
 * The player's settings, kept on the device. Every change is saved at once and applied to the
 * page (contrast, motion) so a reload comes back exactly as the player left it.
 */
import { DEFAULT_SETTINGS, readSettings, type Settings } from '../core/settings';
import type { DeviceStorage, RecordSpec } from './storage';

export const SETTINGS_RECORD: RecordSpec<Settings> = {
  key: 'settings',
  version: 1,
  parse: (data) => (typeof data === 'object' && data !== null ? readSettings(data) : null),
  fallback: () => ({ ...DEFAULT_SETTINGS }),
};

export class SettingsStore {
  private value: Settings;
  private listeners: ((s: Settings) => void)[] = [];

  constructor(private readonly storage: DeviceStorage) {
    this.value = storage.load(SETTINGS_RECORD);
  }

  get(): Settings {
    return this.value;
  }

  update(patch: Partial<Settings>): Settings {
    this.value = readSettings({ ...this.value, ...patch });
    this.storage.save(SETTINGS_RECORD, this.value);
    for (const l of this.listeners) l(this.value);
    return this.value;
  }

  onChange(listener: (s: Settings) => void): void {
    this.listeners.push(listener);
  }
}

/** Whether to calm animations: the player's choice, else the system's prefers-reduced-motion. */
export interface MotionPreference {
  reduced(): boolean;
}

export function motionPreference(settings: SettingsStore, media: (q: string) => boolean): MotionPreference {
  return {
    reduced: () => {
      const m = settings.get().motion;
      return m === 'reduced' || (m === 'system' && media('(prefers-reduced-motion: reduce)'));
    },
  };
}
