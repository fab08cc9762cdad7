/**
 * `npm run bank -- extract ARTICLE.txt [--title T] [--outlet O] [--date YYYY-MM-DD] [--url U] [--id ID] --out questions/ID/`
 * Writes a draft bank (article.txt + bank.json) and prints what it found and what needs review.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkArticle, describeProblem } from '../builder/input';
import { LOCAL_PLACES_FILE, readLocalPlaces } from '../builder/towns';
import { draftBank, slugify } from '../builder/draft';
import type { Place } from '../core/geo';
import { formatBankError } from '../core/bank/errors';

const FLAGS = ['--title', '--outlet', '--date', '--url', '--id', '--out'] as const;

export function parseFlags(args: string[]): { file: string | null; flags: Partial<Record<(typeof FLAGS)[number], string>>; error: string | null } {
  const flags: Partial<Record<(typeof FLAGS)[number], string>> = {};
  let file: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [name, inline] = a.split(/=(.*)/s);
    if ((FLAGS as readonly string[]).includes(name!)) {
      const value = inline ?? args[++i];
      if (value === undefined) return { file, flags, error: `${name} needs a value` };
      flags[name as (typeof FLAGS)[number]] = value;
    } else if (a.startsWith('--')) return { file, flags, error: `unknown option ${a}` };
    else if (file === null) file = a;
    else return { file, flags, error: `one article at a time (got ${file} and ${a})` };
  }
  return { file, flags, error: null };
}

export function extractCommand(args: string[], gazetteerPath = 'assets/geo/places.json'): number {
  const { file, flags, error } = parseFlags(args);
  if (error || !file) {
    console.error(error ?? 'Give the article file: npm run bank -- extract ARTICLE.txt --out questions/ID/');
    return 2;
  }
  if (!existsSync(file) || !statSync(file).isFile()) {
    console.error(`${file}: no such file`);
    return 1;
  }
  if (flags['--date'] && !/^\d{4}-\d{2}-\d{2}$/.test(flags['--date'])) {
    console.error(`--date must be written YYYY-MM-DD, not "${flags['--date']}"`);
    return 2;
  }
  const bytes = readFileSync(file);
  const checked = checkArticle(bytes.toString('utf8'), bytes.length);
  if (!checked.ok) {
    console.error(`${file}: ${describeProblem(checked.problem)}`);
    return 1;
  }
  const { text, notes } = checked.value;
  if (notes.includes('html-stripped')) console.log('Note: the file held HTML; the markup was removed and only its text used.');
  const firstLine = text.split('\n').find((l) => l.trim()) ?? 'Article';
  const title = flags['--title'] ?? (firstLine.length <= 120 ? firstLine.trim() : `${firstLine.slice(0, 117).trim()}…`);
  const id = flags['--id'] ?? slugify(title);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    console.error(`--id must be lower-case letters, digits and dashes, not "${id}"`);
    return 2;
  }
  const out = flags['--out'] ?? join('questions', id);
  const gazetteer = JSON.parse(readFileSync(gazetteerPath, 'utf8')) as Place[];
  const local = existsSync(LOCAL_PLACES_FILE) ? readLocalPlaces(JSON.parse(readFileSync(LOCAL_PLACES_FILE, 'utf8'))) : undefined;
  const result = draftBank(text, { id, title, outlet: flags['--outlet'] ?? null, published: flags['--date'] ?? null, url: flags['--url'] ?? null }, gazetteer, local);
  if (!result.ok) {
    if (result.reason === 'no-facts') console.error(`${file}: no quotes, figures, dates or places were found, so there is nothing to ask.`);
    else for (const e of result.errors) console.error(formatBankError(e));
    return 1;
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'article.txt'), text);
  writeFileSync(join(out, 'bank.json'), `${JSON.stringify(result.bank, null, 2)}\n`);
  const s = result.summary;
  console.log(`Wrote ${join(out, 'bank.json')}: ${s.facts.quote} quotes, ${s.facts.quantity} figures, ${s.facts.date} dates, ${s.facts.place} places; ${s.questions} questions.`);
  console.log(`${s.needsReview} facts need review; none are approved yet, so players see nothing until a person approves them (npm run bank -- review ${out}).`);
  console.log('A fact flagged for a doubt about its reading (a pronoun speaker, a relative date, a guessed counted noun, an ambiguous place) gets its questions once it is approved or edited.');
  return 0;
}
