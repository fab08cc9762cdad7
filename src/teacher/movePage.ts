/**
 * "Move banks in and out": export a bank to the formats school tools read (CSV for Kahoot and
 * Blooket, Moodle GIFT and XML, Aiken, QTI 2.1 for Canvas), and import questions from CSV, Aiken
 * or GIFT, with the line of any problem.
 */
import { slugify } from '../builder/draft';
import type { Bank } from '../core/bank/schema';
import { fromAiken, fromCsv, fromGift, importedToBank, toAiken, toCsv, toGift, toMoodleXml, toQtiZip, type ImportFormat } from '../core/interop';
import type { I18n } from '../services/i18n';
import type { LocalBankStore } from '../services/localBanks';
import { download } from '../ui/download';
import { bankChoice, loadChosenBank } from './bankChoice';
import { el, field } from './dom';

export interface MoveDeps {
  i18n: I18n;
  banks: LocalBankStore;
  gameUrl: string;
  now: () => Date;
}

const READERS: Record<ImportFormat, (text: string) => ReturnType<typeof fromCsv>> = { csv: fromCsv, aiken: fromAiken, gift: fromGift };

export function mountMove(root: HTMLElement, deps: MoveDeps): void {
  const { t } = deps.i18n;
  const status = el('p', { class: 'status', role: 'status' });
  const say = (msg: string, error = false) => {
    status.textContent = msg;
    status.classList.toggle('error', error);
  };
  const bankSelect = bankChoice('move-bank', deps.banks);

  const exporters = [
    { name: 'CSV', ext: 'csv', type: 'text/csv', run: (b: Bank) => toCsv(b) },
    { name: 'GIFT', ext: 'gift.txt', type: 'text/plain', run: (b: Bank) => toGift(b) },
    { name: 'Moodle XML', ext: 'xml', type: 'application/xml', run: (b: Bank) => toMoodleXml(b) },
    { name: 'Aiken', ext: 'aiken.txt', type: 'text/plain', run: (b: Bank) => toAiken(b) },
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

  const file = el('input', { type: 'file', accept: '.csv,.txt,.gift' });
  const format = el('select', { id: 'move-format' });
  for (const [value, label] of [['csv', 'CSV (Kahoot, Blooket)'], ['aiken', 'Aiken'], ['gift', 'Moodle GIFT']]) format.append(el('option', { value: value!, text: label! }));
  const approve = el('button', { type: 'button', hidden: '' }, t('teacher.approveImport'));
  const play = el('a', { hidden: '' }, t('teacher.play'));
  let pending: { bank: Bank; article: string } | null = null;

  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (!f) return;
    // Guess the format from the name; the teacher can change it and choose the file again.
    if (/\.csv$/i.test(f.name)) format.value = 'csv';
    else if (/gift/i.test(f.name)) format.value = 'gift';
    void f.text().then((text) => {
      const fmt = format.value as ImportFormat;
      const read = READERS[fmt](text);
      const built = read.ok ? importedToBank(read.questions, { id: slugify(f.name.replace(/\.[^.]+$/, '')), title: f.name, language: 'en', format: fmt, source: f.name }) : read;
      if (!built.ok) {
        pending = null;
        approve.hidden = true;
        return say(built.errors.map((e) => t('teacher.importErrors', { line: e.line, message: e.message })).join(' '), true);
      }
      pending = { bank: built.bank, article: built.articleText };
      approve.hidden = false;
      say(t('teacher.imported', { count: built.bank.questions.length }));
    });
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
    field('move-file', t('teacher.importFile'), file),
    el('div', {}, el('label', { for: 'move-format', text: t('teacher.importFormat') }), format),
    approve,
    status,
    play,
  );
}
