/**
 * "Move banks in and out": export a bank to the formats school tools read (CSV for Kahoot and
 * Blooket, Kahoot's and Wayground's spreadsheets, Moodle GIFT and XML, Aiken, QTI 2.1 for Canvas),
 * and import questions from CSV, a Kahoot or Wayground spreadsheet, Aiken, GIFT or Moodle XML,
 * with the line (or spreadsheet row) of any problem in the teacher's language. A file comes in with
 * every question Factsprint can play; the teacher sees what came in and what was left out, and why
 * (importReview.ts), and adds the questions or cancels. A .txt file's format is recognised from its
 * content. Spreadsheets are handled in sheetMove.ts.
 */
import { slugify } from '../builder/draft';
import type { Bank } from '../core/bank/schema';
import {
  decodeImport,
  detectFormat,
  FORMAT_LABELS,
  fromAiken,
  fromCsv,
  fromGift,
  fromMoodleXml,
  importedToBank,
  isSkip,
  MAX_IMPORT_BYTES,
  readCsv,
  sheetSkipView,
  skipView,
  toAiken,
  toBlooketCsv,
  toCsv,
  toGift,
  toMoodleXml,
  toQtiZip,
  type ImportedQuestion,
  type ImportFormat,
  type ImportResult,
  type LineError,
  type SkipView,
  type TextFormat,
} from '../core/interop';
import { lineError } from '../core/interop/types';
import type { I18n } from '../services/i18n';
import type { LocalBankStore } from '../services/localBanks';
import { download } from '../ui/dom/download';
import { bankChoice, loadChosenBank } from './bankChoice';
import { el, field } from './dom';
import { importReview, skipText } from './importReview';
import { formatFromName, isSheetFile, readSheetFile, sheetExports, sheetNoteText } from './sheetMove';

export interface MoveDeps {
  i18n: I18n;
  banks: LocalBankStore;
  gameUrl: string;
  now: () => Date;
}

const MAX_SHOWN_ERRORS = 20;

const READERS: Record<TextFormat, (text: string) => ImportResult> = { csv: fromCsv, aiken: fromAiken, gift: fromGift, xml: fromMoodleXml };

export function mountMove(root: HTMLElement, deps: MoveDeps): void {
  const { t } = deps.i18n;
  const status = el('p', { class: 'status', role: 'status' });
  const say = (msg: string, error = false) => {
    status.textContent = msg;
    status.classList.toggle('error', error);
  };
  const bankSelect = bankChoice('move-bank', deps.banks);
  // Each problem in the teacher's language; line 0 is a problem with no line in the file. A file
  // with no question Factsprint can play names each one as the summary would have.
  const problemText = (e: LineError, sheet: boolean) => {
    if (isSkip(e)) return skipText(t, skipView(e, sheet));
    const message = t(`teacher.importError.${e.code}`, e.params);
    return e.line > 0 ? t(sheet ? 'teacher.importRowErrors' : 'teacher.importErrors', { line: e.line, message }) : message;
  };

  const exporters = [
    { name: 'CSV', ext: 'csv', type: 'text/csv', run: (b: Bank) => toCsv(b) },
    { name: 'GIFT', ext: 'gift.txt', type: 'text/plain', run: (b: Bank) => toGift(b) },
    { name: 'Moodle XML', ext: 'xml', type: 'application/xml', run: (b: Bank) => toMoodleXml(b) },
    { name: 'Aiken', ext: 'aiken.txt', type: 'text/plain', run: (b: Bank) => toAiken(b) },
    { name: 'Blooket (.csv)', ext: 'blooket.csv', type: 'text/csv', run: (b: Bank) => toBlooketCsv(b) },
    { name: 'QTI 2.1', ext: 'qti.zip', type: 'application/zip', run: (b: Bank) => toQtiZip(b) },
  ];
  const exportButtons = exporters.map((x) => {
    const b = el('button', { type: 'button', class: 'secondary' }, t('teacher.exportAs', { format: x.name }));
    b.addEventListener('click', () => {
      void loadChosenBank(bankSelect.value, deps.banks).then((bank) => {
        if (!bank) return;
        const { output, skipped } = x.run(bank);
        download(`${bank.id}.${x.ext}`, output, x.type);
        say(t('teacher.exported', { count: bank.questions.length - skipped.length, skipped: skipped.length }));
      });
    });
    return b;
  });
  const sheets = sheetExports(
    { t, bank: () => loadChosenBank(bankSelect.value, deps.banks), done: (bank, skipped) => say(t('teacher.exported', { count: bank.questions.length - skipped, skipped })) },
    (format) => t('teacher.exportAs', { format }),
  );

  const file = el('input', { type: 'file', accept: '.csv,.tsv,.txt,.gift,.xml,.xlsx,.xls' });
  const format = el('select', { id: 'move-format' });
  for (const [value, label] of [['csv', 'CSV (Kahoot, Blooket)'], ['xlsx', 'Kahoot, Wayground (.xlsx)'], ['aiken', 'Aiken'], ['gift', 'Moodle GIFT'], ['xml', 'Moodle XML']]) format.append(el('option', { value: value!, text: label! }));
  const play = el('a', { hidden: '' }, t('teacher.play'));
  let pending: { bank: Bank; article: string } | null = null;
  /** The file last chosen, so choosing another format in the list reads it again. */
  let last: File | null = null;
  const review = importReview(t, {
    add: () => {
      if (!pending) return;
      // The teacher has read their own questions: approving them makes them playable.
      const bank: Bank = { ...pending.bank, facts: pending.bank.facts.map((f) => ({ ...f, review: 'approved' })) };
      const ok = deps.banks.save(bank, pending.article, deps.now().toISOString());
      pending = null;
      review.hide();
      say(ok ? t('teacher.saved') : t('teacher.notSaved'), !ok);
      play.href = `${deps.gameUrl}?bank=local:${encodeURIComponent(bank.id)}`;
      play.hidden = !ok;
      (ok ? play : file).focus();
    },
    cancel: () => {
      pending = null;
      review.hide();
      say(t('teacher.importReview.cancelled'));
      file.focus();
    },
  });
  // `skipped`: rows of a kind Factsprint does not play, in a sheet refused for its other rows'
  // problems: named with those, in row order, so no row of the file goes unmentioned.
  const refuse = (errors: readonly LineError[], sheet: boolean, skipped: readonly SkipView[] = []) => {
    pending = null;
    review.hide();
    const all = [...errors.map((e) => ({ line: e.line, text: problemText(e, sheet) })), ...skipped.map((s) => ({ line: s.line, text: skipText(t, s) }))].sort((a, b) => a.line - b.line);
    // A file with thousands of bad rows would bury the first problems; those are what get fixed first.
    const shown = all.slice(0, MAX_SHOWN_ERRORS).map((p) => p.text);
    say([...shown, ...(all.length > MAX_SHOWN_ERRORS ? ['…'] : [])].join(' '), true);
  };

  /** Reads a chosen file: `byName` guesses the format from the name and, for a .txt, from the content. */
  const choose = (f: File, byName: boolean) => {
    last = f;
    play.hidden = true;
    if (byName) {
      const guess = formatFromName(f.name);
      if (guess) format.value = guess;
    }
    // UTF-8 spends at most 3 bytes per UTF-16 unit, so a file this big is too long without reading it.
    if (f.size > MAX_IMPORT_BYTES) return refuse([lineError(0, 'tooLarge', 'the file is too large to be a quiz')], false);
    // Bytes, not f.text(): that would read every file as UTF-8, and a Windows-1252 or UTF-16 file
    // would come in garbled ("caf\uFFFD") without a word. decodeImport finds the encoding or says why it cannot.
    void f.arrayBuffer().then(async (buffer) => {
      if (last !== f) return;
      const bytes = new Uint8Array(buffer);
      // A spreadsheet chosen under any format is read as one: its bytes are no text to decode.
      const sheet = isSheetFile(f.name, bytes);
      if (sheet) {
        say(t('teacher.sheetWorking'));
        format.value = 'xlsx';
        const read = await readSheetFile(bytes);
        if (last !== f) return;
        if (!read.ok) return refuse(read.errors, true, (read.skipped ?? []).flatMap((n) => sheetSkipView(n) ?? []));
        const notes = read.notes.map((n) => sheetNoteText(t, n));
        return offer(f, read.questions, 'xlsx', [...read.skipped.flatMap((n) => sheetSkipView(n) ?? []), ...read.left.map((l) => skipView(l, true))], notes, null, true);
      }
      const decoded = decodeImport(bytes);
      if (!decoded.ok) return refuse(decoded.errors, false);
      let fmt = format.value === 'xlsx' ? 'csv' : (format.value as TextFormat);
      let detected: string | null = null;
      // A .txt (or a name that says nothing) may hold any text format: its content decides.
      if (byName && formatFromName(f.name) === null) {
        const found = detectFormat(decoded.text);
        if (!found.ok) return refuse([found.error], false);
        fmt = found.format;
        detected = FORMAT_LABELS[fmt];
      }
      format.value = fmt;
      // A Kahoot template saved as CSV has time limits and image links: said as for its .xlsx.
      const { result: read, notes } = fmt === 'csv' ? readCsv(decoded.text) : { result: READERS[fmt](decoded.text), notes: [] };
      if (!read.ok) return refuse(read.errors, false);
      offer(f, read.questions, fmt, read.skipped.map((s) => skipView(s)), notes.map((n) => sheetNoteText(t, n)), detected, false);
    });
  };

  const offer = (f: File, questions: ImportedQuestion[], fmt: ImportFormat, skipped: SkipView[], notes: string[], detected: string | null, sheet: boolean) => {
    const built = importedToBank(questions, { id: slugify(f.name.replace(/\.[^.]+$/, '')), title: f.name, language: 'en', format: fmt, source: f.name });
    if (!built.ok) return refuse(built.errors, sheet);
    pending = { bank: built.bank, article: built.articleText };
    say(t('teacher.imported', { count: built.bank.questions.length }));
    review.show({ file: f.name, bank: built.bank, skipped: [...skipped, ...built.skipped.map((s) => skipView(s, sheet))].sort((x, y) => x.line - y.line), notes, detected });
  };

  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (f) choose(f, true);
  });
  // Another format chosen for the file just read: read it again that way, as the teacher asks.
  format.addEventListener('change', () => {
    if (last) choose(last, false);
  });
  // A file dropped on the import field is read as if chosen.
  const drop = field('move-file', t('teacher.importFile'), file);
  drop.append(el('p', { text: t('teacher.importDrop') }));
  drop.addEventListener('dragover', (e) => e.preventDefault());
  drop.addEventListener('drop', (e) => {
    const f = e.dataTransfer?.files[0];
    if (!f) return;
    e.preventDefault();
    choose(f, true);
  });

  root.append(
    el('h2', { text: t('teacher.moveTitle') }),
    el('p', { text: t('teacher.moveIntro') }),
    el('div', {}, el('label', { for: 'move-bank', text: t('teacher.exportBank') }), bankSelect),
    ...exportButtons,
    ...sheets.buttons,
    sheets.report,
    drop,
    el('div', {}, el('label', { for: 'move-format', text: t('teacher.importFormat') }), format),
    status,
    review.element,
    play,
  );
}
