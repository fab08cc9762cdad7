/**
 * The local profile: the best round per bank and mode, and the latest rounds, as plain data
 * for the storage service. Nothing here names the player: it stays on the device.
 */
import { MODES, type Mode } from '../settings';
import { beats, isCount, isPlainObject } from './shared';


export const RECENT_LIMIT = 20;

export interface RoundRecord {
  bankId: string;
  mode: Mode;
  points: number;
  correct: number;
  asked: number;
  /** ISO timestamp, passed in by the caller. */
  at: string;
  seed: string;
}

export interface Profile {
  version: 1;
  /** Keyed by `${bankId}|${mode}`, see `bestKey`. */
  best: Record<string, RoundRecord>;
  /** Newest first, at most RECENT_LIMIT. */
  recent: RoundRecord[];
}

export const emptyProfile = (): Profile => ({ version: 1, best: {}, recent: [] });

// Modes score differently (accuracy and practice have no speed points), so each keeps its own best.
export const bestKey = (bankId: string, mode: Mode): string => `${bankId}|${mode}`;

export function bestFor(profile: Profile, bankId: string, mode: Mode): RoundRecord | null {
  const key = bestKey(bankId, mode);
  return Object.hasOwn(profile.best, key) ? (profile.best[key] ?? null) : null;
}

const copy = (r: RoundRecord): RoundRecord => ({ bankId: r.bankId, mode: r.mode, points: r.points, correct: r.correct, asked: r.asked, at: r.at, seed: r.seed });

/**
 * Adds a finished round. It is the new best for its bank and mode when it has more points, or
 * as many points with better accuracy; an equal round leaves the earlier best, which got there
 * first. `previousBest` lets the game tell "first round" from "beat your best". The recent list
 * is ordered by when rounds were recorded, not by `at`, so a device clock set back cannot
 * reorder it. A round that asked nothing (left at once) is not recorded.
 */
export function recordRound(profile: Profile, round: RoundRecord): { profile: Profile; newBest: boolean; previousBest: RoundRecord | null } {
  const previousBest = bestFor(profile, round.bankId, round.mode);
  if (round.asked === 0) return { profile, newBest: false, previousBest };
  const newBest = previousBest === null || beats(round, previousBest);
  const record = copy(round);
  return {
    profile: {
      version: 1,
      best: newBest ? { ...profile.best, [bestKey(round.bankId, round.mode)]: record } : profile.best,
      recent: [record, ...profile.recent].slice(0, RECENT_LIMIT),
    },
    newBest,
    previousBest,
  };
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function readRound(v: unknown): RoundRecord | null {
  if (!isPlainObject(v)) return null;
  const { bankId, mode, points, correct, asked, at, seed } = v;
  if (typeof bankId !== 'string' || bankId === '' || !MODES.includes(mode as Mode)) return null;
  if (typeof points !== 'number' || !Number.isFinite(points) || points < 0) return null;
  if (!isCount(correct) || !isCount(asked) || asked === 0 || correct > asked) return null;
  if (typeof at !== 'string' || !ISO_TIMESTAMP.test(at) || typeof seed !== 'string') return null;
  return { bankId, mode: mode as Mode, points, correct, asked, at, seed };
}

/**
 * Reads a stored copy back, dropping malformed rounds and keeping the rest. A best is filed
 * under the key its own bank and mode give, whatever key it was stored under. Null when it is
 * not a version 1 record at all.
 */
export function parseProfile(data: unknown): Profile | null {
  if (!isPlainObject(data) || data.version !== 1) return null;
  const best = new Map<string, RoundRecord>();
  if (isPlainObject(data.best)) {
    for (const value of Object.values(data.best)) {
      const r = readRound(value);
      if (!r) continue;
      const key = bestKey(r.bankId, r.mode);
      const held = best.get(key);
      if (!held || beats(r, held)) best.set(key, r);
    }
  }
  const recent = Array.isArray(data.recent) ? data.recent.map(readRound).filter((r): r is RoundRecord => r !== null).slice(0, RECENT_LIMIT) : [];
  return { version: 1, best: Object.fromEntries(best), recent };
}
