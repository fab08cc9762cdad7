/**
 * The URL contract (DESIGN.md): lang, bank, seed, assign. Bad values never throw: each becomes
 * a problem the menu or an error screen explains.
 */
export interface LaunchParams {
  /** The link's `lang`, as given (resolved against the saved choice and the browser later). */
  lang: string | null;
  /** The language asked for when it is not supported, to say so on screen (set by main). */
  unsupportedLang: string | null;
  bank: string | null;
  /** A fixed round code from the link; null means a fresh random round each time. */
  seed: string | null;
  /** A teacher's assignment code, as given (decoded and checked at boot). */
  assign: string | null;
  problems: LaunchProblem[];
}

export type LaunchProblem = { kind: 'seedInvalid'; seed: string };

export const SEED_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

export function readParams(search: string): LaunchParams {
  const q = new URLSearchParams(search);
  const problems: LaunchProblem[] = [];
  const rawLang = q.get('lang')?.trim() ?? '';
  const rawSeed = q.get('seed');
  let seed: string | null = null;
  if (rawSeed !== null) {
    if (SEED_PATTERN.test(rawSeed)) seed = rawSeed;
    else problems.push({ kind: 'seedInvalid', seed: rawSeed.slice(0, 40) });
  }

  const bank = q.get('bank');
  return {
    lang: rawLang ? rawLang.slice(0, 40) : null,
    unsupportedLang: null,
    bank: bank === null || bank === '' ? null : bank.slice(0, 80),
    seed,
    assign: q.get('assign'),
    problems,
  };
}
