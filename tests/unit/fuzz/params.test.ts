/**
 * Fuzzing the link a player opens (readParams): whatever the query string holds, reading it never
 * throws, every value it keeps is within its bounds, and every problem is one the game can put
 * into words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readParams, SEED_PATTERN, type LaunchParams } from '../../../src/services/params';
import { anyText, enText, mutated, render, RUNS, syntaxSoup } from './support';

const PIECES = ['?', '&', '=', '#', '%', '%2', '%ZZ', '%00', '%E2%82', '%F0%9F%99%82', '+', 'lang', 'seed', 'bank', 'assign', 'lang=', 'seed=', '&seed=', 'zh-CN', 'ar', '🙂', '\uD800', ' ', '\n', '__proto__'];
const VALID = [
  '?lang=fr&bank=kim-putin-beijing-2025-09&seed=round_7-A',
  '?assign=FA1.zq1YTmuAgEAbtawqVZf.AbCdEf&lang=zh-CN',
  'lang=ar&seed=x',
  '?seed=a%20b&bank=&lang=%20',
];

/** No half of a surrogate pair: cutting a value short must not leave a broken character to show. */
const wellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

function expectSound(p: LaunchParams): void {
  for (const shown of [p.lang, p.bank, ...p.problems.map((x) => x.seed)]) if (shown !== null) expect(wellFormed(shown), JSON.stringify(shown)).toBe(true);
  if (p.seed !== null) expect(p.seed).toMatch(SEED_PATTERN);
  if (p.lang !== null) expect(p.lang.length).toBeLessThanOrEqual(40);
  if (p.bank !== null) expect(p.bank.length).toBeLessThanOrEqual(80);
  expect(p.unsupportedLang).toBeNull();
  for (const problem of p.problems) {
    expect(problem.kind).toBe('seedInvalid');
    expect(problem.seed.length).toBeLessThanOrEqual(40);
    render(enText(`errors.${problem.kind}`), { seed: problem.seed }, `errors.${problem.kind}`);
  }
  // A bad seed is a problem to show, never a seed to use.
  expect(p.seed !== null && p.problems.length > 0).toBe(false);
}

describe('readParams', () => {
  it('never throws on random text or query-like soup', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(200), syntaxSoup(PIECES)), (search) => {
        expectSound(readParams(search));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on a damaged link', () => {
    fc.assert(
      fc.property(mutated(fc.constantFrom(...VALID), PIECES), (search) => {
        expectSound(readParams(search));
      }),
      { numRuns: RUNS },
    );
  });

  it('any value, however encoded, comes back as the link gave it, within its bounds', () => {
    fc.assert(
      fc.property(anyText(100), anyText(100), anyText(60), (lang, bank, seed) => {
        const search = `?${new URLSearchParams({ lang, bank, seed })}`;
        const p = readParams(search);
        expectSound(p);
        // URLSearchParams carries text as Unicode scalar values: a lone surrogate arrives as U+FFFD.
        const sent = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
        /** The value cut to its bound, or one unit less where the bound would split a character. */
        const cut = (got: string | null | undefined, s: string, max: number) => {
          expect(got).toEqual(expect.any(String));
          expect(s.startsWith(got!) && got!.length >= Math.min(s.length, max - 1) && got!.length <= max, JSON.stringify(got)).toBe(true);
        };
        if (SEED_PATTERN.test(seed)) expect(p.seed).toBe(seed);
        else cut(p.problems[0]?.seed, sent(seed), 40);
        if (bank === '') expect(p.bank).toBeNull();
        else cut(p.bank, sent(bank), 80);
      }),
      { numRuns: RUNS },
    );
  });
});
