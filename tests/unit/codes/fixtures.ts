/** Shared test data for the code tests: the built-in bank, sample codes and generators. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Bank } from '../../../src/core/bank/schema';
import { validateBank } from '../../../src/core/bank/validate';
import { pruneBank, type Assignment } from '../../../src/core/codes/assignment';
import { foldName } from '../../../src/core/codes/names';
import { STUDENT_TIMINGS } from '../../../src/core/codes/timing';
import type { ResultAnswer, StudentResult } from '../../../src/core/codes/result';
import type { Response } from '../../../src/core/judge';
import { MODES } from '../../../src/core/settings';

const root = new URL('../../../', import.meta.url);

export const BANK_ID = 'kim-putin-beijing-2025-09';

function loadBank(): Bank {
  const checked = validateBank(JSON.parse(readFileSync(new URL(`questions/${BANK_ID}/bank.json`, root), 'utf8')), BANK_ID);
  if (!checked.ok) throw new Error(`the built-in bank does not validate: ${JSON.stringify(checked.errors)}`);
  return checked.bank;
}

export const BUILT_IN: Bank = loadBank();

/**
 * A bank as the app holds one: read through validateBank (text trimmed, defaults filled), which
 * is also what a carried bank decodes to.
 */
function validated(bank: Bank): Bank {
  const checked = validateBank(bank, 'test');
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return checked.bank;
}

/** Ten questions spread over the bank, one of each kind and several of the longest ids. */
export const TEN_IDS: string[] = BUILT_IN.questions.filter((_, i) => i % 4 === 0).slice(0, 10).map((q) => q.id);

export const sampleAssignment = (over: Partial<Assignment> = {}): Assignment => ({
  title: 'Kim and Putin in Beijing',
  bankId: BANK_ID,
  bank: null,
  questionIds: TEN_IDS,
  seed: 'k3j9x0qa',
  mode: 'accuracy',
  timeLimitS: 30,
  extraTime: { 'anna müller': 2 },
  lang: null,
  due: '2025-10-01',
  ...over,
});

const RESPONSES: (Response | null)[] = [
  { kind: 'choice', place: 2 },
  { kind: 'number', value: 13000 },
  { kind: 'date', value: '2025-09' },
  { kind: 'point', lat: 39.9042, lon: 116.4074 },
  null,
];

/** A realistic finished round: ten answers, one timed out, partial credit on an estimate. */
export const sampleResult = (assignmentId: string): StudentResult => {
  const answers: ResultAnswer[] = TEN_IDS.map((questionId, i) => {
    const response = RESPONSES[i % RESPONSES.length]!;
    const credit = response === null ? 0 : response.kind === 'number' ? 0.873 : i % 2 === 0 ? 1 : 0;
    return { questionId, response, elapsedMs: 2400 + i * 1317, points: credit === 0 ? 0 : Math.round(900 * credit), credit };
  });
  return {
    assignmentId,
    name: 'Zoë Ångström-Nakamura',
    attempt: 1,
    answers,
    points: answers.reduce((s, a) => s + a.points, 0),
    correct: answers.filter((a) => a.credit >= 0.9).length,
    asked: answers.length,
    finishedAt: '2025-11-24T12:34:56.789Z',
  };
};

/**
 * The built-in bank cut to three questions and no translations: a custom bank as a teacher
 * makes one, small enough for a link. (Translations are most of a bank's size.)
 */
export const SMALL_BANK_IDS = ['q-speaker-kim-pledge', 'q-est-troops-deployed', 'q-where-beijing'];
export const smallBank = (): Bank => ({ ...pruneBank(BUILT_IN, SMALL_BANK_IDS, []), id: 'my-class-bank', title: 'Mrs Kowalczyk’s quiz' });

// ---- generators ------------------------------------------------------------------------------

const printable = (s: string) => s.trim().length > 0 && !/[\p{Cc}\p{Cs}]/u.test(s);

/** Any Unicode text a person could type: accents, CJK, emoji, right-to-left scripts. */
export const text = (maxLength: number) =>
  fc
    .oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength }), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength }), fc.constantFrom('Zoë', 'Ólafur Þór', '王小明', 'محمد', 'Nguyễn Thị Ánh', '👩🏽‍🎓 Sam'))
    .filter(printable);

const nonNegZero = (x: number) => x + 0; // JSON writes -0 as 0

export const responseArb: fc.Arbitrary<Response> = fc.oneof(
  fc.integer({ min: 0, max: 5 }).map((place): Response => ({ kind: 'choice', place })),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((value): Response => ({ kind: 'number', value: nonNegZero(value) })),
  fc
    .tuple(fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }), fc.constantFrom(4, 7, 10))
    .map(([d, n]): Response => ({ kind: 'date', value: d.toISOString().slice(0, n) })),
  fc
    .record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }), label: fc.option(text(30), { nil: undefined }) })
    .map(({ lat, lon, label }): Response => (label === undefined ? { kind: 'point', lat: nonNegZero(lat), lon: nonNegZero(lon) } : { kind: 'point', lat: nonNegZero(lat), lon: nonNegZero(lon), label })),
);

const answerArb = (questionId: string): fc.Arbitrary<ResultAnswer> =>
  fc.option(responseArb, { nil: null, freq: 5 }).chain((response) =>
    fc.record(
      {
        questionId: fc.constant(questionId),
        response: fc.constant(response),
        elapsedMs: fc.integer({ min: 0, max: 600_000 }),
        // Timed-out answers score nothing; credit travels in thousandths.
        points: response === null ? fc.constant(0) : fc.integer({ min: 0, max: 1500 }),
        credit: response === null ? fc.constant(0) : fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000),
        // Sometimes the student marked the question as looking wrong; otherwise no field at all.
        flagged: fc.constant(true),
      },
      { requiredKeys: ['questionId', 'response', 'elapsedMs', 'points', 'credit'] },
    ),
  );

const isoTime = fc.oneof(
  fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2025-11-24T09:05:00+09:00', '2025-11-24T12:34:56Z', '2025-11-24T12:34:56.1234-05:30'),
);

export const resultArb: fc.Arbitrary<StudentResult> = fc
  .record({
    assignmentId: fc.stringMatching(/^[A-Za-z0-9_-]{8}$/),
    name: text(40),
    attempt: fc.integer({ min: 1, max: 50 }),
    ids: fc.uniqueArray(text(40), { minLength: 1, maxLength: 12 }),
    finishedAt: isoTime,
    // Most results keep the teacher's time, and then carry no timing at all.
    timing: fc.option(fc.constantFrom(...STUDENT_TIMINGS), { nil: undefined, freq: 2 }),
  })
  .chain(({ ids, timing, ...rest }) =>
    fc.tuple(...ids.map(answerArb)).chain((answers) =>
      fc.integer({ min: 0, max: answers.length }).map((correct) => ({
        ...rest,
        ...(timing === undefined ? {} : { timing }),
        answers,
        points: answers.reduce((s, a) => s + a.points, 0),
        correct,
        asked: answers.length,
      })),
    ),
  );

/** Folded names with their multipliers, unicode included. */
const extraTimeArb = fc
  .array(fc.tuple(text(30), fc.constantFrom(1.5, 2, 3, 10)), { maxLength: 6 })
  .map((pairs) => Object.fromEntries(pairs.map(([n, m]) => [foldName(n), m] as const).filter(([n]) => n.length > 0 && n.length <= 80)));

const playableIds = BUILT_IN.questions.map((q) => q.id);

export const assignmentArb: fc.Arbitrary<Assignment> = fc
  .record({
    title: text(60),
    carried: fc.boolean(),
    bankId: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/),
    builtInIds: fc.uniqueArray(text(30), { minLength: 1, maxLength: 12 }),
    carriedIds: fc.shuffledSubarray(playableIds, { minLength: 1, maxLength: 3 }),
    bankTitle: text(30),
    seed: text(16),
    mode: fc.constantFrom(...MODES),
    timeLimitS: fc.option(fc.integer({ min: 1, max: 3600 }), { nil: null }),
    extraTime: extraTimeArb,
    lang: fc.option(fc.stringMatching(/^[a-z]{2,3}$/), { nil: null }),
    due: fc.option(
      fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      { nil: null },
    ),
  })
  .map(({ carried, bankId, builtInIds, carriedIds, bankTitle, ...rest }): Assignment =>
    carried
      ? { ...rest, bankId: null, bank: validated({ ...pruneBank(BUILT_IN, carriedIds, []), title: bankTitle }), questionIds: carriedIds }
      : { ...rest, bankId, bank: null, questionIds: builtInIds },
  );

/** Every way to change one character: each position to each character a code may hold, and to a few it may not. */
export function* mutations(code: string): Generator<string> {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.+/=é';
  for (let i = 0; i < code.length; i++) {
    for (const c of chars) if (c !== code[i]) yield code.slice(0, i) + c + code.slice(i + 1);
    yield code.slice(0, i) + code.slice(i + 1);
  }
}
