/**
 * Student names, folded so "Ana " and "ana" are one student. Kept apart from the codecs so the
 * game's first screens can use it without loading the compression code.
 */
export function foldName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase().normalize('NFC');
}

/** The time multiplier for a student: 1 unless the teacher gave them more. */
export function extraTimeFor(a: { extraTime: Record<string, number> }, name: string): number {
  const key = foldName(name);
  // Own properties only: a student called "constructor" must not find Object.prototype's.
  return Object.hasOwn(a.extraTime, key) ? (a.extraTime[key] ?? 1) : 1;
}
