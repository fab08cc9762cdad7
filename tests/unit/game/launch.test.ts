/**
 * An assignment's time per question as the student starts it: the teacher's limit, the extra
 * time the teacher gave them, and the student's own choice on the start screen (WCAG 2.2.1).
 */
import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../src/core/codes/assignment';
import { createRound } from '../../../src/core/round';
import { selectByIds } from '../../../src/core/select';
import { assignmentLaunch, OWN_LANGUAGE } from '../../../src/game/launch';
import { realBank } from '../../harness/realBank';

const bank = realBank();
const questionIds = bank.questions.slice(0, 3).map((q) => q.id);
const assignment = (over: Partial<Assignment> = {}): Assignment => ({ title: 'Quiz', bankId: bank.id, bank: null, questionIds, seed: 's1', mode: 'classic', timeLimitS: 20, extraTime: { bo: 2 }, lang: null, due: null, ...over });
const fresh = { resume: null, finished: 0 };
const start = (a: Assignment, name: string, device: Parameters<typeof assignmentLaunch>[3] = fresh, chosen?: Parameters<typeof assignmentLaunch>[4]) =>
  assignmentLaunch({ bank, texts: OWN_LANGUAGE }, { id: 'asg1abcd', assignment: a }, name, device, chosen);
/** A round of this assignment saved part-way with this limit, as the device keeps it. */
const savedWith = (a: Assignment, timeLimitMs: number | null) => ({ state: createRound(selectByIds(bank, a.questionIds, a.seed), { mode: a.mode, timeLimitMs }), elapsedMs: 1000, attempt: 1 });

describe("an assignment's time per question", () => {
  it("is the teacher's, stretched for a student the teacher named, when the student chooses nothing", () => {
    expect(start(assignment(), 'Ana').timeLimitMs).toBe(20_000);
    expect(start(assignment(), 'Bo').timeLimitMs).toBe(40_000);
    expect(start(assignment(), 'Ana').assignment).not.toHaveProperty('timing');
  });

  it("is stretched again by the student's own choice, or turned off, and the round records which", () => {
    const ten = start(assignment(), 'Ana', fresh, 10);
    expect(ten.timeLimitMs).toBe(200_000);
    expect(ten.assignment?.timing).toBe(10);
    expect(start(assignment(), 'Bo', fresh, 1.5).timeLimitMs).toBe(60_000);
    const off = start(assignment(), 'Ana', fresh, 'off');
    expect(off.timeLimitMs).toBeNull();
    expect(off.assignment?.timing).toBe('off');
  });

  it('offers nothing to choose on a round with no clock: practice, or a limit the teacher turned off', () => {
    for (const a of [assignment({ mode: 'practice' }), assignment({ timeLimitS: null })]) {
      const l = start(a, 'Ana', fresh, 2);
      expect(l.timeLimitMs).toBeNull();
      expect(l.assignment).not.toHaveProperty('timing');
    }
  });

  it('keeps the timing an attempt began with when it resumes, whatever is chosen on the way back in', () => {
    const a = assignment();
    const untimed = start(a, 'Ana', { resume: savedWith(a, null), finished: 0 }, 2);
    expect(untimed.timeLimitMs).toBeNull();
    expect(untimed.assignment?.timing).toBe('off');
    const tripled = start(a, 'Bo', { resume: savedWith(a, 120_000), finished: 0 });
    expect(tripled.timeLimitMs).toBe(120_000);
    expect(tripled.assignment?.timing).toBe(3);
    const asSet = start(a, 'Ana', { resume: savedWith(a, 20_000), finished: 0 }, 'off');
    expect(asSet.timeLimitMs).toBe(20_000);
    expect(asSet.assignment).not.toHaveProperty('timing');
  });
});
