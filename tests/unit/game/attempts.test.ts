/**
 * Attempt numbers have one rule (src/game/launch.ts, `attemptNumber`): the attempt in progress,
 * else the next after those finished. The assignment screen numbers a start with it and the
 * device's store (src/services/assignments.ts) numbers a finish with it, so the result code a
 * student sends and the record the device keeps name the same attempt.
 */
import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../src/core/codes/assignment';
import { decodeResult } from '../../../src/core/codes/result';
import { createRound, roundReducer, type RoundState } from '../../../src/core/round';
import { selectByIds } from '../../../src/core/select';
import { resultCode } from '../../../src/game/finish';
import { assignmentLaunch, attemptNumber, OWN_LANGUAGE } from '../../../src/game/launch';
import { studentKey } from '../../../src/game/saving';
import { AssignmentStore } from '../../../src/services/assignments';
import { DeviceStorage, MemoryBackend, STORAGE_PREFIX } from '../../../src/services/storage';
import { realBank } from '../../harness/realBank';
import { rightResponse } from '../../harness/responses';

const bank = realBank();
const assignment: Assignment = { title: 'Quiz', bankId: bank.id, bank: null, questionIds: bank.questions.slice(0, 3).map((q) => q.id), seed: 's1', mode: 'classic', timeLimitS: 20, extraTime: {}, lang: null, due: null };
const link = { id: 'asg1abcd', assignment };
const key = studentKey(link.id, 'Ana');
const at = '2026-12-03T10:00:00.000Z';

/** A device: its storage, and the assignment store the game keeps there. */
function device() {
  const backend = new MemoryBackend();
  const store = new AssignmentStore(new DeviceStorage(backend));
  /** The result codes the device filed, by the attempt it filed them under. */
  const filed = (): Record<string, string> => (JSON.parse(backend.getItem(`${STORAGE_PREFIX}assignments`) ?? '{"data":{}}') as { data: { results?: Record<string, string> } }).data.results ?? {};
  return { store, filed };
}

/** The assignment screen's start: numbered from what the device holds. */
const start = (store: AssignmentStore) => assignmentLaunch({ bank, texts: OWN_LANGUAGE }, link, 'Ana', { resume: store.progress(key), finished: store.finished(key) });
const roundOf = (launch: ReturnType<typeof start>) => launch.assignment?.resume?.state ?? createRound(selectByIds(bank, assignment.questionIds, assignment.seed), { mode: assignment.mode, timeLimitMs: launch.timeLimitMs });

/** The round played to its end by the real reducer, each question answered right after a second. */
function played(state: RoundState): RoundState {
  let s = state;
  let now = 0;
  if (s.phase === 'ready') s = roundReducer(s, { type: 'start', now }).state;
  while (s.phase !== 'finished') {
    now += 1000;
    s = roundReducer(s, s.phase === 'question' ? { type: 'answer', response: rightResponse(s.questions[s.index]!), now } : { type: 'next', now }).state;
  }
  return s;
}

/** The attempt a result code carries. */
function attemptIn(code: string | null): number {
  const d = decodeResult(code ?? '');
  if (!d.ok) throw new Error('the result code does not decode');
  return d.result.attempt;
}

describe('the attempt rule', () => {
  it('is the attempt in progress, else the next after those finished', () => {
    expect(attemptNumber(null, 0)).toBe(1);
    expect(attemptNumber(null, 2)).toBe(3);
    expect(attemptNumber({ attempt: 2 }, 5)).toBe(2);
  });
});

describe('a start and a finish on the same device', () => {
  it('name the same attempt, round after round, in the code and in what the device keeps', async () => {
    const { store, filed } = device();
    for (const n of [1, 2, 3]) {
      const launch = start(store);
      expect(launch.assignment?.attempt).toBe(n);
      const code = await resultCode(launch, played(roundOf(launch)), at, store);
      expect(attemptIn(code)).toBe(n);
      expect(filed()[`${key}|${n}`]).toBe(code);
      expect(store.finished(key)).toBe(n);
    }
  });

  it('finish an attempt left in progress under its own number, and forget the progress', async () => {
    const { store, filed } = device();
    await resultCode(start(store), played(roundOf(start(store))), at, store);
    const second = start(store);
    store.saveProgress(key, { state: roundReducer(roundOf(second), { type: 'start', now: 0 }).state, elapsedMs: 1000, attempt: second.assignment!.attempt });
    const resumed = start(store);
    expect(resumed.assignment?.attempt).toBe(2);
    expect(resumed.assignment?.resume).not.toBeNull();
    const code = await resultCode(resumed, played(roundOf(resumed)), at, store);
    expect(attemptIn(code)).toBe(2);
    expect(filed()[`${key}|2`]).toBe(code);
    expect(store.progress(key)).toBeNull();
    expect(start(store).assignment?.attempt).toBe(3);
  });
});
