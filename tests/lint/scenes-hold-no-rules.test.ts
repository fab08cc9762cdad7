/**
 * Scenes hold no game rule (docs/ARCHITECTURE.md, "Layers"): a scene routes input to the game
 * layer and draws what comes back. These are the greps a reviewer would run over src/scenes, kept
 * as tests so the rule outlives the reviewer: no selection, scoring or round reducer, no device
 * record (progress, the round in progress, a student's assignments, storage), no attempt
 * numbers, no launch built by hand (every way into a round comes from services/play.ts), and no
 * clock (the round session and the live connection keep theirs).
 */
import { describe, expect, it } from 'vitest';
import { tsFiles } from './importGraph';
import { linesMatching, root } from './sourceLines';

const scenes = tsFiles(root, ['src/scenes']);

const RULES: Record<string, RegExp> = {
  'question selection': /\b(?:selectQuestions|selectByIds|questionsFor|arrange|playableQuestions)\s*\(/,
  'scoring and judging': /\b(?:roundReducer|createRound|judge|answerPoints|speedPoints|streakBonus|numericCredit|dateCredit)\s*\(/,
  'device records and storage': /\bsvc\.(?:progress|rounds|assignments|storage)\b|\b(?:localStorage|sessionStorage|indexedDB|DeviceStorage)\b/,
  'attempt numbers': /\battemptNumber\s*\(|\battempt\s*[+-]\s*1\b/,
  'launches built by hand': /\b(?:play|daily|missed|again|resume|assignment)Launch\s*\(/,
  "the date or the daily round's code": /\bsvc\.today\s*\(|\bdailySeed\s*\(/,
  // The round session and the live connection read their clocks; a scene asks them for the time left.
  'a clock': /\b(?:wallClock|performanceClock)\b|\bsvc\.(?:clock|nowIso)\b|\btimeLeftMs\s*\(\s*this\.s\b/,
};

describe('scenes hold no game rule', () => {
  it('finds every scene', () => {
    expect(scenes.length).toBeGreaterThan(10);
  });

  for (const [rule, pattern] of Object.entries(RULES)) {
    it(`no scene holds ${rule}`, () => {
      expect(linesMatching(scenes, pattern)).toEqual([]);
    });
  }

  it('would catch a scene that did', () => {
    // The patterns match the lines this work moved out of the scenes.
    expect(RULES['device records and storage']!.test('const ids = this.svc.progress.missedIds(this.bank, today, 10);')).toBe(true);
    expect(RULES['launches built by hand']!.test("this.scene.start('Round', missedLaunch(this.d, ids, seed));")).toBe(true);
    expect(RULES['attempt numbers']!.test('attempt: attemptNumber(resume, finished),')).toBe(true);
  });
});
