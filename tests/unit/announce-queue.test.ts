/**
 * What the polite live region says, and when, as a screen-reader user would hear it: a question
 * is never cut off by a time warning, a warning for a question that is gone is never read, and
 * a repeated message is still read again. Fake timers stand in for the clock.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnnounceQueue, DWELL_BASE_MS, DWELL_MAX_MS, DWELL_PER_WORD_MS, SETTLE_MS, dwellMs, type Priority } from '../../src/ui/dom/announceQueue';

/** A region that keeps everything it showed, with the (fake) time it showed it. */
function region() {
  const shown: { at: number; text: string }[] = [];
  const start = Date.now();
  const queue = new AnnounceQueue<string>(
    {
      clear: () => shown.push({ at: Date.now() - start, text: '' }),
      say: (text) => shown.push({ at: Date.now() - start, text }),
    },
    (text) => text,
  );
  return {
    shown,
    say: (text: string, priority?: Priority) => queue.push(text, priority),
    /** Only what was said, in order. */
    said: () => shown.filter((s) => s.text !== '').map((s) => s.text),
    /** When `text` was (last) set. */
    at: (text: string) => [...shown].reverse().find((s) => s.text === text)?.at,
  };
}

const QUESTION = 'Question 1 of 10. In which city did Kim Jong Un and Vladimir Putin meet in September 2025? You have 10 seconds.';
const WARNING = '5 seconds left';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the live region queue', () => {
  it('a warning on the very next frame waits until the question has had time to be read', () => {
    const r = region();
    r.say(QUESTION);
    vi.advanceTimersByTime(16);
    r.say(WARNING, 'aside');
    vi.advanceTimersByTime(SETTLE_MS + dwellMs(QUESTION) - 17);
    // Still the question: the warning has not touched the region.
    expect(r.said()).toEqual([QUESTION]);
    expect(r.shown.at(-1)!.text).toBe(QUESTION);
    vi.advanceTimersByTime(SETTLE_MS + 1);
    expect(r.said()).toEqual([QUESTION, WARNING]);
    expect(r.at(WARNING)! - r.at(QUESTION)!).toBeGreaterThanOrEqual(dwellMs(QUESTION));
  });

  it('a warning still waiting when the next question (or the feedback) comes is never read', () => {
    const r = region();
    r.say(QUESTION);
    vi.advanceTimersByTime(500);
    r.say('10 seconds left', 'aside');
    vi.advanceTimersByTime(200);
    r.say('Correct! +812 points.');
    vi.advanceTimersByTime(60_000);
    expect(r.said()).toEqual([QUESTION, 'Correct! +812 points.']);
  });

  it('a newer warning replaces one still waiting: only the latest is read', () => {
    const r = region();
    r.say(QUESTION);
    vi.advanceTimersByTime(100);
    r.say('10 seconds left', 'aside');
    vi.advanceTimersByTime(100);
    r.say(WARNING, 'aside');
    vi.advanceTimersByTime(60_000);
    expect(r.said()).toEqual([QUESTION, WARNING]);
  });

  it('a warning after the dwell is said at once', () => {
    const r = region();
    r.say(QUESTION);
    vi.advanceTimersByTime(SETTLE_MS + dwellMs(QUESTION) + 500);
    r.say(WARNING, 'aside');
    vi.advanceTimersByTime(SETTLE_MS);
    expect(r.said()).toEqual([QUESTION, WARNING]);
  });

  it('main messages replace each other at once, as before (a new screen, a pause, an answer)', () => {
    const r = region();
    r.say(QUESTION);
    vi.advanceTimersByTime(SETTLE_MS + 100);
    r.say('Paused. Press Esc or Enter to resume.');
    vi.advanceTimersByTime(SETTLE_MS);
    expect(r.said()).toEqual([QUESTION, 'Paused. Press Esc or Enter to resume.']);
    // A message replaced before it was set is never set at all: only the last of a burst is read.
    r.say('first');
    r.say('second');
    vi.advanceTimersByTime(SETTLE_MS);
    expect(r.said().slice(2)).toEqual(['second']);
  });

  it('a main message replaces a warning that is being read', () => {
    const r = region();
    r.say(WARNING, 'aside');
    vi.advanceTimersByTime(SETTLE_MS + 200);
    r.say("Time's up! +0 points.");
    vi.advanceTimersByTime(SETTLE_MS);
    expect(r.shown.at(-1)!.text).toBe("Time's up! +0 points.");
  });

  it('the same message twice is cleared in between, so it is read twice', () => {
    const r = region();
    r.say('Copied.');
    vi.advanceTimersByTime(SETTLE_MS + 50);
    r.say('Copied.');
    vi.advanceTimersByTime(SETTLE_MS);
    expect(r.shown.map((s) => s.text)).toEqual(['', 'Copied.', '', 'Copied.']);
  });
});

describe('how long a message holds the region', () => {
  it('grows with its words, from a base to a bound', () => {
    expect(dwellMs('')).toBe(DWELL_BASE_MS);
    expect(dwellMs('5 seconds left')).toBe(DWELL_BASE_MS + 3 * DWELL_PER_WORD_MS);
    expect(dwellMs(QUESTION)).toBeGreaterThan(dwellMs('5 seconds left'));
    expect(dwellMs('word '.repeat(500))).toBe(DWELL_MAX_MS);
  });

  it('counts the words of languages written without spaces', () => {
    // "In which city did Kim Jong Un and Putin meet?" in Chinese: one run of characters, several words.
    expect(dwellMs('金正恩和普京在哪个城市会面？')).toBeGreaterThan(DWELL_BASE_MS + 3 * DWELL_PER_WORD_MS);
  });

  it('never holds a question past the first warning at the shortest limit (5 s into a 10 s question)', () => {
    expect(SETTLE_MS + DWELL_MAX_MS).toBeLessThan(5000);
  });
});
