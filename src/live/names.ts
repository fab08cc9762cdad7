/**
 * Player names in a live game: what a name may be, when two names are the same, and the
 * abuse filter. Pure: the server checks every join with these, and the join screen can check
 * as the player types, with the same answer.
 */
import blocked from './data/blockedWords.json';

/** Longest name, in characters (code points): it has to fit a podium and a phone's row. */
export const NAME_MAX = 24;

export type NameProblem = 'empty' | 'too-long' | 'control' | 'abusive';

export type NameCheck = { ok: true; name: string; key: string } | { ok: false; problem: NameProblem };

// Control, format, private-use and unassigned code points, and line or paragraph separators: they
// hide text, reverse it (U+202E) or break the rows it is drawn in. The zero-width joiner and
// non-joiner are let through: emoji sequences and some scripts need them.
const CONTROL = /(?![\u200c\u200d])[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u;

/** Digits and signs people put in for letters to slip a word past a filter. */
const LOOK_ALIKES: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '!': 'i', '|': 'l', '+': 't' };

/**
 * The form two names are compared in: compatibility-normalised, lower case, accents and Arabic
 * vowel marks and tatweel dropped, spaces collapsed. "José" and "jose " are the same player.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\p{Mn}\u0640]/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

interface WordList {
  inside: string[];
  word: string[];
}

const lists = Object.entries(blocked as unknown as Record<string, WordList | string>).flatMap(([lang, list]) => (lang.startsWith('$') || typeof list === 'string' ? [] : [list]));
const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
const INSIDE = [...new Set(lists.flatMap((l) => l.inside).map((w) => letters(nameKey(w))))].filter((w) => w.length > 0);
const WORDS = new Set(lists.flatMap((l) => l.word).map((w) => nameKey(w)));

/**
 * Whether a name contains a word from the list of any of the eight languages (a class is often
 * more than one language). Look-alike digits and signs are read as letters first.
 */
export function isAbusive(name: string): boolean {
  const key = nameKey(name);
  const unmasked = [...key].map((c) => LOOK_ALIKES[c] ?? c).join('');
  const squashed = letters(unmasked);
  if (INSIDE.some((w) => squashed.includes(w))) return true;
  // A whole-word entry also counts when it is the whole name spelt out with dots or spaces ("c u n t").
  const words = [...key.split(/[^\p{L}\p{N}]+/u), ...unmasked.split(/[^\p{L}\p{N}]+/u), squashed];
  return words.some((w) => WORDS.has(w));
}

/** A name as it will be shown: trimmed, inner spaces collapsed; or why it cannot be used. */
export function checkName(raw: string): NameCheck {
  // Checked before spaces are collapsed, which would turn a tab or a line break into a space.
  if (CONTROL.test(raw)) return { ok: false, problem: 'control' };
  const name = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (name.length === 0) return { ok: false, problem: 'empty' };
  if ([...name].length > NAME_MAX) return { ok: false, problem: 'too-long' };
  if (isAbusive(name)) return { ok: false, problem: 'abusive' };
  return { ok: true, name, key: nameKey(name) };
}
