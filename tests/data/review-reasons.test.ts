/**
 * Every reason the builder can give a teacher has words on the teacher page: each reason string
 * in src/builder is listed in REVIEW_REASONS (src/core/bank/reviewReasons.ts), and each listed
 * reason has its English text at `teacher.reason.<id>` in en.json (tests/data/locales.test.ts
 * then holds every other language to the English keys). A reason added to the builder without
 * both fails here, naming it.
 *
 * Two nets: the builder's source, read for reason strings, and the builder run over every
 * article we have, for the reasons it actually writes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/builder/facts';
import { REVIEW_REASON_IDS, REVIEW_REASONS, reviewReasonId } from '../../src/core/bank/reviewReasons';
import type { Place } from '../../src/core/geo';

const BUILDER = new URL('../../src/builder/', import.meta.url);
const ARTICLES = new URL('../fixtures/articles/', import.meta.url);
const en = JSON.parse(readFileSync(new URL('../../src/locales/en.json', import.meta.url), 'utf8')) as { teacher: { reason: Record<string, unknown> } };
const known = new Set<string>(Object.values(REVIEW_REASONS));

/**
 * The reason strings a builder file writes: `reasons.push('…')`, `reasons: ['…', …]`,
 * `[...c.reasons, '…']`, and a reason chosen by a condition, `far ? ['…'] : []`. Reasons are
 * short lower-case English ("relative date", "floating quote (no attribution)").
 */
function reasonLiterals(code: string): string[] {
  const found = new Set<string>();
  const noComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  for (const line of noComments.split('\n')) {
    if (/\breasons?\b/i.test(line)) for (const m of line.matchAll(/(?:\[|\bpush\(|,)\s*'([^'\\]+)'/g)) found.add(m[1]!);
    for (const m of line.matchAll(/\?\s*\[\s*'([^'\\]+)'\s*\]\s*:/g)) found.add(m[1]!);
  }
  return [...found].filter((s) => /^[a-z][a-z ()-]+$/.test(s));
}

const builderFiles = readdirSync(BUILDER).filter((f) => f.endsWith('.ts'));

describe('the reasons the builder writes', () => {
  it('finds the builder and reason strings in it', () => {
    expect(builderFiles.length).toBeGreaterThan(5);
    const all = builderFiles.flatMap((f) => reasonLiterals(readFileSync(new URL(f, BUILDER), 'utf8')));
    // Today's builder writes its reasons as strings; once it writes REVIEW_REASONS.<id> instead, the type checker holds them.
    const named = builderFiles.some((f) => /\bREVIEW_REASONS\b/.test(readFileSync(new URL(f, BUILDER), 'utf8')));
    expect(all.length > 0 || named).toBe(true);
  });

  it('are all listed in REVIEW_REASONS', () => {
    const missing = builderFiles.flatMap((f) => reasonLiterals(readFileSync(new URL(f, BUILDER), 'utf8')).filter((r) => !known.has(r)).map((r) => `src/builder/${f}: "${r}" is not in REVIEW_REASONS (src/core/bank/reviewReasons.ts)`));
    expect(missing).toEqual([]);
  });

  it('are all listed when the builder reads every article we have', () => {
    const gazetteer = JSON.parse(readFileSync(new URL('../../assets/geo/places.json', import.meta.url), 'utf8')) as Place[];
    const articles = readdirSync(ARTICLES).filter((f) => f.endsWith('.txt'));
    expect(articles.length).toBeGreaterThan(5);
    const missing = new Set<string>();
    let given = 0;
    for (const file of articles) {
      const gold = JSON.parse(readFileSync(new URL(file.replace(/\.txt$/, '.gold.json'), ARTICLES), 'utf8')) as { published: string | null };
      for (const fact of extractFacts(readFileSync(new URL(file, ARTICLES), 'utf8'), { gazetteer, published: gold.published })) {
        for (const reason of fact.reviewReasons) {
          given++;
          if (!reviewReasonId(reason)) missing.add(`${file} ${fact.id}: "${reason}" is not in REVIEW_REASONS`);
        }
      }
    }
    expect(given).toBeGreaterThan(0);
    expect([...missing]).toEqual([]);
  }, 60_000);

  it('would catch a reason in each way the builder writes one', () => {
    const probe = [
      "reasons.push('new push reason');",
      "return { name, reasons: ['new listed reason', 'another one'], penalty: 0 };",
      "const reasons = [...c.reasons, 'new spread reason'];",
      "const far = gap > 150 ? ['new conditional reason'] : [];",
      "extractor: 'date:chrono', precision: 'day', text: [...(l > 0 ? ['…'] : [])]",
      "if (c.data.counts !== 'percent' && reasons.length) return;",
    ].join('\n');
    expect(reasonLiterals(probe).sort()).toEqual(['another one', 'new conditional reason', 'new listed reason', 'new push reason', 'new spread reason']);
  });
});

describe('REVIEW_REASONS', () => {
  it('gives every reason its English text for teachers in en.json', () => {
    const texts = en.teacher.reason;
    const problems = [
      ...REVIEW_REASON_IDS.filter((id) => typeof texts[id] !== 'string' || !(texts[id] as string).trim()).map((id) => `teacher.reason.${id}: no English text for "${REVIEW_REASONS[id]}"`),
      ...Object.keys(texts).filter((id) => !(id in REVIEW_REASONS)).map((id) => `teacher.reason.${id}: not a reason in REVIEW_REASONS`),
    ];
    expect(problems).toEqual([]);
  });

  it('writes each reason once', () => {
    expect(known.size).toBe(REVIEW_REASON_IDS.length);
  });
});
