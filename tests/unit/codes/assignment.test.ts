import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignmentId, decodeAssignment, encodeAssignment, fitsInLink, MAX_LINK_CODE, type Assignment } from '../../../src/core/codes/assignment';
import { extraTimeFor, foldName } from '../../../src/core/codes/names';
import { CodeEncodeError, packCode } from '../../../src/core/codes/codec';
import { BANK_ID, BUILT_IN, SMALL_BANK_IDS, TEN_IDS, assignmentArb, mutations, sampleAssignment, smallBank } from './fixtures';

const decoded = (code: string): Assignment => {
  const d = decodeAssignment(code);
  if (!d.ok) throw new Error(`did not decode: ${d.error} ${d.detail ?? ''}`);
  return d.assignment;
};
const errorOf = (code: string) => {
  const d = decodeAssignment(code);
  return d.ok ? 'ok' : d.error;
};

describe('assignment codes round-trip', () => {
  it('decode(encode(a)) is a, for any assignment: unicode titles, names and extra time, built-in or carried banks', () => {
    fc.assert(
      fc.property(assignmentArb, (a) => {
        const code = encodeAssignment(a);
        expect(code.length).toBeLessThanOrEqual(MAX_LINK_CODE);
        expect(code).toMatch(/^FA1\.[A-Za-z0-9_.-]+$/);
        expect(decoded(code)).toEqual(a);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same code, and the same id, for the same assignment', () => {
    const a = sampleAssignment();
    const code = encodeAssignment(a);
    expect(encodeAssignment(structuredClone(a))).toBe(code);
    const d = decodeAssignment(code);
    expect(d.ok && d.id).toBe(assignmentId(code));
    expect(assignmentId(code)).toMatch(/^[A-Za-z0-9_-]{8}$/);
    expect(assignmentId(encodeAssignment(sampleAssignment({ seed: 'other' })))).not.toBe(assignmentId(code));
  });

  it('keeps extra time for a student whose name is an Object.prototype key', () => {
    const a = sampleAssignment({ extraTime: JSON.parse('{"__proto__": 3, "constructor": 10, "zoë": 1.5}') as Record<string, number> });
    const back = decoded(encodeAssignment(a));
    expect(Object.keys(back.extraTime).sort()).toEqual(['__proto__', 'constructor', 'zoë']);
    expect(extraTimeFor(back, '  __PROTO__ ')).toBe(3);
    expect(extraTimeFor(back, 'Constructor')).toBe(10);
    expect(extraTimeFor(back, 'toString')).toBe(1);
  });
});

describe('names for extra time', () => {
  it('match however the student types them: case, spaces, composed or decomposed accents', () => {
    const a = sampleAssignment({ extraTime: { [foldName('Zoë  Ångström')]: 2 } });
    expect(extraTimeFor(a, ' zoë ångström ')).toBe(2);
    expect(extraTimeFor(a, 'ZOE\u0308 A\u030ANGSTRÖM')).toBe(2);
    expect(extraTimeFor(a, 'Zoe Angstrom')).toBe(1);
  });

  it('folding is idempotent, so a folded key always validates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(foldName(foldName(s))).toBe(foldName(s));
      }),
    );
  });

  it('an unfolded name or an unknown multiplier is refused', () => {
    expect(() => encodeAssignment(sampleAssignment({ extraTime: { Anna: 2 } }))).toThrow(/folded/);
    expect(() => encodeAssignment(sampleAssignment({ extraTime: { anna: 4 } }))).toThrow(/extra time/);
  });
});

describe('the transport', () => {
  const code = encodeAssignment(sampleAssignment());

  it('refuses a version it does not know', () => {
    const future = code.replace(/^FA1\./, 'FA9.');
    expect(errorOf(future)).toBe('unsupported-version');
    expect(errorOf(code.replace(/^FA1\./, 'FA12.'))).toBe('unsupported-version');
  });

  it('refuses a result code pasted as an assignment', () => {
    expect(errorOf(packCode('R', ['x']))).toBe('wrong-kind');
  });

  it('refuses text that is not a code', () => {
    for (const input of ['', 'hello', 'https://example.org/', 'FA1', 'fa1.abc', '{"title":"x"}']) expect(errorOf(input)).toBe('not-a-code');
    expect(errorOf(undefined as unknown as string)).toBe('not-a-code');
  });

  it('tolerates line breaks and spaces from chat apps, and a full stop after the code', () => {
    const broken = code.replace(/(.{37})/g, '$1\n').replace(/(.{11})/g, '$1 ');
    expect(decoded(`  ${broken}.  `)).toEqual(sampleAssignment());
    expect(decoded(`Here is the homework: https://example.org/?assign=${code}&lang=en`)).toEqual(sampleAssignment());
  });

  it('refuses a truncated code as damaged', () => {
    for (const n of [5, 40, code.length - 1, code.length - 8]) expect(errorOf(code.slice(0, n))).not.toBe('ok');
    expect(errorOf(code.slice(0, code.lastIndexOf('.')))).toBe('checksum');
  });

  it('every one-character change or deletion is refused, or (in the ignored signature) decodes to the same assignment', () => {
    const signed = `${code}.SZ2l2ZW4tYnktYS1zZXJ2ZXI`;
    const seen: Record<string, number> = {};
    for (const m of mutations(signed)) {
      const d = decodeAssignment(m);
      const key = d.ok ? 'same' : d.error;
      seen[key] = (seen[key] ?? 0) + 1;
      if (d.ok) {
        expect(m.startsWith(`${code}.S`)).toBe(true);
        expect(d.assignment).toEqual(sampleAssignment());
      }
    }
    expect(seen.checksum).toBeGreaterThan(1000);
    expect(seen.malformed ?? 0).toBe(0);
  });

  it('a one-character change in any assignment code is refused (property)', () => {
    fc.assert(
      fc.property(assignmentArb, fc.nat(), fc.constantFrom(...'AZaz09-_.'), (a, at, c) => {
        const original = encodeAssignment(a);
        const i = at % original.length;
        if (original[i] === c) return;
        const d = decodeAssignment(original.slice(0, i) + c + original.slice(i + 1));
        if (d.ok) expect(d.assignment).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random text, code-like text or random payloads behind a valid checksum', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^F[AR][0-9]\.[jz][A-Za-z0-9_-]{0,80}\.[A-Za-z0-9_-]{0,8}(\.S[A-Za-z0-9_-]*)?$/)),
        (s) => {
          expect(decodeAssignment(s).ok).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (payload) => {
        const d = decodeAssignment(packCode('A', payload));
        expect(d.ok || d.error === 'malformed' || d.error === 'too-large').toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws when any one field of a real payload is replaced by anything, and what it accepts re-encodes', () => {
    const base: unknown[] = ['T', BANK_ID, ['q-1'], 's', 'classic', 20, { ann: 2 }, 'fr', '2025-10-01'];
    expect(decodeAssignment(packCode('A', base)).ok).toBe(true);
    fc.assert(
      fc.property(fc.nat({ max: base.length - 1 }), fc.jsonValue(), (i, v) => {
        const p = [...base];
        p[i] = v;
        const d = decodeAssignment(packCode('A', p));
        // Whatever the decoder accepts, the encoder accepts too and gives back unchanged.
        if (d.ok) expect(decoded(encodeAssignment(d.assignment))).toEqual(d.assignment);
      }),
      { numRuns: 500 },
    );
  });
});

describe('validation', () => {
  const invalid: [string, Partial<Assignment>][] = [
    ['blank title', { title: '  ' }],
    ['control character in the title', { title: 'a\u0007b' }],
    ['no questions', { questionIds: [] }],
    ['a question twice', { questionIds: ['q-a', 'q-a'] }],
    ['an unknown mode', { mode: 'speedrun' as Assignment['mode'] }],
    ['a negative time limit', { timeLimitS: -5 }],
    ['a fractional time limit', { timeLimitS: 2.5 }],
    ['a language that is not a code', { lang: 'English' }],
    ['31 February', { due: '2025-02-31' }],
    ['a bank id with capitals', { bankId: 'Kim' }],
    ['both an id and a bank', { bank: smallBank(), questionIds: SMALL_BANK_IDS }],
    ['neither an id nor a bank', { bankId: null }],
    ['a carried question that is not in the bank', { bankId: null, bank: smallBank(), questionIds: ['q-nope'] }],
  ];
  for (const [what, over] of invalid) {
    it(`encode refuses ${what}`, () => {
      expect(() => encodeAssignment(sampleAssignment(over))).toThrow(CodeEncodeError);
      expect(fitsInLink(sampleAssignment(over))).toBe(false);
    });
  }

  it('a carried question on a fact nobody approved is refused', () => {
    const bank = smallBank();
    const q = bank.questions[0]!;
    const unreviewed = { ...bank, facts: bank.facts.map((f) => (f.id === q.factId ? { ...f, review: 'needs_review' as const } : f)) };
    expect(() => encodeAssignment(sampleAssignment({ bankId: null, bank: unreviewed, questionIds: [q.id] }))).toThrow(/nobody approved/);
  });

  it('decode reports hand-made payloads with a broken field as malformed, saying which', () => {
    const d = decodeAssignment(packCode('A', ['T', BANK_ID, ['q-1'], 's', 'classic', 20, {}, null, '2025-13-01']));
    expect(d).toMatchObject({ ok: false, error: 'malformed', detail: 'due date' });
    const bank = decodeAssignment(packCode('A', ['T', { schemaVersion: 1, id: 'x' }, ['q-1'], 's', 'classic']));
    expect(bank).toMatchObject({ ok: false, error: 'malformed' });
    expect(!bank.ok && bank.detail).toMatch(/^bank: /);
  });
});

describe('sizes', () => {
  it('a 10-question assignment on a built-in bank is a short link', () => {
    const code = encodeAssignment(sampleAssignment());
    const bare = encodeAssignment(sampleAssignment({ extraTime: {}, due: null, timeLimitS: null }));
    const longest = [...BUILT_IN.questions].sort((a, b) => b.id.length - a.id.length).slice(0, 10).map((q) => q.id);
    const worst = encodeAssignment(sampleAssignment({ questionIds: longest }));
    console.info(`assignment code, 10 questions on ${BANK_ID}: ${code.length} characters (no extra time or due date: ${bare.length}; the 10 longest ids: ${worst.length})`);
    expect(TEN_IDS).toHaveLength(10);
    expect(code.length).toBeLessThan(300);
    expect(worst.length).toBeLessThan(320);
  });

  it('a small custom bank (3 questions) travels inside the code', () => {
    const a = sampleAssignment({ bankId: null, bank: smallBank(), questionIds: SMALL_BANK_IDS });
    const code = encodeAssignment(a);
    console.info(`assignment code with a 3-question bank inside: ${code.length} characters (the bank as JSON: ${JSON.stringify(a.bank).length})`);
    expect(fitsInLink(a)).toBe(true);
    expect(code.length).toBeLessThan(MAX_LINK_CODE);
    expect(decoded(code)).toEqual(a);
  });

  it('a large bank does not fit: fitsInLink says so and encode refuses with the reason', () => {
    const a = sampleAssignment({ bankId: null, bank: BUILT_IN, questionIds: TEN_IDS });
    expect(fitsInLink(a)).toBe(false);
    try {
      encodeAssignment(a);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CodeEncodeError);
      expect((e as CodeEncodeError).reason).toBe('too-large');
      console.info(`the full ${BUILT_IN.questions.length}-question bank would need: ${(e as Error).message}`);
    }
  });

  it('a code longer than a link may be is refused before decoding', () => {
    expect(errorOf(`FA1.j${'A'.repeat(MAX_LINK_CODE)}.AAAAAA`)).toBe('too-large');
  });
});
