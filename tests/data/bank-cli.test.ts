/** `npm run bank -- validate`, as a teacher or CI would run it. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const tsx = join('node_modules', '.bin', 'tsx');

function run(args: string[]): { code: number; out: string } {
  try {
    const out = execFileSync(tsx, ['src/cli/bank.ts', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, out };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, out: err.stdout + err.stderr };
  }
}

it('passes every bank in questions/', () => {
  const r = run(['validate']);
  expect(r.out).toContain('ok  questions/kim-putin-beijing-2025-09/bank.json');
  expect(r.code).toBe(0);
}, 30_000);

it('fails a broken bank, naming the file and the JSON path of every problem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bank-'));
  const bankDir = join(dir, 'broken');
  mkdirSync(bankDir);
  const src = 'questions/kim-putin-beijing-2025-09';
  copyFileSync(join(src, 'article.txt'), join(bankDir, 'article.txt'));
  const bank = JSON.parse(readFileSync(join(src, 'bank.json'), 'utf8'));
  bank.questions[2].answer = 7;
  bank.facts[1].span.start += 1;
  writeFileSync(join(bankDir, 'bank.json'), JSON.stringify(bank));
  let r = run(['validate', bankDir]);
  expect(r.code).toBe(1);
  expect(r.out).toContain(`${join(bankDir, 'bank.json')} $.questions[2].answer:`);
  // With the schema fixed, the span that no longer slices to its sentence is caught.
  bank.questions[2].answer = 0;
  writeFileSync(join(bankDir, 'bank.json'), JSON.stringify(bank));
  r = run(['validate', bankDir]);
  expect(r.code).toBe(1);
  expect(r.out).toContain('$.facts[1].span: does not slice the article');
}, 30_000);

it('says so when given a path that does not exist', () => {
  const r = run(['validate', 'no/such/bank.json']);
  expect(r.code).toBe(1);
  expect(r.out).toContain('no/such/bank.json: no such file');
}, 30_000);

it('exports a bank for school tools, saying what the format cannot hold', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'export-')), 'kim.xml');
  const r = run(['export', 'questions/kim-putin-beijing-2025-09', '--format', 'xml', '--out', out]);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/Wrote .*kim\.xml: \d+ questions\./);
  expect(r.out).toContain('left out q-where-beijing');
  expect(readFileSync(out, 'utf8')).toMatch(/^<\?xml[\s\S]*<quiz>/);
  expect(run(['export', 'questions/kim-putin-beijing-2025-09', '--format', 'pdf']).code).toBe(2);
}, 30_000);
