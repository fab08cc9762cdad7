/**
 * Player settings as plain data: what they are, their defaults, and how a stored copy is read
 * back (tolerantly: a missing or odd field takes its default instead of losing the rest).
 */
export const MODES = ['classic', 'accuracy', 'practice'] as const;
export type Mode = (typeof MODES)[number];

/** Seconds per question; null is "off". */
export const TIME_LIMITS_S = [10, 20, 30, 60, null] as const;
export type TimeLimitS = (typeof TIME_LIMITS_S)[number];

/** Extended time (WCAG 2.2.1 asks that a limit can be extended at least tenfold, or turned off). */
export const TIME_MULTIPLIERS = [1, 1.5, 2, 3, 10] as const;
export type TimeMultiplier = (typeof TIME_MULTIPLIERS)[number];

export const MOTION = ['system', 'reduced', 'full'] as const;
export type Motion = (typeof MOTION)[number];

export interface Settings {
  mode: Mode;
  timeLimitS: TimeLimitS;
  timeMultiplier: TimeMultiplier;
  sound: boolean;
  /** 0 to 1. */
  volume: number;
  motion: Motion;
  highContrast: boolean;
  /** Each question (and its options) read aloud with the device's speech synthesis. */
  readAloud: boolean;
  /** The player's chosen language; null follows the browser. */
  language: string | null;
}

export const DEFAULT_SETTINGS: Settings = {
  mode: 'classic',
  timeLimitS: 20,
  timeMultiplier: 1,
  sound: true,
  volume: 0.8,
  motion: 'system',
  highContrast: false,
  readAloud: false,
  language: null,
};

const oneOf = <T>(list: readonly T[], v: unknown, fallback: T): T => (list.includes(v as T) ? (v as T) : fallback);

export function readSettings(data: unknown): Settings {
  const d = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const volume = typeof d.volume === 'number' && Number.isFinite(d.volume) ? Math.min(1, Math.max(0, d.volume)) : DEFAULT_SETTINGS.volume;
  return {
    mode: oneOf(MODES, d.mode, DEFAULT_SETTINGS.mode),
    timeLimitS: oneOf(TIME_LIMITS_S, d.timeLimitS, DEFAULT_SETTINGS.timeLimitS),
    timeMultiplier: oneOf(TIME_MULTIPLIERS, d.timeMultiplier, DEFAULT_SETTINGS.timeMultiplier),
    sound: typeof d.sound === 'boolean' ? d.sound : DEFAULT_SETTINGS.sound,
    volume,
    motion: oneOf(MOTION, d.motion, DEFAULT_SETTINGS.motion),
    highContrast: typeof d.highContrast === 'boolean' ? d.highContrast : DEFAULT_SETTINGS.highContrast,
    readAloud: typeof d.readAloud === 'boolean' ? d.readAloud : DEFAULT_SETTINGS.readAloud,
    language: typeof d.language === 'string' && /^[a-z]{2,3}$/.test(d.language) ? d.language : null,
  };
}

/** Whether a round has a clock: practice never has, nor a round with no time limit. */
export const isTimed = (s: { mode: Mode; timeLimitS: number | null }): s is { mode: Mode; timeLimitS: number } => s.mode !== 'practice' && s.timeLimitS !== null;

/** The time a player has per question, in ms; null when untimed (practice is always untimed). */
export function timeLimitMs(s: { mode: Mode; timeLimitS: number | null; timeMultiplier: number }): number | null {
  if (!isTimed(s)) return null;
  return Math.round(s.timeLimitS * 1000 * s.timeMultiplier);
}
