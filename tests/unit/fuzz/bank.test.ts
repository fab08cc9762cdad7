/**
 * Fuzzing bank files as the game and the tools read them (parseBank, and checkBankJson on top of it):
 * random text, damaged bank text, and bank JSON with any value swapped, removed or added never
 * throw, and a refusal always names the file, a JSON path and a problem, for the game's
 * "this bank is damaged" message.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/core/bank/schema';
import { parseBank, validateBank } from '../../../src/core/bank/validate';
import { playableQuestions } from '../../../src/core/bank/playable';
import { formatBankError, type BankResult } from '../../../src/core/bank/errors';
import { pruneBank } from '../../../src/core/codes/assignment';
import { checkBankJson } from '../../../src/services/bankCheck';
import { realBank } from '../../harness/realBank';
import { anyText, enText, mutated, render, RUNS, syntaxSoup } from './support';

const FILE = 'questions/fuzz/bank.json';

/** Small banks cut from the real one (a few questions of every type, one with translations), as text. */
const real = realBank();
const pick = (n: number) => real.questions.filter((_, i) => i % n === 0).slice(0, 6).map((q) => q.id);
const small: Bank[] = [pruneBank(real, pick(5), []), pruneBank(real, pick(7), ['ko', 'ar'])];
const texts = small.map((b) => JSON.stringify(b, null, 2));

const JSON_PIECES = ['{', '}', '[', ']', ',', ':', '"', '\\', '\\u0000', '\\ud800', 'null', 'true', '0', '-1', '1e999', '"__proto__"', '"constructor"', ' ', '\n', '"approved"', '"choice"', '"where"', '"schemaVersion": 2'];

/** Every refusal as the game shows it: the first problem inside "this bank is damaged". */
function expectSound(r: BankResult, file = FILE): void {
  if (r.ok) {
    // What is accepted is a bank: it validates again as it is, and its playable questions can be listed.
    expect(validateBank(JSON.parse(JSON.stringify(r.bank)), file).ok).toBe(true);
    playableQuestions(r.bank);
    return;
  }
  expect(r.errors.length).toBeGreaterThan(0);
  for (const e of r.errors) {
    expect(e.file).toBe(file);
    expect(e.path).toMatch(/^\$/);
    expect(e.message).toEqual(expect.stringMatching(/\S/));
  }
  render(enText('errors.bankInvalid'), { id: 'fuzz', count: r.errors.length, first: formatBankError(r.errors[0]!) }, 'errors.bankInvalid');
}

/** Paths to every value in a JSON tree. */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

type Change = { kind: 'set' | 'delete' | 'add'; key: string; value: unknown };

/** The JSON with one value changed; own properties only, so "__proto__" stays a key as JSON.parse makes it. */
function changed(root: unknown, path: (string | number)[], c: Change): unknown {
  const copy = JSON.parse(JSON.stringify(root)) as unknown;
  if (path.length === 0) return c.kind === 'set' ? c.value : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const p of path.slice(0, -1)) parent = parent[p] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (c.kind === 'set') parent[last] = c.value;
  else if (c.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) Object.defineProperty(target, c.key, { value: c.value, enumerable: true, writable: true, configurable: true });
    else if (Array.isArray(target)) target.push(c.value);
  }
  return copy;
}

describe('parseBank', () => {
  it('the small banks the fuzzing starts from are valid', () => {
    for (const t of texts) expect(parseBank(t, FILE).ok).toBe(true);
  });

  it('never throws on random text or JSON-like soup, and refuses it with a path and a reason', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(300), syntaxSoup(JSON_PIECES)), (text) => {
        expectSound(parseBank(text, FILE));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on damaged bank text', () => {
    fc.assert(
      fc.property(mutated(fc.constantFrom(...texts), JSON_PIECES), (text) => {
        expectSound(parseBank(text, FILE));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws when any value of a bank is replaced, removed or added to', () => {
    const change: fc.Arbitrary<Change> = fc.record({
      kind: fc.constantFrom('set', 'set', 'delete', 'add'),
      key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'extra', 'ko'), fc.string({ maxLength: 8 })),
      value: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom('', ' ', 'approved', 'choice', -1, 1e308, 0.5, [], {}, null)),
    });
    const roots = small.map((b) => JSON.parse(JSON.stringify(b)) as unknown);
    fc.assert(
      fc.property(fc.nat({ max: roots.length - 1 }), fc.nat(), change, (r, p, c) => {
        const all = paths(roots[r]);
        const data = changed(roots[r], all[p % all.length]!, c);
        expectSound(validateBank(data, FILE));
        expectSound(parseBank(JSON.stringify(data), FILE));
      }),
      { numRuns: RUNS },
    );
  });

  it('a deeply nested file is refused, not a stack overflow', () => {
    expectSound(parseBank(`{"facts":${'['.repeat(200_000)}${']'.repeat(200_000)}}`, FILE));
    expectSound(parseBank('['.repeat(200_000), FILE));
  });
});

describe('checkBankJson (the game loading a bank file)', () => {
  it('never throws; a refusal is "damaged" with its first problem, or "no approved questions", both of which the game can say', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyText(100), mutated(fc.constantFrom(...texts), JSON_PIECES)), async (text) => {
        const r = await checkBankJson(text, real.id);
        if (r.ok) return;
        if (r.reason === 'empty') render(enText('errors.bankEmpty'), { id: real.id }, 'errors.bankEmpty');
        else render(enText('errors.bankInvalid'), { id: real.id, count: r.errors.length, first: r.first }, 'errors.bankInvalid');
      }),
      { numRuns: RUNS },
    );
  });
});
