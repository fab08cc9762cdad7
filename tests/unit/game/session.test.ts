/**
 * The round session below the browser: what the round screen used to decide and no test could
 * reach without Phaser. Saving before feedback, the resume rule, time warnings and attempts.
 */
import { describe, expect, it } from 'vitest';
import { againLaunch, dailyLaunch, missedLaunch, OWN_LANGUAGE, playable, playLaunch } from '../../../src/game/launch';
import { localizeBank } from '../../../src/core/bank/localize';
import { resultCode } from '../../../src/game/finish';
import { decodeResult } from '../../../src/core/codes/result';
import { isSavedRound } from '../../../src/game/saving';
import { realBank } from '../../harness/realBank';
import { SessionHarness } from '../../harness/SessionHarness';

describe('saving', () => {
  it('keeps every answer before its feedback is shown', () => {
    const h = SessionHarness.play().open().wait(3000).answerCorrect().expectPhase('feedback').expectSavedBeforeFeedback();
    expect(h.stores.round?.state.answers).toHaveLength(1);
  });

  it('saves when a question is shown and on pause, never before the start or after the end', () => {
    const h = SessionHarness.play({ timeLimitMs: 20_000 });
    h.hide();
    expect(h.stores.round).toBeNull();
    h.open();
    expect(h.log).toEqual(['save:question', 'effect:question']);
    h.pauseOrResume();
    expect(h.stores.round?.state.phase).toBe('paused');
  });

  it('writes a record the one shape check accepts, for rounds and assignments alike', () => {
    const p = SessionHarness.play().open().answerWrong();
    const a = SessionHarness.assignment('Ana').open().answerWrong();
    expect(isSavedRound(p.stores.round)).toBe(true);
    expect(isSavedRound([...a.stores.assignment.values()][0])).toBe(true);
    expect(isSavedRound({ state: { ...p.state, index: 99 }, elapsedMs: 0 })).toBe(false);
  });
});

describe('the mark "this question looks wrong"', () => {
  it('is saved the moment it is set, and comes back with the round after a reload', () => {
    const h = SessionHarness.play().open().answerWrong();
    h.log.length = 0;
    h.session.flag();
    expect(h.log).toEqual(['save:feedback', 'effect:flagged']);
    expect(h.stores.round?.state.answers[0]?.flagged).toBe(true);
    const back = h.reload();
    expect(back.state.answers[0]?.flagged).toBe(true);
  });

  it("goes into a student's result code with the answer it marks", async () => {
    const h = SessionHarness.assignment('Ana').open().answerWrong();
    h.session.flag();
    h.next().answerCorrect().next().answerCorrect().next().expectPhase('finished');
    const code = await resultCode(h.launch, h.state, '2026-12-05T10:00:00.000Z', h.stores);
    const r = decodeResult(code!);
    expect(r.ok && r.result.answers.map((a) => a.flagged === true)).toEqual([true, false, false]);
  });
});

/** Every question answered right, to the end of the round. */
const playThrough = (h: SessionHarness) => {
  for (let i = 0; i < h.state.questions.length; i++) h.answerCorrect().next();
  return h.expectPhase('finished');
};

describe('a hidden page, and the end of a round', () => {
  it('pauses the question and saves it when the page is hidden, and only saves on feedback', () => {
    const h = SessionHarness.play({ timeLimitMs: 20_000 }).open().wait(2000).hide().expectPhase('paused');
    expect(h.stores.round?.state.phase).toBe('paused');
    const f = SessionHarness.play({ timeLimitMs: 20_000 }).open().answerCorrect().hide().expectPhase('feedback');
    expect(f.stores.round?.state.phase).toBe('feedback');
  });

  it('forgets an ordinary round once it is over, so nothing offers to resume it; an assignment keeps its own record', () => {
    const done = playThrough(SessionHarness.play().open());
    expect(done.stores.round).toBeNull();
    expect(done.log.filter((l) => l === 'forget')).toHaveLength(1);
    const a = playThrough(SessionHarness.assignment('Ana').open());
    expect(a.stores.assignment.size).toBe(1);
  });
});

describe('the resume rule', () => {
  it('brings a closed round back paused, on the same question, points and clock as they stood', () => {
    const first = SessionHarness.play({ timeLimitMs: 20_000 }).open().wait(2000).answerCorrect().next().wait(4000).hide();
    const points = first.state.points;
    const back = first.reload(120_000).expectPhase('paused').expectIndex(1).expectPoints(points);
    expect(back.effects[0]).toEqual({ type: 'resumedSaved', index: 1, total: first.state.questions.length });
    back.pauseOrResume().expectPhase('question');
    // 4 s had gone on this question before the tab closed; two minutes away do not count.
    back.wait(15_900).tick().expectPhase('question');
    back.wait(200).tick().expectPhase('feedback');
    expect(back.state.answers.at(-1)?.timedOut).toBe(true);
  });

  it('brings a round closed on its feedback back on that feedback', () => {
    SessionHarness.play().open().answerWrong().hide().reload().expectPhase('feedback').next().expectIndex(1).expectPhase('question');
  });

  it('starts afresh when the bank no longer gives the saved questions', () => {
    const first = SessionHarness.play().open().answerCorrect().next().hide();
    const bank = realBank();
    const changed = { ...bank, questions: bank.questions.filter((q) => q.id !== first.state.questions[0]!.question.id) };
    const again = SessionHarness.play({ bank: changed, seed: first.launch.seed });
    again.launch.resume = { state: first.stores.round!.state, elapsedMs: first.stores.round!.elapsedMs };
    again.open().expectPhase('question').expectIndex(0).expectPoints(0);
  });
});

describe('time warnings', () => {
  it('announces 10 and 5 seconds left once each on a 20-second question', () => {
    SessionHarness.play({ timeLimitMs: 20_000 }).open().frames(20_100).expectPhase('feedback').expectWarnings([10, 5]);
  });

  it('gives no "10 seconds left" on a 10-second question, so the question is heard first', () => {
    const h = SessionHarness.play({ timeLimitMs: 10_000 }).open().tick(16);
    expect(h.effects.map((e) => e.type)).toEqual(['question']);
    h.frames(10_100).expectWarnings([5]);
  });

  it('warns again on the next question, and never in an untimed round', () => {
    SessionHarness.play({ timeLimitMs: 20_000 }).open().frames(20_100).next().frames(20_100).expectWarnings([10, 5, 10, 5]);
    SessionHarness.play({ timeLimitMs: null }).open().frames(60_000).expectPhase('question').expectWarnings([]);
  });

  it('does not count time paused', () => {
    SessionHarness.play({ timeLimitMs: 20_000 }).open().frames(5_000).pauseOrResume().wait(60_000).tick().expectPhase('paused').pauseOrResume().frames(14_800).expectPhase('question');
  });
});

describe('attempts', () => {

  it('numbers attempts from what the device kept, and keeps the code of each', async () => {
    const first = playThrough(SessionHarness.assignment('Ana').open());
    expect(first.launch.assignment?.attempt).toBe(1);
    const code = await resultCode(first.launch, first.state, '2026-12-03T10:00:00.000Z', first.stores);
    expect(code).toMatch(/\S{10,}/);
    const second = SessionHarness.assignment(' ana', { stores: first.stores }).open();
    expect(second.launch.assignment?.attempt).toBe(2);
  });

  it("records the student's own timing in the result code, and nothing when they kept the teacher's", async () => {
    const played = playThrough(SessionHarness.assignment('Cy').open());
    const launch = played.launch;
    const off = await resultCode({ ...launch, assignment: { ...launch.assignment!, timing: 'off' } }, played.state, '2026-12-03T10:00:00.000Z', played.stores);
    const kept = await resultCode(launch, played.state, '2026-12-03T10:00:00.000Z', played.stores);
    const chosen = decodeResult(off ?? '');
    const plain = decodeResult(kept ?? '');
    if (!chosen.ok || !plain.ok) throw new Error('the result codes do not decode');
    expect(chosen.result.timing).toBe('off');
    expect(plain.result.timing).toBeUndefined();
  });

  it('resumes an attempt in progress as the same attempt', () => {
    const h = SessionHarness.assignment('Ben').open().answerCorrect().next().hide();
    const back = h.reload().expectPhase('paused').expectIndex(1);
    expect(back.launch.assignment?.attempt).toBe(1);
  });

  it('plays again as the next attempt, or the same kind of round with its own seed', () => {
    const bank = { bank: realBank(), texts: OWN_LANGUAGE };
    const settings = { mode: 'classic', timeLimitS: 20, timeMultiplier: 1 } as const;
    expect(againLaunch(playLaunch(bank, settings, 's1'), 's2').seed).toBe('s2');
    expect(againLaunch(dailyLaunch(bank, settings, '2026-12-03'), 's2').seed).toBe(dailyLaunch(bank, settings, '2026-12-03').seed);
    expect(againLaunch(missedLaunch(bank, ['q1'], 's1'), 's2')).toMatchObject({ seed: 's1', kind: 'missed', questionIds: ['q1'], mode: 'practice' });
    const a = SessionHarness.assignment('Cy').launch;
    expect(againLaunch(a, 'x').assignment).toMatchObject({ attempt: 2, resume: null });
  });
});

describe('the bank a round plays', () => {
  it('carries its texts in the player’s language into the round, and on to the next one', () => {
    const bank = realBank();
    const lang = Object.keys(bank.translations)[0]!;
    const local = playable(localizeBank(bank, lang));
    const fact = bank.facts.find((f) => local.texts.sentence(f.id) !== null)!;
    const launch = playLaunch(local, { mode: 'classic', timeLimitS: 20, timeMultiplier: 1 }, 's1');
    expect(launch.texts.sentence(fact.id)).not.toBe(fact.sentence);
    expect(againLaunch(launch, 's2').texts.sentence(fact.id)).toBe(local.texts.sentence(fact.id));
    expect(playLaunch({ bank, texts: OWN_LANGUAGE }, { mode: 'classic', timeLimitS: 20, timeMultiplier: 1 }, 's1').texts.sentence(fact.id)).toBeNull();
  });
});
