/**
 * Result codes coming back to the teacher: the new results are kept, a student's attempt counts
 * once however often it is pasted, and each code that cannot be used is named by its number.
 */
import { describe, expect, it } from 'vitest';
import { assignmentId, encodeAssignment } from '../../../src/core/codes/assignment';
import { encodeResult, type StudentResult } from '../../../src/core/codes/result';
import { splitCodes, takeResults } from '../../../src/core/codes/resultIntake';
import { sampleAssignment, sampleResult } from './fixtures';

const ours = assignmentId(encodeAssignment(sampleAssignment()));
const theirs = assignmentId(encodeAssignment(sampleAssignment({ title: 'Another class' })));
const result = (name: string, attempt = 1, assignment = ours): StudentResult => ({ ...sampleResult(assignment), name, attempt });
const codeOf = (name: string, attempt = 1, assignment = ours) => encodeResult(result(name, attempt, assignment));

describe('taking in result codes', () => {
  it('keeps each new result, and names the damaged codes and those of another assignment by their place', () => {
    const pasted = [codeOf('Ana'), codeOf('Bo'), `${codeOf('Chen').slice(0, -6)}xxxxxx`, 'FR1.garbage', codeOf('Deniz', 1, theirs)].join('\n');
    const intake = takeResults(pasted, ours, []);
    expect(intake.fresh.map((r) => r.name)).toEqual(['Ana', 'Bo']);
    expect(intake.fresh[0]).toEqual(result('Ana'));
    expect(intake.merged).toBe(0);
    expect(intake.problems).toEqual([
      { code: 'damaged', n: 3 },
      { code: 'damaged', n: 4 },
      { code: 'otherAssignment', n: 5 },
    ]);
  });

  it('counts a result pasted twice, or collected before, once', () => {
    const collected = [result('Ana')];
    const intake = takeResults(`${codeOf('Bo')}\n\n${codeOf('Bo')}\n${codeOf('Ana')}`, ours, collected);
    expect(intake.fresh.map((r) => r.name)).toEqual(['Bo']);
    expect(intake.merged).toBe(2);
    expect(intake.problems).toEqual([]);
  });

  it('knows a student by the name as typed, whatever its case and outer spaces, and keeps every attempt', () => {
    const intake = takeResults([codeOf(' ana '), codeOf('ANA', 2), codeOf('Ana Maria')].join(' '), ours, [result('Ana')]);
    expect(intake.fresh.map((r) => [r.name, r.attempt])).toEqual([
      ['ANA', 2],
      ['Ana Maria', 1],
    ]);
    expect(intake.merged).toBe(1);
  });

  it('reads codes however a chat or mail wrote them around names, and nothing from an empty box', () => {
    const message = `Ana:\t${codeOf('Ana')}\r\nBo - ${codeOf('Bo')}  thanks!`;
    expect(takeResults(message, ours, []).fresh.map((r) => r.name)).toEqual(['Ana', 'Bo']);
    expect(splitCodes(message)).toEqual([codeOf('Ana'), codeOf('Bo')]);
    expect(takeResults('  \n ', ours, [])).toEqual({ fresh: [], merged: 0, problems: [] });
  });
});
