/**
 * A generated name for players who would rather not type one: an adjective and an animal in the
 * player's language ("Swift Otter", "Zorro Valiente", "용감한 수달"). The words are ours
 * (data/nameWords.json), so every generated name passes the abuse filter.
 */
import type { Rng } from '../core/rng';
import words from './data/nameWords.json';
import { nameKey } from './names';

interface NameWords {
  pattern: string;
  adjectives: string[];
  animals: string[];
}

const TABLE = words as unknown as Record<string, NameWords>;

/** The languages with words of their own; any other falls back to English. */
export const NAME_LANGUAGES = Object.keys(TABLE).filter((k) => !k.startsWith('$'));

const wordsFor = (language: string): NameWords => TABLE[language] ?? TABLE.en!;

/** How many names a language can make: the most players a room can name without a number. */
export function nameCount(language: string): number {
  const w = wordsFor(language);
  return w.adjectives.length * w.animals.length;
}

/** Tries before a number is added: enough that a free pair is almost always found first. */
const TRIES = 40;

/**
 * A name from `rng`, not one of `taken` (compared as nameKey does). When the tries run out, as in
 * a room that has used most pairs, a number is added to the last pair ("Swift Otter 2").
 */
export function generateName(language: string, rng: Rng, taken: ReadonlySet<string> = new Set()): string {
  const w = wordsFor(language);
  let name = '';
  for (let i = 0; i < TRIES; i++) {
    name = w.pattern.replace('{adjective}', w.adjectives[rng.int(w.adjectives.length)]!).replace('{animal}', w.animals[rng.int(w.animals.length)]!);
    if (!taken.has(nameKey(name))) return name;
  }
  for (let n = 2; ; n++) {
    const numbered = `${name} ${n}`;
    if (!taken.has(nameKey(numbered))) return numbered;
  }
}

/** Every adjective and animal pair of a language, for tests that check them all. */
export function allNames(language: string): string[] {
  const w = wordsFor(language);
  return w.adjectives.flatMap((a) => w.animals.map((b) => w.pattern.replace('{adjective}', a).replace('{animal}', b)));
}
