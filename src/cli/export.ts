/**
 * `npm run bank -- export PATH --format csv|gift|xml|aiken|qti [--out FILE]`: a bank in a format
 * school tools read. Prints which questions the format could not hold.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bank } from '../core/bank/schema';
import { parseBank } from '../core/bank/validate';
import { formatBankError } from '../core/bank/errors';
import { toAiken, toCsv, toGift, toMoodleXml, toQtiZip } from '../core/interop';

const FORMATS: Record<string, { ext: string; run: (b: Bank) => { output: string | Uint8Array; skipped: { questionId: string; reason: string }[] } }> = {
  csv: { ext: 'csv', run: (b) => toCsv(b) },
  gift: { ext: 'gift.txt', run: (b) => toGift(b) },
  xml: { ext: 'xml', run: (b) => toMoodleXml(b) },
  aiken: { ext: 'aiken.txt', run: (b) => toAiken(b) },
  qti: { ext: 'qti.zip', run: (b) => toQtiZip(b) },
};

export function exportCommand(args: string[]): number {
  const path = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--format' && args[args.indexOf(a) - 1] !== '--out');
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const format = value('--format');
  if (!path || !format || !FORMATS[format]) {
    console.error(`Usage: npm run bank -- export PATH --format ${Object.keys(FORMATS).join('|')} [--out FILE]`);
    return 2;
  }
  const file = existsSync(join(path, 'bank.json')) ? join(path, 'bank.json') : path;
  if (!existsSync(file)) {
    console.error(`${file}: no such file`);
    return 1;
  }
  const parsed = parseBank(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) {
    for (const e of parsed.errors) console.error(formatBankError(e));
    return 1;
  }
  const f = FORMATS[format]!;
  const { output, skipped } = f.run(parsed.bank);
  const out = value('--out') ?? `${parsed.bank.id}.${f.ext}`;
  writeFileSync(out, output);
  console.log(`Wrote ${out}: ${parsed.bank.questions.length - skipped.length} questions.`);
  for (const s of skipped) console.log(`  left out ${s.questionId}: ${s.reason}`);
  return 0;
}
