/**
 * "Move banks in and out": export a bank to the formats school tools read (CSV for Kahoot and
 * Blooket, Kahoot's and Wayground's spreadsheets, Moodle GIFT and XML, Aiken, QTI 2.1 for Canvas),
 * and import questions from CSV, a Kahoot or Wayground spreadsheet, Aiken, GIFT or Moodle XML,
 * with the line (or spreadsheet row) of any problem in the teacher's language. Spreadsheets are
 * handled in sheetMove.ts.
 */
import { slugify } from '../builder/draft';
import type { Bank } from '../core/bank/schema';
import { decodeImport, fromAiken, fromCsv, fromGift, fromMoodleXml, importedToBank, toAiken, toBlooketCsv, toCsv, toGift, toMoodleXml, toQtiZip, MAX_IMPORT_BYTES, type ImportFormat, type LineError, type SheetNote } from '../core/interop';
import type { I18n } from '../services/i18n';
import type { LocalBankStore } from '../services/localBanks';
import { download } from '../ui/download';
import { bankChoice, loadChosenBank } from './bankChoice';
import { el, field } from './dom';
import { isSheetFile, readSheetFile, sheetExports, sheetNoteText } from './sheetMove';

export interface MoveDeps {
  i18n: I18n;
  banks: LocalBankStore;
  gameUrl: string;
  now: () => Date;
}

const MAX_SHOWN_ERRORS = 20;

const READERS: Record<Exclude<ImportFormat, 'xlsx'>, (text: string) => ReturnType<typeof fromCsv>> = { csv: fromCsv, aiken: fromAiken, gift: fromGift, xml: fromMoodleXml };

export function mountMove(root: HTMLElement, deps: MoveDeps): void {
  const { t } = deps.i18n;
  const status = el('p', { class: 'status', role: 'status' });
  const say = (msg: string, error = false) => {
    status.textContent = msg;
    status.classList.toggle('error', error);
  };
  const bankSelect = bankChoice('move-bank', deps.banks);
  // Each problem in the teacher's language; line 0 is a problem with no line in the file.
  const problemText = (e: LineError, sheet: boolean) => {
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
  const approve = el('button', { type: 'button', hidden: '' }, t('teacher.approveImport'));
  const play = el('a', { hidden: '' }, t('teacher.play'));
  // What a spreadsheet import left out, and what the teacher should know of it.
  const notes = el('ul', { hidden: '' });
  const showNotes = (list: readonly SheetNote[]) => {
    notes.replaceChildren(...list.map((n) => el('li', { text: sheetNoteText(t, n) })));
    notes.hidden = !list.length;
  };
  let pending: { bank: Bank; article: string } | null = null;

  const choose = (f: File) => {
    showNotes([]);
    // Guess the format from the name; the teacher can change it and choose the file again.
    if (/\.xlsx?$/i.test(f.name)) format.value = 'xlsx';
    else if (/\.[ct]sv$/i.test(f.name)) format.value = 'csv';
    else if (/gift/i.test(f.name)) format.value = 'gift';
    else if (/\.xml$/i.test(f.name)) format.value = 'xml';
    // UTF-8 spends at most 3 bytes per UTF-16 unit, so a file this big is too long without reading it.
    if (f.size > MAX_IMPORT_BYTES) {
      pending = null;
      approve.hidden = true;
      return say(t('teacher.importError.tooLarge'), true);
    }
    // Bytes, not f.text(): that would read every file as UTF-8, and a Windows-1252 or UTF-16 file
    // would come in garbled ("caf\uFFFD") without a word. decodeImport finds the encoding or says why it cannot.
    void f.arrayBuffer().then(async (buffer) => {
      const bytes = new Uint8Array(buffer);
      // A spreadsheet chosen under any format is read as one: its bytes are no text to decode.
      const sheet = isSheetFile(f.name, bytes);
      if (sheet) say(t('teacher.sheetWorking'));
      else if (format.value === 'xlsx') format.value = 'csv';
      const fmt: ImportFormat = sheet ? 'xlsx' : (format.value as Exclude<ImportFormat, 'xlsx'>);
      const sheetRead = sheet ? await readSheetFile(bytes) : null;
      if (sheetRead?.ok) showNotes([...sheetRead.skipped, ...sheetRead.notes]);
      const decoded = sheet ? null : decodeImport(bytes);
      const read = sheetRead ?? (decoded!.ok ? READERS[fmt as Exclude<ImportFormat, 'xlsx'>](decoded!.text) : decoded!);
      const built = read.ok ? importedToBank(read.questions, { id: slugify(f.name.replace(/\.[^.]+$/, '')), title: f.name, language: 'en', format: fmt, source: f.name }) : read;
      if (!built.ok) {
        pending = null;
        approve.hidden = true;
        // A file with thousands of bad rows would bury the first problems; those are what get fixed first.
        const shown = built.errors.slice(0, MAX_SHOWN_ERRORS).map((e) => problemText(e, sheet));
        return say([...shown, ...(built.errors.length > MAX_SHOWN_ERRORS ? ['…'] : [])].join(' '), true);
      }
      pending = { bank: built.bank, article: built.articleText };
      approve.hidden = false;
      say(t('teacher.imported', { count: built.bank.questions.length }));
    });
  };
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (f) choose(f);
  });
  // A file dropped on the import field is read as if chosen.
  const drop = field('move-file', t('teacher.importFile'), file);
  drop.append(el('p', { text: t('teacher.importDrop') }));
  drop.addEventListener('dragover', (e) => e.preventDefault());
  drop.addEventListener('drop', (e) => {
    const f = e.dataTransfer?.files[0];
    if (!f) return;
    e.preventDefault();
    choose(f);
  });
  approve.addEventListener('click', () => {
    if (!pending) return;
    // The teacher has read their own questions: approving them makes them playable.
    const bank: Bank = { ...pending.bank, facts: pending.bank.facts.map((f) => ({ ...f, review: 'approved' })) };
    const ok = deps.banks.save(bank, pending.article, deps.now().toISOString());
    say(ok ? t('teacher.saved') : t('teacher.notSaved'), !ok);
    play.href = `${deps.gameUrl}?bank=local:${encodeURIComponent(bank.id)}`;
    play.hidden = !ok;
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
    approve,
    status,
    notes,
    play,
  );
}
