/**
 * Every way into a round and out of it, as the menu, the results and the assignment screens ask
 * for them (src/services/play.ts), over a device's real stores in memory: what a player sees
 * between rounds (best, streak, last round, questions due), what comes back after a reload, and
 * which attempt a student's result code names.
 */
import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../src/core/codes/assignment';
import { decodeResult } from '../../../src/core/codes/result';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import { OWN_LANGUAGE, type RoundLaunch } from '../../../src/game/launch';
import { RoundSession } from '../../../src/game/session';
import { AssignmentStore } from '../../../src/services/assignments';
import { PlayService } from '../../../src/services/play';
import { ProgressStore } from '../../../src/services/progress';
import { RoundStore } from '../../../src/services/rounds';
import { DeviceStorage, MemoryBackend } from '../../../src/services/storage';
import { realBank } from '../../harness/realBank';
import { rightResponse, wrongResponse } from '../../harness/responses';

const bank = realBank();
const playable = { bank, texts: OWN_LANGUAGE };

/** One device: its storage survives a "reload", which builds the service again over it. */
function device(o: { lang?: string; linkSeed?: string | null; settings?: Partial<Settings>; today?: string } = {}) {
  const backend = new MemoryBackend();
  let seeds = 0;
  const open = (lang = o.lang ?? 'en') => {
    const storage = new DeviceStorage(backend);
    return new PlayService({
      progress: new ProgressStore(storage),
      rounds: new RoundStore(storage),
      assignments: new AssignmentStore(storage),
      settings: () => ({ ...DEFAULT_SETTINGS, ...o.settings }),
      lang: () => lang,
      linkSeed: o.linkSeed ?? null,
      newSeed: () => `seed${++seeds}`,
      clock: () => 1_000_000,
      today: () => o.today ?? '2026-12-05',
      nowIso: () => '2026-12-05T09:30:00.000Z',
    });
  };
  return { open };
}

/** A round run by the real session with the service's stores; `wrong` lists the questions answered wrong. */
function run(play: PlayService, launch: RoundLaunch, o: { answer?: number; wrong?: number[] } = {}) {
  let now = 1_000_000;
  const session = new RoundSession(launch, { ...play.sessionDeps(), now: () => now });
  session.open();
  const total = session.state.questions.length;
  const upTo = Math.min(o.answer ?? total, total);
  for (let i = 0; i < upTo; i++) {
    now += 2000;
    session.act({ type: 'answer', response: (o.wrong ?? []).includes(i) ? wrongResponse(session.question) : rightResponse(session.question), now });
    if (session.state.phase === 'feedback') session.act({ type: 'next', now });
  }
  return session;
}

describe('between rounds on one device', () => {
  it('shows nothing played on a new device, and no missed round to start', () => {
    const play = device().open();
    const s = play.standing(bank);
    expect(s).toMatchObject({ best: null, last: null, dailyStreak: 0, playedToday: false, missed: 0, mode: 'classic' });
    expect(s.questions).toBeGreaterThan(0);
    expect(play.missed(playable)).toBeNull();
  });

  it('after a round with two wrong answers: its points as best and last, and those two questions to practise', () => {
    const play = device().open();
    const launch = play.play(playable);
    const session = run(play, launch, { wrong: [0, 2] });
    expect(session.state.phase).toBe('finished');
    const finished = play.finish(launch, session.state);
    expect(finished.outcome.saved).toBe(true);
    const s = play.standing(bank);
    expect(s.best?.points).toBe(session.state.points);
    expect(s.last).toMatchObject({ points: session.state.points, asked: session.state.answers.length, correct: session.state.answers.length - 2 });
    expect(s.missed).toBe(2);
    const missed = play.missed(playable)!;
    const wrongIds = [0, 2].map((i) => session.state.questions[i]!.question.id);
    expect(new Set(missed.questionIds)).toEqual(new Set(wrongIds));
    expect(missed).toMatchObject({ kind: 'missed', mode: 'practice' });
  });

  it('counts the daily challenge once it is played, and the same day plays the same round', () => {
    const play = device().open();
    const first = play.daily(playable);
    expect(play.standing(bank).playedToday).toBe(false);
    play.finish(first, run(play, first).state);
    expect(play.standing(bank)).toMatchObject({ playedToday: true, dailyStreak: 1 });
    expect(play.daily(playable).seed).toBe(first.seed);
  });

  it('plays again with a new round code, unless the link fixed one', () => {
    const play = device().open();
    const first = play.play(playable);
    expect(play.again(first).seed).not.toBe(first.seed);
    const linked = device({ linkSeed: 'class7' }).open();
    const fixed = linked.play(playable);
    expect(fixed.seed).toBe('class7');
    expect(linked.again(fixed).seed).toBe('class7');
  });
});

describe('a question the player marked as looking wrong', () => {
  it('is not offered for practice, until a later round asks it again and the player leaves it unmarked', () => {
    const phone = device();
    const play = phone.open();
    const launch = play.play(playable);
    let now = 1_000_000;
    const session = new RoundSession(launch, { ...play.sessionDeps(), now: () => now });
    session.open();
    // Every answer wrong; the first two marked.
    for (let i = 0; session.state.phase === 'question'; i++) {
      now += 2000;
      session.act({ type: 'answer', response: wrongResponse(session.question), now });
      if (i < 2) session.flag();
      session.act({ type: 'next', now });
    }
    play.finish(launch, session.state);
    const marked = session.state.answers.slice(0, 2).map((a) => a.questionId);
    const asked = session.state.answers.length;
    const again = phone.open();
    expect(again.standing(bank).missed).toBe(Math.min(asked - 2, 10));
    expect(again.missed(playable)!.questionIds!.some((id) => marked.includes(id))).toBe(false);
    // The same round again, nothing marked: both come back to practise.
    again.finish(launch, run(again, launch, { wrong: [0, 1] }).state);
    expect(phone.open().missed(playable)!.questionIds).toEqual(expect.arrayContaining(marked));
  });
});

describe('a round left unfinished', () => {
  it('comes back after a reload at the same question with the same points, then is gone once finished', () => {
    const phone = device();
    const play = phone.open();
    const launch = play.play(playable);
    const left = run(play, launch, { answer: 2, wrong: [1] });
    const back = phone.open().resume(playable);
    expect(back?.seed).toBe(launch.seed);
    const session = new RoundSession(back!, { ...phone.open().sessionDeps(), now: () => 2_000_000 });
    session.open();
    expect(session.state).toMatchObject({ phase: 'paused', index: left.state.index, points: left.state.points });
    // Played to its end: nothing left to resume.
    session.resume();
    const phase = (): string => session.state.phase;
    while (phase() === 'question') {
      session.act({ type: 'answer', response: rightResponse(session.question), now: 2_000_000 });
      if (phase() === 'feedback') session.act({ type: 'next', now: 2_000_000 });
    }
    expect(session.state.phase).toBe('finished');
    expect(phone.open().resume(playable)).toBeNull();
  });

  it('does not come back in another language, nor when the link names another round code', () => {
    const phone = device();
    run(phone.open(), phone.open().play(playable), { answer: 1 });
    expect(phone.open('fr').resume(playable)).toBeNull();
    expect(phone.open('en').resume(playable)).not.toBeNull();
    const linked = device({ linkSeed: 'other' });
    run(linked.open(), { ...linked.open().play(playable), seed: 'mine' }, { answer: 1 });
    expect(linked.open().resume(playable)).toBeNull();
  });
});

describe('a student on an assignment', () => {
  const assignment: Assignment = { title: 'Quiz', bankId: bank.id, bank: null, questionIds: bank.questions.slice(0, 3).map((q) => q.id), seed: 's1', mode: 'classic', timeLimitS: 20, extraTime: {}, lang: null, due: null };
  const data = { ...playable, link: { id: 'asg1abcd', assignment } };

  it('sends a code for attempt 1, and the next start on this device is attempt 2', async () => {
    const phone = device();
    const play = phone.open();
    const launch = play.assignment(data, 'Ana');
    expect(launch.assignment?.attempt).toBe(1);
    const done = play.finish(launch, run(play, launch).state);
    const code = await done.code;
    expect(code).not.toBeNull();
    expect(decodeResult(code!)).toMatchObject({ ok: true, result: { name: 'Ana', attempt: 1, asked: 3, correct: 3, finishedAt: '2026-12-05T09:30:00.000Z' } });
    expect(phone.open().assignment(data, 'ana ').assignment?.attempt).toBe(2);
    expect(play.again(launch).assignment?.attempt).toBe(2);
  });

  it('comes back to the attempt in progress after a reload, not a new one', () => {
    const phone = device();
    const play = phone.open();
    const launch = play.assignment(data, 'Ana');
    run(play, launch, { answer: 1 });
    const back = phone.open().assignment(data, 'Ana');
    expect(back.assignment?.attempt).toBe(1);
    expect(back.assignment?.resume?.state.answers).toHaveLength(1);
  });

  it('makes no code for an ordinary round', async () => {
    const play = device().open();
    const launch = play.play(playable);
    expect(await play.finish(launch, run(play, launch).state).code).toBeNull();
  });
});
