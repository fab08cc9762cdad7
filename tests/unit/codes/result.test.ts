import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignmentId, encodeAssignment } from '../../../src/core/codes/assignment';
import { CodeEncodeError, packCode } from '../../../src/core/codes/codec';
import { decodeResult, encodeResult, MAX_RESULT_CODE, type StudentResult } from '../../../src/core/codes/result';
import { STUDENT_TIMINGS, type StudentTiming } from '../../../src/core/codes/timing';
import { mutations, resultArb, sampleAssignment, sampleResult } from './fixtures';

const ASSIGNMENT_CODE = encodeAssignment(sampleAssignment());
const ID = assignmentId(ASSIGNMENT_CODE);
const SAMPLE = sampleResult(ID);

const decoded = (code: string): StudentResult => {
  const d = decodeResult(code);
  if (!d.ok) throw new Error(`did not decode: ${d.error} ${d.detail ?? ''}`);
  return d.result;
};
const errorOf = (code: string) => {
  const d = decodeResult(code);
  return d.ok ? 'ok' : d.error;
};

describe('result codes round-trip', () => {
  it('decode(encode(r)) is r, for any result: unicode names, every kind of response, time-outs', () => {
    fc.assert(
      fc.property(resultArb, (r) => {
        const code = encodeResult(r);
        expect(code).toMatch(/^FR1\.[A-Za-z0-9_.-]+$/);
        expect(decoded(code)).toEqual(r);
      }),
      { numRuns: 200 },
    );
  });

  it('carries a pick of the fifth or sixth card, and reads a four-card payload as before', () => {
    const answers = SAMPLE.answers.map((a, i) => (i < 2 ? { ...a, response: { kind: 'choice' as const, place: 4 + i } } : a));
    expect(decoded(encodeResult({ ...SAMPLE, answers })).answers).toEqual(answers);
    // Format 1 as codes were written when a question had four cards: place 3, the last of them.
    const p = [ID, 'Zoë', 1, [['q-1', 3, 1500, 900, 1000]], 900, 1, 1, 1764000000000];
    expect(decoded(packCode('R', p)).answers[0]!.response).toEqual({ kind: 'choice', place: 3 });
  });

  it('carries the assignment id it answers and the attempt', () => {
    const r = decoded(encodeResult({ ...SAMPLE, attempt: 3 }));
    expect(r.assignmentId).toBe(ID);
    expect(r.attempt).toBe(3);
  });

  it('stores elapsed time in whole ms and credit in thousandths, rounded down so nothing crosses the correct line', () => {
    const [first, ...rest] = SAMPLE.answers;
    const fine = { ...SAMPLE, answers: [{ ...first!, elapsedMs: 1234.5678, credit: 0.8999999 }, ...rest] };
    const back = decoded(encodeResult(fine)).answers[0]!;
    expect(back.elapsedMs).toBe(1235);
    expect(back.credit).toBe(0.899);
    expect(decoded(encodeResult({ ...SAMPLE, answers: [{ ...first!, credit: 0.9 }, ...rest] })).answers[0]!.credit).toBe(0.9);
  });

  it('keeps a finishing time with an offset exactly as given', () => {
    for (const finishedAt of ['2025-11-24T09:05:00+09:00', '2025-11-24T12:34:56Z', '2025-11-24T12:34:56.789Z']) {
      expect(decoded(encodeResult({ ...SAMPLE, finishedAt })).finishedAt).toBe(finishedAt);
    }
  });
});

describe("the student's own timing", () => {
  // A hand-made payload as codes were written before students could choose their time.
  const OLD = ['AbCd_-12', 'Zoë', 1, [['q-1', 2, 1500, 900, 1000]], 900, 1, 1, 1764000000000];

  it('carries more time or no time limit, and reads back exactly what the student chose', () => {
    for (const timing of STUDENT_TIMINGS) expect(decoded(encodeResult({ ...SAMPLE, timing })).timing).toBe(timing);
  });

  it("leaves it out when the student kept the teacher's time, so the code is the same as before", () => {
    const code = encodeResult(SAMPLE);
    expect(decoded(code)).not.toHaveProperty('timing');
    expect(decoded(code)).toEqual(SAMPLE);
    // The same payload an older version of the game made: eight values.
    expect(encodeResult(decoded(packCode('R', OLD)))).toBe(packCode('R', OLD));
  });

  it('reads a code made before students could choose as the teacher\'s time', () => {
    const r = decoded(packCode('R', OLD));
    expect(r.name).toBe('Zoë');
    expect(r.points).toBe(900);
    expect(r.timing).toBeUndefined();
  });

  it('reads 0 as no time limit and a factor as that much more time', () => {
    expect(decoded(packCode('R', [...OLD, 0])).timing).toBe('off');
    expect(decoded(packCode('R', [...OLD, 10])).timing).toBe(10);
    expect(decoded(packCode('R', [...OLD, 1.5])).timing).toBe(1.5);
  });

  it('refuses a timing no student can choose, on both sides', () => {
    for (const v of [1, 5, 0.5, -2, 'off', null, '2', [2], 100]) {
      expect(decodeResult(packCode('R', [...OLD, v]))).toMatchObject({ ok: false, error: 'malformed', detail: 'timing' });
    }
    for (const timing of [1, 5, 'none'] as unknown as StudentTiming[]) expect(() => encodeResult({ ...SAMPLE, timing })).toThrow(CodeEncodeError);
    expect(decodeResult(packCode('R', [...OLD, 2, 2]))).toMatchObject({ ok: false, detail: 'not a result payload' });
  });

  it('never throws whatever stands in the timing place, and what it accepts re-encodes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const d = decodeResult(packCode('R', [...OLD, v]));
        if (d.ok) expect(decoded(encodeResult(d.result))).toEqual(d.result);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a question the student marked as looking wrong', () => {
  const OLD = ['AbCd_-12', 'Zoë', 1, [['q-1', 2, 1500, 900, 1000], ['q-2', 0, 2000, 0, 0]], 900, 1, 2, 1764000000000];

  it('travels to the teacher with its answer, and only that one', () => {
    const r = { ...SAMPLE, answers: SAMPLE.answers.map((a, i) => (i === 1 ? { ...a, flagged: true } : a)) };
    const back = decoded(encodeResult(r));
    expect(back.answers.map((a) => a.flagged === true)).toEqual(SAMPLE.answers.map((_, i) => i === 1));
    expect(back).toEqual(r);
  });

  it('leaves an unmarked round\'s code as it was, and reads codes made before marks existed', () => {
    expect(encodeResult(decoded(packCode('R', OLD)))).toBe(packCode('R', OLD));
    expect(decoded(packCode('R', OLD)).answers.some((a) => 'flagged' in a)).toBe(false);
  });

  it('refuses any other value in the mark\'s place', () => {
    for (const v of [0, 2, true, null, '1']) {
      const answers = [['q-1', 2, 1500, 900, 1000, v], ['q-2', 0, 2000, 0, 0]];
      expect(decodeResult(packCode('R', [OLD[0], OLD[1], OLD[2], answers, ...OLD.slice(4)]))).toMatchObject({ ok: false, detail: 'answer 1: mark' });
    }
  });
});

describe('the transport', () => {
  const code = encodeResult(SAMPLE);

  it('refuses an assignment code pasted where a result belongs', () => {
    expect(errorOf(ASSIGNMENT_CODE)).toBe('wrong-kind');
  });

  it('refuses a version it does not know', () => {
    expect(errorOf(code.replace(/^FR1\./, 'FR9.'))).toBe('unsupported-version');
  });

  it('tolerates line breaks and spaces from chat apps, and a full stop after the code', () => {
    const pasted = `${code.replace(/(.{40})/g, '$1\r\n')}.`;
    expect(decoded(pasted)).toEqual(SAMPLE);
    expect(decoded(` ${code.slice(0, 100)} \u200b ${code.slice(100)} .`)).toEqual(SAMPLE);
  });

  it('accepts and ignores a signature segment (a future class server may sign results)', () => {
    expect(decoded(`${code}.SAAECAwQFBgcICQ`)).toEqual(SAMPLE);
  });

  it('every one-character change or deletion is refused', () => {
    let tried = 0;
    let refused = 0;
    for (const m of mutations(code)) {
      tried++;
      if (!decodeResult(m).ok) refused++;
    }
    expect(tried).toBeGreaterThan(code.length * 60);
    expect(refused).toBe(tried);
  });

  it('a one-character change in any result code is refused (property)', () => {
    fc.assert(
      fc.property(resultArb, fc.nat(), fc.constantFrom(...'AZaz09-_.'), (r, at, c) => {
        const original = encodeResult(r);
        const i = at % original.length;
        if (original[i] === c) return;
        const d = decodeResult(original.slice(0, i) + c + original.slice(i + 1));
        if (d.ok) expect(d.result).toEqual(r);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random text or random payloads behind a valid checksum', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^F[AR][0-9]\.[jz][A-Za-z0-9_-]{0,80}\.[A-Za-z0-9_-]{0,8}$/)), (s) => {
        expect(decodeResult(s).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (payload) => {
        const d = decodeResult(packCode('R', payload));
        expect(d.ok || d.error === 'malformed' || d.error === 'too-large').toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws when any one value of a real payload is replaced by anything, and what it accepts re-encodes', () => {
    const base = ['AbCd_-12', 'Zoë', 1, [['q-1', 2, 1500, 900, 1000], ['q-2', null, 20000, 0, 0], ['q-3', [13000], 4000, 800, 873], ['q-4', [39.9, 116.4, 'Beijing'], 3000, 1000, 1000]], 2700, 2, 4, 1764000000000];
    expect(decodeResult(packCode('R', base)).ok).toBe(true);
    const paths: number[][] = [[0], [1], [2], [3], [4], [5], [6], [7], ...[0, 1, 2, 3].flatMap((a) => [0, 1, 2, 3, 4].map((f) => [3, a, f]))];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, v) => {
        const p = structuredClone(base) as unknown[];
        let at: unknown[] = p;
        for (const i of path.slice(0, -1)) at = at[i] as unknown[];
        at[path[path.length - 1]!] = v;
        const d = decodeResult(packCode('R', p));
        if (d.ok) expect(decoded(encodeResult(d.result))).toEqual(d.result);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('validation', () => {
  const invalid: [string, Partial<StudentResult>][] = [
    ['a blank name', { name: ' ' }],
    ['a name with a line break', { name: 'Zoë\nÅ' }],
    ['an assignment id that is not one', { assignmentId: 'nope' }],
    ['attempt 0', { attempt: 0 }],
    ['no answers', { answers: [], asked: 0, points: 0, correct: 0 }],
    ['points that are not the sum of the answers', { points: 1 }],
    ['asked that is not the number of answers', { asked: 11 }],
    ['more correct than asked', { correct: 11 }],
    ['a time that is not ISO', { finishedAt: '24/11/2025' }],
    ['credit over 1', { answers: SAMPLE.answers.map((a, i) => (i === 0 ? { ...a, credit: 1.5 } : a)) }],
    ['a time-out that scored', { answers: SAMPLE.answers.map((a) => (a.response === null ? { ...a, points: 10 } : a)), points: SAMPLE.points + 10 }],
    ['a choice at place 6 (a seventh card)', { answers: SAMPLE.answers.map((a, i) => (i === 0 ? { ...a, response: { kind: 'choice', place: 6 } } : a)) }],
    ['an infinite estimate', { answers: SAMPLE.answers.map((a, i) => (i === 0 ? { ...a, response: { kind: 'number', value: Infinity } } : a)) }],
    ['a date that does not exist', { answers: SAMPLE.answers.map((a, i) => (i === 0 ? { ...a, response: { kind: 'date', value: '2025-02-30' } } : a)) }],
    ['a point off the map', { answers: SAMPLE.answers.map((a, i) => (i === 0 ? { ...a, response: { kind: 'point', lat: 91, lon: 0 } } : a)) }],
    ['a question answered twice', { answers: SAMPLE.answers.map((a) => ({ ...a, questionId: 'q-same' })) }],
  ];
  for (const [what, over] of invalid) {
    it(`encode refuses ${what}`, () => {
      expect(() => encodeResult({ ...SAMPLE, ...over })).toThrow(CodeEncodeError);
    });
  }

  it('decode says which field of a hand-made payload is wrong', () => {
    const p = ['AbCd_-12', 'Zoë', 1, [['q-1', 2, 1500, 900, 1000]], 900, 2, 1, 1764000000000];
    expect(decodeResult(packCode('R', p))).toMatchObject({ ok: false, error: 'malformed', detail: 'correct' });
  });
});

describe('sizes', () => {
  it('a 10-answer result is short enough to paste in a chat', () => {
    const code = encodeResult(SAMPLE);
    console.info(`result code, 10 answers: ${code.length} characters`);
    expect(SAMPLE.answers).toHaveLength(10);
    expect(code.length).toBeLessThan(700);
  });

  it('the largest result (100 answers with long ids and place labels) still fits the limit', () => {
    const answers = Array.from({ length: 100 }, (_, i) => ({
      questionId: `q-custom-question-about-the-article-number-${i}`,
      response: { kind: 'point' as const, lat: 10 + i / 7, lon: 20 - i / 3, label: 'Pyongyang' },
      elapsedMs: 1000 + i * 977,
      points: 1000,
      credit: 1,
    }));
    const code = encodeResult({ ...SAMPLE, answers, asked: 100, correct: 100, points: 100_000 });
    console.info(`result code, 100 answers: ${code.length} characters (limit ${MAX_RESULT_CODE})`);
    expect(code.length).toBeLessThanOrEqual(MAX_RESULT_CODE);
    expect(errorOf(`FR1.j${'A'.repeat(MAX_RESULT_CODE)}.AAAAAA`)).toBe('too-large');
  });
});
