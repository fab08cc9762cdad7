/**
 * The bank command line: `npm run bank -- validate [PATH...]`.
 * Paths are bank.json files or folders holding them; with none, every bank under questions/.
 * Exit code 1 when any bank has an error, each printed as `file $.json.path: message`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseBank } from '../core/bank/validate';
import { formatBankError, type BankError } from '../core/bank/errors';
import { exportCommand } from './export';
import { extractCommand } from './extract';

function bankFiles(paths: string[]): string[] {
  const roots = paths.length > 0 ? paths : ['questions'];
  const files: string[] = [];
  for (const p of roots) {
    if (!existsSync(p)) {
      files.push(p); // reported as missing below
    } else if (statSync(p).isDirectory()) {
      const direct = join(p, 'bank.json');
      if (existsSync(direct)) files.push(direct);
      else for (const d of readdirSync(p).sort()) if (existsSync(join(p, d, 'bank.json'))) files.push(join(p, d, 'bank.json'));
    } else {
      files.push(p);
    }
  }
  return files;
}

/** Checks beyond the schema that need the article text beside the bank. */
function spanErrors(file: string, text: string): BankError[] {
  const result = parseBank(text, file);
  if (!result.ok) return result.errors;
  const articlePath = join(file, '..', result.bank.article.textFile);
  if (!existsSync(articlePath)) return [{ file, path: '$.article.textFile', message: `no article text at ${articlePath}` }];
  const article = readFileSync(articlePath, 'utf8');
  const errors: BankError[] = [];
  result.bank.facts.forEach((f, i) => {
    if (article.slice(f.span.start, f.span.end) !== f.sentence) {
      errors.push({ file, path: `$.facts[${i}].span`, message: `does not slice the article to the fact's sentence (fact "${f.id}")` });
    }
  });
  return errors;
}

function validate(paths: string[]): number {
  const files = bankFiles(paths);
  if (files.length === 0) {
    console.error('No bank.json found. Give a bank file or a folder of banks.');
    return 1;
  }
  let bad = 0;
  for (const file of files) {
    const shown = file;
    if (!existsSync(file)) {
      console.error(`${shown}: no such file`);
      bad++;
      continue;
    }
    const errors = spanErrors(shown, readFileSync(file, 'utf8'));
    if (errors.length === 0) {
      console.log(`ok  ${shown}`);
    } else {
      bad++;
      for (const e of errors) console.error(formatBankError(e));
    }
  }
  console.log(`${files.length - bad} of ${files.length} bank(s) valid`);
  return bad === 0 ? 0 : 1;
}

/** `review [PATH...]`: every fact a person still has to look at, with why. */
function review(paths: string[]): number {
  let bad = 0;
  for (const file of bankFiles(paths)) {
    const result = existsSync(file) ? parseBank(readFileSync(file, 'utf8'), file) : null;
    if (!result?.ok) {
      console.error(`${file}: ${result ? 'not a valid bank (run validate)' : 'no such file'}`);
      bad++;
      continue;
    }
    const pending = result.bank.facts.filter((f) => f.review === 'needs_review' || f.review === 'auto');
    console.log(`${file}: ${pending.length} of ${result.bank.facts.length} facts not yet approved`);
    for (const f of pending) {
      const why = f.reviewReasons.length ? f.reviewReasons.join('; ') : 'not yet approved';
      console.log(`  ${f.id} [${f.kind}, ${f.review}, confidence ${f.confidence}] ${why}\n    “${f.sentence}”`);
    }
  }
  return bad === 0 ? 0 : 1;
}

const USAGE = `Usage: npm run bank -- <command>
  extract ARTICLE.txt [--title T] [--outlet O] [--date YYYY-MM-DD] [--url U] [--id ID] [--out DIR]
             build a draft bank from an article (nothing approved yet)
  validate [PATH...]   check banks against the schema and their article spans (default: every bank in questions/)
  review [PATH...]     list the facts a person still has to approve
  export PATH --format csv|gift|xml|aiken|qti [--out FILE]
             the bank in a format school tools read (approved questions that fit the format)`;

const [command, ...rest] = process.argv.slice(2);
if (command === 'validate') {
  process.exitCode = validate(rest);
} else if (command === 'extract') {
  process.exitCode = extractCommand(rest);
} else if (command === 'export') {
  process.exitCode = exportCommand(rest);
} else if (command === 'review') {
  process.exitCode = review(rest);
} else {
  console.error(command ? `Unknown or not yet available command "${command}".\n${USAGE}` : USAGE);
  process.exitCode = 2;
}
