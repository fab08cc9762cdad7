/**
 * The dev-set report on a folder of articles (here two of the team's own, copied to a temporary
 * folder): grades are read by question content, and a second grader's grades are compared with
 * the first's question by question.
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devsetBench, type Grades } from '../../../src/cli/devset';
import type { Place } from '../../../src/core/geo';

const root = new URL('../../../', import.meta.url);
const gazetteer = JSON.parse(readFileSync(new URL('assets/geo/places.json', root), 'utf8')) as Place[];

describe('the dev-set report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'devset-'));
  for (const f of ['00-kim-putin-beijing.txt', '01-city-council-budget.txt']) copyFileSync(new URL(`tests/fixtures/articles/${f}`, root), join(dir, f));

  it('counts each grader by question content and tells how often the two agree', () => {
    // A first pass to learn the questions' keys; then the first grader calls every question
    // acceptable and the second calls the first article's questions unacceptable.
    const keys = devsetBench(dir, gazetteer, { grades: {}, secondGrades: null, sheet: join(dir, 'sheet.json') });
    const sheet = JSON.parse(readFileSync(join(dir, 'sheet.json'), 'utf8')) as { file: string; key: string }[];
    expect(sheet.length).toBe(keys.all.all!.questions);
    const first: Grades = {};
    const second: Grades = {};
    for (const r of sheet) {
      (first[r.file] ??= {})[r.key] = { grade: 'acceptable' };
      (second[r.file] ??= {})[r.key] = { grade: r.file.startsWith('00-') ? 'unacceptable' : 'acceptable' };
    }
    const inFirst = sheet.filter((r) => r.file.startsWith('00-')).length;
    expect(inFirst).toBeGreaterThan(0);
    expect(inFirst).toBeLessThan(sheet.length);
    const f = devsetBench(dir, gazetteer, { grades: first, secondGrades: second });
    expect(f.all.all).toMatchObject({ questions: sheet.length, acceptable: sheet.length, ungraded: 0 });
    expect(f.second).toMatchObject({ both: sheet.length, same: sheet.length - inFirst, bothAcceptable: sheet.length - inFirst });
    expect(f.second!.all).toMatchObject({ acceptable: sheet.length - inFirst, unacceptable: inFirst });
    // With no second grader there is no second opinion to print.
    expect(devsetBench(dir, gazetteer, { grades: first, secondGrades: null }).second).toBeNull();
    // Three builds of two articles: seconds on a loaded two-core machine.
  }, 30_000);
});
