/**
 * IMS QTI 2.1 content package, zipped: imsmanifest.xml, an assessmentTest that makes the bank one
 * quiz (assessmentTest.xml), and one assessmentItem per question in items/. The items are written
 * in qtiItem.ts, the test and the manifest in qtiTest.ts.
 */
import { strToU8, zipSync } from 'fflate';
import type { Bank } from '../bank/schema';
import { portableQuestions, type ExportResult } from './types';
import { qtiItem } from './qtiItem';
import { TEST_HREF, qtiManifest, qtiTest, type PackagedItem } from './qtiTest';

export interface QtiOptions {
  /**
   * The time stamped on every file in the zip. A fixed default keeps the bytes the same for the
   * same bank (core never reads the clock); pass the export time if a tool should show it.
   */
  modified?: Date;
}

/**
 * QTI identifiers and manifest ids are XML names: a letter or _ first, then letters, digits, - _ .
 * They also name the item files, so two that differ only in case are kept apart too (Windows
 * would unzip them onto one file).
 */
function identifier(id: string, taken: Set<string>): string {
  const base = id.replace(/[^A-Za-z0-9_.-]/g, '_').replace(/^(?=[^A-Za-z_])/, 'Q_');
  let out = base;
  for (let n = 2; taken.has(out.toLowerCase()); n++) out = `${base}-${n}`;
  taken.add(out.toLowerCase());
  return out;
}

export function toQtiZip(bank: Bank, opts: QtiOptions = {}): ExportResult<Uint8Array> {
  const { output: questions, skipped } = portableQuestions(bank);
  const taken = new Set<string>();
  // Taken first, so no question id can claim the test's identifier (a manifest's ids must differ).
  const test: PackagedItem = { ident: identifier(`TEST-${bank.id}`, taken), href: TEST_HREF };
  const files: Record<string, Uint8Array> = {};
  const items: PackagedItem[] = [];
  for (const q of questions) {
    const ident = identifier(q.id, taken);
    const href = `items/${ident}.xml`;
    files[href] = strToU8(qtiItem(q, ident, bank.article.language));
    items.push({ ident, href });
  }
  const manifest = qtiManifest(`MANIFEST-${identifier(bank.id, new Set())}`, test, items);
  const output = zipSync(
    { 'imsmanifest.xml': strToU8(manifest), [TEST_HREF]: strToU8(qtiTest(test.ident, bank.title, items)), ...files },
    { level: 6, mtime: opts.modified ?? new Date(1980, 0, 1) },
  );
  return { output, skipped };
}
