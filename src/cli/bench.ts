/**
 * `npm run bench -- builder [--quick]`: the builder's accuracy on the annotated articles in
 * tests/fixtures/articles (precision, recall and F1 per fact kind), its speed in articles per
 * second, and its time against compromise's own parse of the same text. Prints figures; asserts
 * nothing (timings on shared machines are noisy: compare ratios from one run).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import nlp from 'compromise';
import { extractFacts } from '../builder/facts';
import { scoreArticle, summarizeScores, type GoldFact } from '../builder/evaluate';
import type { Place } from '../core/geo';

const FIXTURES = 'tests/fixtures/articles';

interface Article {
  name: string;
  text: string;
  published: string | null;
  gold: GoldFact[];
}

function loadArticles(): Article[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(FIXTURES, f.replace(/\.txt$/, '.gold.json')), 'utf8')) as { published: string | null; facts: GoldFact[] };
      return { name: f.replace(/\.txt$/, ''), text: readFileSync(join(FIXTURES, f), 'utf8'), published: gold.published, gold: gold.facts };
    });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timeIt(runs: number, f: (i: number) => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f(i);
    times.push(performance.now() - t);
  }
  return median(times);
}

/** The same article, made a different string each run, so no parse is reused from the run before. */
const fresh = (text: string, i: number) => `${text}${' '.repeat(i + 1)}`;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function builderBench(quick: boolean): void {
  const gazetteer = JSON.parse(readFileSync('assets/geo/places.json', 'utf8')) as Place[];
  const articles = loadArticles();
  const per = articles.map((a) => scoreArticle(extractFacts(a.text, { gazetteer, published: a.published }), a.gold));
  const scores = summarizeScores(per);
  console.log(`builder accuracy on ${articles.length} annotated articles (${FIXTURES})`);
  console.log('kind      gold  found  matched  precision  recall   F1');
  for (const [kind, s] of Object.entries(scores)) {
    console.log(`${kind.padEnd(9)} ${String(s.gold).padStart(4)}  ${String(s.found).padStart(5)}  ${String(s.matched).padStart(7)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1).padStart(6)}`);
  }
  const runs = quick ? 3 : 15;
  // Warm both up: the first parse compiles compromise's lexicon.
  for (const a of articles) {
    nlp(a.text).json();
    extractFacts(a.text, { gazetteer, published: a.published });
  }
  const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
  const near600 = [...articles].sort((a, b) => Math.abs(words(a.text) - 600) - Math.abs(words(b.text) - 600))[0]!;
  const ours = timeIt(runs, (i) => extractFacts(fresh(near600.text, i), { gazetteer, published: near600.published }));
  const theirs = timeIt(runs, (i) => nlp(fresh(near600.text, i)).json());
  const all = timeIt(quick ? 1 : 5, (i) => articles.forEach((a) => extractFacts(fresh(a.text, i), { gazetteer, published: a.published })));
  console.log(`\nspeed (median of ${runs} runs, ${cpus()[0]?.model ?? 'cpu'}, node ${process.version})`);
  console.log(`extract a ${words(near600.text)}-word article (${near600.name}): ${ours.toFixed(1)} ms`);
  console.log(`compromise's own parse of it (nlp(text).json()): ${theirs.toFixed(1)} ms`);
  console.log(`ratio extraction / compromise parse: ${(ours / theirs).toFixed(2)} (target ≤ 3)`);
  console.log(`throughput: ${((articles.length / all) * 1000).toFixed(1)} articles per second`);
}

const [what = 'builder', ...rest] = process.argv.slice(2);
const quick = rest.includes('--quick') || what === '--quick';
if (what === 'builder' || what === '--quick') builderBench(quick);
else {
  console.error(`Unknown benchmark "${what}". Usage: npm run bench -- builder [--quick]`);
  process.exitCode = 2;
}
