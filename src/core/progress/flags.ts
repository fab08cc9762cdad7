/**
 * Questions the player marked as looking wrong, kept on the device by the same card keys as the
 * Leitner boxes (`${bankId}/${questionId}`). "Practise what I missed" leaves them out: a question
 * the player believes is wrong is no fact to drill. The latest round that asked a question
 * decides: marked again it stays marked, answered without the mark it is cleared.
 */
import { cardKey, splitCardKey } from './leitner';
import { isPlainObject } from './shared';

export interface FlagRecord {
  version: 1;
  /** Card keys, oldest first. */
  keys: string[];
}

/** Enough for every question of many banks; the oldest marks go first beyond it. */
export const MAX_FLAGS = 2000;

export const emptyFlags = (): FlagRecord => ({ version: 1, keys: [] });

export function parseFlags(data: unknown): FlagRecord | null {
  if (!isPlainObject(data) || data.version !== 1 || !Array.isArray(data.keys)) return null;
  const keys = data.keys.filter((k): k is string => typeof k === 'string' && splitCardKey(k) !== null);
  return { version: 1, keys: [...new Set(keys)].slice(-MAX_FLAGS) };
}

/**
 * The record after a round of `bankId` whose answers are these; the same record when the round
 * changes nothing (most rounds mark nothing), so the caller writes only a real change.
 */
export function recordFlags(rec: FlagRecord, bankId: string, answers: readonly { questionId: string; flagged?: boolean }[]): FlagRecord {
  const asked = new Set(answers.map((a) => cardKey(bankId, a.questionId)));
  const marked = answers.filter((a) => a.flagged).map((a) => cardKey(bankId, a.questionId));
  const keys = [...rec.keys.filter((k) => !asked.has(k)), ...marked].slice(-MAX_FLAGS);
  return keys.length === rec.keys.length && keys.every((k, i) => k === rec.keys[i]) ? rec : { version: 1, keys };
}
