/**
 * A live game's class results in the shape assignments use (core/codes/result.ts), so the host
 * gets the same two tables and the same CSV as for an assignment (core/classTable.ts): one row
 * per student, one per question. Built on the host's device from the `results` messages; the
 * server keeps none of it.
 */
import type { StudentResult } from '../core/codes/result';
import type { AskedQuestion } from './client';
import type { HostRow } from './reveal';

/**
 * Every player who answered at least one question. `finishedAt` is the host's clock when the
 * table is made (the game's end); `gameId` stands where an assignment's id would.
 */
export function liveStudentResults(gameId: string, asked: readonly AskedQuestion[], rows: Readonly<Record<number, HostRow[]>>, finishedAt: string): StudentResult[] {
  const byPlayer = new Map<string, StudentResult>();
  for (const q of [...asked].sort((a, b) => a.index - b.index)) {
    for (const r of rows[q.index] ?? []) {
      let s = byPlayer.get(r.playerId);
      if (!s) {
        s = { assignmentId: gameId, name: r.name, attempt: 1, answers: [], points: 0, correct: 0, asked: 0, finishedAt };
        byPlayer.set(r.playerId, s);
      }
      s.answers.push({ questionId: q.questionId, response: r.timedOut ? null : r.response, elapsedMs: r.elapsedMs, points: r.points, credit: r.credit });
      s.points += r.points;
      s.asked += 1;
      if (r.correct) s.correct += 1;
    }
  }
  return [...byPlayer.values()];
}
