/**
 * `npm run bench -- builder --articles DIR`: the builder on a folder of real articles that nobody
 * here wrote. For each article it drafts a bank as the teacher page would and reports:
 *
 * - fact precision, recall and F1 per kind, against gold facts kept in this repo by file name
 *   (character spans and values only: the articles themselves stay outside the repo);
 * - what a machine can judge about the questions (rank of the right answer among ordered options,
 *   answers in prompts, one prompt with two answers, vague figure prompts);
 * - the share of questions a strict teacher graded acceptable, per question type, for all questions
 *   and for those "Approve all not flagged" would release. Grades are kept as data by question
 *   content (docs/GRADING.md); a question whose content changed is ungraded until graded again;
 * - where a second grader graded the same questions without seeing the first's grades, its rates
 *   and how often the two agree.
 *
 * `--sheet FILE` writes the ungraded questions, with their sentences, for grading.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { draftBank } from '../builder/draft';
import { scoreArticle, summarizeScores, type GoldFact } from '../builder/evaluate';
import { checkArticle } from '../builder/input';
import { checkQuestions, questionKey, rankCounts, rightAnswerText } from '../builder/questionChecks';
import type { Bank, Question } from '../core/bank/schema';
import type { Place } from '../core/geo';
import type { LocalPlaces } from '../builder/towns';

export const GOLD_DIR = 'bench/articles-dev/gold';
export const GRADES_FILE = 'bench/articles-dev/grades.json';
/** A second grader's grades of the same questions, made blind to the first's (docs/GRADING.md). */
export const SECOND_GRADES_FILE = 'bench/articles-dev/grades-second.json';

export type Grade = 'acceptable' | 'minor' | 'unacceptable';
/** Grades by article file name, then by question key (questionKey). */
export type Grades = Record<string, Record<string, { grade: Grade; note?: string }>>;

interface SpanGold {
  kind: GoldFact['kind'];
  start: number;
  end: number;
  parts?: [number, number][];
  speaker?: string;
  value?: number | string;
  name?: string;
}

interface DevArticle {
  file: string;
  text: string;
  published: string | null;
  gold: GoldFact[] | null;
}

/** Gold facts from spans into the article: the quote's words are read from the article itself. */
export function goldFromSpans(text: string, facts: SpanGold[]): GoldFact[] {
  return facts.map((g): GoldFact => {
    switch (g.kind) {
      case 'quote':
        return { kind: 'quote', speaker: g.speaker ?? '', quote: (g.parts ?? [[g.start, g.end]]).map(([s, e]) => text.slice(s, e)).join(' ') };
      case 'quantity':
        return { kind: 'quantity', value: Number(g.value) };
      case 'date':
        return { kind: 'date', value: String(g.value) };
      case 'place':
        return { kind: 'place', name: g.name ?? '' };
    }
  });
}

/** The folder's articles, with dates from its index.json when it has one. */
export function loadDevArticles(dir: string, goldDir = GOLD_DIR): DevArticle[] {
  const indexFile = join(dir, 'index.json');
  const index = existsSync(indexFile) ? (JSON.parse(readFileSync(indexFile, 'utf8')) as { file: string; published?: string | null }[]) : [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  return files.map((file) => {
    const raw = readFileSync(join(dir, file), 'utf8');
    const checked = checkArticle(raw, Buffer.byteLength(raw));
    if (!checked.ok) throw new Error(`${file}: cannot be read as an article`);
    const goldFile = join(goldDir, `${basename(file, '.txt')}.gold.json`);
    const gold = existsSync(goldFile) ? goldFromSpans(raw, (JSON.parse(readFileSync(goldFile, 'utf8')) as { facts: SpanGold[] }).facts) : null;
    return { file, text: checked.value.text, published: index.find((i) => i.file === file)?.published ?? null, gold };
  });
}

export interface TypeFigures {
  questions: number;
  acceptable: number;
  minor: number;
  unacceptable: number;
  ungraded: number;
}

export interface DevsetFigures {
  articles: number;
  withGold: number;
  accuracy: ReturnType<typeof summarizeScores> | null;
  all: Record<string, TypeFigures>;
  unflagged: Record<string, TypeFigures>;
  ranks: number[];
  problems: Record<string, number>;
  flagPrecision: { flagged: number; flaggedNotAcceptable: number } | null;
  /** The second grader's view, where there is one: its own rates and how often the two agree. */
  second: SecondOpinion | null;
}

export interface SecondOpinion {
  all: TypeFigures;
  unflagged: TypeFigures;
  /** Questions both graded; of them, how many got the same grade, and how many both called acceptable. */
  both: number;
  same: number;
  bothAcceptable: number;
  bothAcceptableUnflagged: number;
  bothUnflagged: number;
}

/** "choice:value", "estimate", ...: the type a teacher thinks in. */
export const typeOf = (q: Question) => (q.type === 'choice' || q.type === 'truefalse' ? `${q.type}:${q.asks}` : q.type);

function tally(into: Record<string, TypeFigures>, type: string, grade: Grade | undefined): void {
  for (const t of [type, 'all']) {
    const row = (into[t] ??= { questions: 0, acceptable: 0, minor: 0, unacceptable: 0, ungraded: 0 });
    row.questions++;
    row[grade ?? 'ungraded']++;
  }
}

export interface SheetRow {
  file: string;
  key: string;
  type: string;
  flagged: boolean;
  reasons: string[];
  prompt: string;
  options?: string[];
  answer: string;
  sentence: string;
}

const readGrades = (file: string): Grades | null => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Grades) : null);

export function devsetBench(dir: string, gazetteer: Place[], opts: { grades?: Grades; secondGrades?: Grades | null; sheet?: string | null; local?: LocalPlaces } = {}): DevsetFigures {
  const articles = loadDevArticles(dir);
  const grades = opts.grades ?? readGrades(GRADES_FILE) ?? {};
  const secondGrades = opts.secondGrades === undefined ? readGrades(SECOND_GRADES_FILE) : opts.secondGrades;
  const second: Record<'all' | 'unflagged', Record<string, TypeFigures>> = { all: {}, unflagged: {} };
  const agreement = { both: 0, same: 0, bothAcceptable: 0, bothAcceptableUnflagged: 0, bothUnflagged: 0 };
  const per: ReturnType<typeof scoreArticle>[] = [];
  const all: Record<string, TypeFigures> = {};
  const unflagged: Record<string, TypeFigures> = {};
  const problems: Record<string, number> = {};
  const questions: Question[] = [];
  const sheet: SheetRow[] = [];
  let flagged = 0;
  let flaggedNotAcceptable = 0;
  for (const a of articles) {
    const r = draftBank(a.text, { id: 'dev', title: a.file, outlet: null, published: a.published, url: null }, gazetteer, opts.local);
    if (!r.ok) continue;
    const bank: Bank = r.bank;
    if (a.gold) per.push(scoreArticle(bank.facts, a.gold));
    const facts = new Map(bank.facts.map((f) => [f.id, f]));
    for (const p of checkQuestions(bank)) problems[p.problem] = (problems[p.problem] ?? 0) + 1;
    for (const q of bank.questions) {
      questions.push(q);
      const fact = facts.get(q.factId)!;
      const key = questionKey(q);
      const grade = grades[a.file]?.[key]?.grade;
      const isFlagged = fact.review === 'needs_review';
      tally(all, typeOf(q), grade);
      if (!isFlagged) tally(unflagged, typeOf(q), grade);
      const other = secondGrades?.[a.file]?.[key]?.grade;
      if (secondGrades) {
        tally(second.all, typeOf(q), other);
        if (!isFlagged) tally(second.unflagged, typeOf(q), other);
      }
      if (grade && other) {
        agreement.both++;
        if (grade === other) agreement.same++;
        if (grade === 'acceptable' && other === 'acceptable') agreement.bothAcceptable++;
        if (!isFlagged) {
          agreement.bothUnflagged++;
          if (grade === 'acceptable' && other === 'acceptable') agreement.bothAcceptableUnflagged++;
        }
      }
      if (isFlagged && grade) {
        flagged++;
        if (grade !== 'acceptable') flaggedNotAcceptable++;
      }
      if (!grade) sheet.push({ file: a.file, key, type: typeOf(q), flagged: isFlagged, reasons: fact.reviewReasons, prompt: q.prompt, ...(q.type === 'choice' ? { options: q.options } : {}), answer: rightAnswerText(q), sentence: fact.sentence });
    }
  }
  if (opts.sheet) writeFileSync(opts.sheet, `${JSON.stringify(sheet, null, 1)}\n`);
  return {
    articles: articles.length,
    withGold: per.length,
    accuracy: per.length > 0 ? summarizeScores(per) : null,
    all,
    unflagged,
    ranks: rankCounts(questions),
    problems,
    flagPrecision: flagged > 0 ? { flagged, flaggedNotAcceptable } : null,
    second: secondGrades && second.all.all && second.unflagged.all ? { all: second.all.all, unflagged: second.unflagged.all, ...agreement } : null,
  };
}

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((n / d) * 100).toFixed(1).padStart(5)}%`);

export function printDevset(dir: string, f: DevsetFigures): void {
  console.log(`builder on ${f.articles} articles in ${dir} (${f.withGold} with gold facts in ${GOLD_DIR})`);
  if (f.accuracy) {
    console.log('kind      gold  found  matched  precision  recall   F1');
    for (const [kind, s] of Object.entries(f.accuracy)) {
      console.log(`${kind.padEnd(9)} ${String(s.gold).padStart(4)}  ${String(s.found).padStart(5)}  ${String(s.matched).padStart(7)}  ${pct(s.matched, s.found).padStart(9)}  ${pct(s.matched, s.gold)}  ${pct(2 * s.matched, s.found + s.gold)}`);
    }
  }
  for (const [title, rows] of [
    ['all generated questions', f.all],
    ['questions of facts not flagged (what "Approve all not flagged" releases)', f.unflagged],
  ] as const) {
    console.log(`\n${title}: graded by a strict teacher (docs/GRADING.md)`);
    console.log('type                 questions  acceptable   minor  unacceptable  ungraded  acceptable of graded');
    for (const [type, r] of Object.entries(rows).sort(([a], [b]) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)))) {
      const graded = r.questions - r.ungraded;
      console.log(`${type.padEnd(20)} ${String(r.questions).padStart(9)}  ${String(r.acceptable).padStart(10)}  ${String(r.minor).padStart(6)}  ${String(r.unacceptable).padStart(12)}  ${String(r.ungraded).padStart(8)}  ${pct(r.acceptable, graded).padStart(20)}`);
    }
  }
  const total = f.ranks.reduce((a, b) => a + b, 0);
  console.log(`\nrank of the right answer among ordered options (figures, dates; 0 = smallest): ${f.ranks.map((n, i) => `${i}: ${n} (${pct(n, total).trim()})`).join(', ')}`);
  console.log(`machine checks: ${Object.keys(f.problems).length === 0 ? 'no answer in a prompt, no prompt with two answers, every answer in its sentence, no vague figure prompt' : Object.entries(f.problems).map(([p, n]) => `${p}: ${n}`).join(', ')}`);
  if (f.second) {
    const s = f.second;
    const rate = (r: TypeFigures) => `${r.acceptable} of ${r.questions - r.ungraded} graded acceptable (${pct(r.acceptable, r.questions - r.ungraded).trim()}), ${r.ungraded} ungraded`;
    console.log(`second grader, blind to the first (${SECOND_GRADES_FILE}): all questions ${rate(s.all)}; not flagged ${rate(s.unflagged)}`);
    console.log(`  the two graders give the same grade to ${s.same} of ${s.both} (${pct(s.same, s.both).trim()}); acceptable to both: ${pct(s.bothAcceptable, s.both).trim()} of all, ${pct(s.bothAcceptableUnflagged, s.bothUnflagged).trim()} of those not flagged`);
  }
  if (f.flagPrecision) console.log(`review flags: ${f.flagPrecision.flagged} graded questions of flagged facts, ${f.flagPrecision.flaggedNotAcceptable} of them not acceptable (flag precision ${pct(f.flagPrecision.flaggedNotAcceptable, f.flagPrecision.flagged).trim()})`);
}
