/**
 * Fuzzing assignment and result codes with the damage chat apps, mail and hand-copying do: several
 * edits at once (insertions, deletions, replacements, a cut-off end, a repeated slice), in a bare
 * code or inside a pasted link. tests/unit/codes covers round trips, every single-character
 * change and payloads behind a valid checksum; here a damaged code must still never throw, never
 * decode to anything but the code it was, and be refused with a reason the player can read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAssignment, encodeAssignment, type Assignment } from '../../../src/core/codes/assignment';
import { ASSIGN_ERRORS } from '../../../src/services/assignErrors';
import { decodeResult, encodeResult, type StudentResult } from '../../../src/core/codes/result';
import { assignmentArb, resultArb, sampleAssignment, sampleResult, SMALL_BANK_IDS, smallBank } from '../codes/fixtures';
import { anyText, enText, mutated, render, RUNS } from './support';

/** What the game says for each refusal of an assignment link: the game's own table. */
const ASSIGN_KEYS = ASSIGN_ERRORS;
const CODE_ERRORS = Object.keys(ASSIGN_KEYS);

/** Characters a code is made of, and the ones pasting adds: spaces, line breaks, invisible marks, link syntax. */
const PIECES = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.', '.S', 'FA1.', 'FR1.', 'FA2.', ' ', '\n', '\r\n', '\u200b', '\u00ad', '\uFEFF', '...', '?assign=', '&lang=fr', '#', '%2E', 'é', '🙂'];

const assignmentCodes = fc.oneof(
  fc.constant(sampleAssignment()),
  fc.constant(sampleAssignment({ bankId: null, bank: smallBank(), questionIds: SMALL_BANK_IDS })),
  assignmentArb,
).map((a) => ({ a, code: encodeAssignment(a) }));

const resultCodes = fc.oneof(fc.constant(sampleResult('AbCdEf12')), resultArb).map((r) => ({ r, code: encodeResult(r) }));

/** A code and the damaged text made from it, bare or inside the link it travelled in. */
const damaged = <T>(valid: fc.Arbitrary<{ code: string } & T>) =>
  valid.chain((v) =>
    fc.tuple(
      fc.constant(v),
      mutated(fc.constantFrom(v.code, `https://school.example/factsprint/?lang=en&assign=${v.code}&seed=x`, `\n  ${v.code.replace(/(.{40})/g, '$1\n')}.`), PIECES),
    ),
  );

describe('assignment codes', () => {
  it('a damaged code never throws: it decodes to the very same assignment, or is refused with a message the game has', () => {
    fc.assert(
      fc.property(damaged(assignmentCodes), ([{ a, code }, text]) => {
        const d = decodeAssignment(text);
        if (d.ok) {
          expect(d.assignment).toEqual<Assignment>(a);
          expect(d.id).toBe((decodeAssignment(code) as { id: string }).id);
          return;
        }
        expect(CODE_ERRORS).toContain(d.error);
        render(enText(ASSIGN_KEYS[d.error]), {}, ASSIGN_KEYS[d.error]);
      }),
      { numRuns: RUNS },
    );
  });

  it('random text is refused with a message the game has', () => {
    fc.assert(
      fc.property(anyText(300), (text) => {
        const d = decodeAssignment(text);
        expect(d.ok).toBe(false);
        if (!d.ok) render(enText(ASSIGN_KEYS[d.error]), {}, ASSIGN_KEYS[d.error]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('result codes', () => {
  it('a damaged code never throws: it decodes to the very same result, or is refused as damaged', () => {
    fc.assert(
      fc.property(damaged(resultCodes), ([{ r }, text]) => {
        const d = decodeResult(text);
        if (d.ok) {
          expect(d.result).toEqual<StudentResult>(r);
          return;
        }
        expect(CODE_ERRORS).toContain(d.error);
        // The teacher page names the code that failed, whatever the reason.
        render(enText('teacher.refusedBad'), { n: 1 }, 'teacher.refusedBad');
      }),
      { numRuns: RUNS },
    );
  });

  it('random text is refused', () => {
    fc.assert(
      fc.property(anyText(300), (text) => {
        const d = decodeResult(text);
        expect(d.ok).toBe(false);
        if (!d.ok) expect(CODE_ERRORS).toContain(d.error);
      }),
      { numRuns: RUNS },
    );
  });
});
