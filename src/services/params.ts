/**
 * The URL contract: lang, bank, bankfile, seed, assign. Bad values never throw: each becomes
 * a problem the menu or an error screen explains.
 */
export interface LaunchParams {
  /** The link's `lang`, as given (resolved against the saved choice and the browser later). */
  lang: string | null;
  /** The language asked for when it is not supported, to say so on screen (set by main). */
  unsupportedLang: string | null;
  bank: string | null;
  /**
   * A bank file on this site (a path such as `banks/unit-3.json`): a bank too big for an
   * assignment link travels as a file, and the link can point to where the teacher put it.
   * Checked to be on the same site before anything is fetched.
   */
  bankfile: string | null;
  /** A fixed round code from the link; null means a fresh random round each time. */
  seed: string | null;
  /** A teacher's assignment code, as given (decoded and checked at boot). */
  assign: string | null;
  /**
   * `?host`: host a live game ('' to set one up; a PIN to come back to a game this tab hosts).
   * Null without the parameter.
   */
  host: string | null;
  /** `?live=PIN`: join a live game ('' asks for the PIN). Null without the parameter. */
  live: string | null;
  problems: LaunchProblem[];
}

export type LaunchProblem = { kind: 'seedInvalid'; seed: string };

export const SEED_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

/**
 * At most `max` UTF-16 units of a value that may be shown in a message, never ending in the first
 * half of a surrogate pair (an emoji cut in two shows as a broken character).
 */
function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = s.charCodeAt(max - 1) >= 0xd800 && s.charCodeAt(max - 1) <= 0xdbff ? max - 1 : max;
  return s.slice(0, end);
}

/** A live game's PIN as a link gives it: digits only (spaces a teacher typed dropped), else ''. */
function pinParam(raw: string | null): string | null {
  if (raw === null) return null;
  const digits = raw.replace(/\s+/g, '');
  return /^\d{4,12}$/.test(digits) ? digits : '';
}

export function readParams(search: string): LaunchParams {
  const q = new URLSearchParams(search);
  const problems: LaunchProblem[] = [];
  const rawLang = q.get('lang')?.trim() ?? '';
  const rawSeed = q.get('seed');
  let seed: string | null = null;
  if (rawSeed !== null) {
    if (SEED_PATTERN.test(rawSeed)) seed = rawSeed;
    else problems.push({ kind: 'seedInvalid', seed: clip(rawSeed, 40) });
  }

  const bank = q.get('bank');
  const bankfile = q.get('bankfile')?.trim() ?? '';
  return {
    lang: rawLang ? clip(rawLang, 40) : null,
    unsupportedLang: null,
    bank: bank === null || bank === '' ? null : clip(bank, 80),
    bankfile: bankfile === '' ? null : clip(bankfile, 300),
    seed,
    assign: q.get('assign'),
    host: pinParam(q.get('host')),
    live: pinParam(q.get('live')),
    problems,
  };
}
