/**
 * The class at a glance: one row per student (points, accuracy, time, and the time per question
 * they chose) and one per question (share right, the most common wrong answer), sortable, and as CSV.
 */
import type { StudentResult } from './codes/result';
import type { StudentTiming } from './codes/timing';
import type { Question } from './bank/schema';
import { csvText } from './csv';
import { foldName } from './codes/names';

/** What the tables read of a bank: each question's words and type (a whole bank will do). */
export interface AskedBank {
  questions: readonly Pick<Question, 'id' | 'prompt' | 'type'>[];
}

export interface StudentRow {
  name: string;
  attempt: number;
  points: number;
  correct: number;
  asked: number;
  seconds: number;
  /** More time or none, as the student chose (points depend on it); absent: the teacher's time. */
  timing?: StudentTiming;
}

export interface QuestionRow {
  questionId: string;
  prompt: string;
  shareRight: number;
  commonWrong: string | null;
  /** How many students (not attempts) marked the question as looking wrong: the teacher's cue to check it. */
  flagged: number;
}

export function studentRows(results: StudentResult[]): StudentRow[] {
  return results
    .map((r) => ({
      name: r.name,
      attempt: r.attempt,
      points: r.points,
      correct: r.correct,
      asked: r.asked,
      seconds: Math.round(r.answers.reduce((s, a) => s + a.elapsedMs, 0) / 100) / 10,
      ...(r.timing ? { timing: r.timing } : {}),
    }))
    .sort((a, b) => b.points - a.points || a.name.localeCompare(b.name));
}

/** A response in words, as the teacher would say it. */
function responseText(bank: AskedBank, questionId: string, r: StudentResult['answers'][number]['response']): string | null {
  if (!r) return null;
  const q = bank.questions.find((x) => x.id === questionId);
  if (r.kind === 'choice') return q?.type === 'choice' ? `#${r.place + 1}` : r.place === 0 ? 'True' : 'False';
  if (r.kind === 'number') return String(r.value);
  if (r.kind === 'date') return r.value;
  return r.label ?? `${r.lat.toFixed(1)}, ${r.lon.toFixed(1)}`;
}

export function questionRows(bank: AskedBank, questionIds: string[], results: StudentResult[]): QuestionRow[] {
  return questionIds.map((id) => {
    const answers = results.flatMap((r) => r.answers.filter((a) => a.questionId === id));
    const right = answers.filter((a) => a.credit >= 0.9).length;
    const wrong = new Map<string, number>();
    for (const a of answers) {
      if (a.credit >= 0.9) continue;
      const text = responseText(bank, id, a.response) ?? '—';
      wrong.set(text, (wrong.get(text) ?? 0) + 1);
    }
    const common = [...wrong.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0];
    return { questionId: id, prompt: bank.questions.find((q) => q.id === id)?.prompt ?? id, shareRight: answers.length ? right / answers.length : 0, commonWrong: common ? common[0] : null, flagged: new Set(results.filter((r) => r.answers.some((a) => a.questionId === id && a.flagged)).map((r) => foldName(r.name))).size };
  });
}

/** A column after the five every class table has: its header and each row's cell. */
export interface ExtraColumn {
  header: string;
  cell: (r: StudentRow) => string;
}

/**
 * The students' table as CSV, in the columns the page shows; points, attempts and seconds stay
 * numbers. `headers` names the five columns every table has; an assignment's adds the student's
 * timing as a last column, so a spreadsheet made from an older export keeps its columns in place.
 */
export function classCsv(headers: string[], rows: StudentRow[], extra?: ExtraColumn): string {
  // Names are the students' own text: the shared writer keeps "=HYPERLINK(...)" from running.
  const head = extra ? [...headers, extra.header] : headers;
  return csvText([head, ...rows.map((r) => [r.name, r.attempt, r.points, `${r.correct}/${r.asked}`, r.seconds, ...(extra ? [extra.cell(r)] : [])])]);
}
