/**
 * Spreadsheets on the "Move banks in and out" page: Kahoot's and Wayground's .xlsx templates in
 * and out. The .xlsx library (src/services/xlsx.ts) is fetched with import() the first time a
 * spreadsheet is read or written, so neither the game nor this page pays for it up front.
 *
 * A Kahoot export with texts over Kahoot's limits is not saved at once: the page lists each one
 * (question number, which text, how long) with a "Download anyway" button, since Kahoot refuses
 * them and the teacher should learn that here, not on Kahoot's upload page.
 */
import type { Bank } from '../core/bank/schema';
import { fromSheet, toKahootSheet, toWaygroundSheet, type ExportResult, type ImportFormat, type SheetImport, type SheetNote, type SheetOut, type TooLong } from '../core/interop';
import type { I18n } from '../services/i18n';
import { download } from '../ui/dom/download';
import { el } from './dom';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const xlsx = () => import('../services/xlsx');

/** Does this file look like a spreadsheet, by its name or by its first bytes (a zip)? */
export const isSheetFile = (name: string, bytes: Uint8Array): boolean => /\.xlsx?$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04);

/**
 * The format a file's name gives, or null when only its content can tell (a .txt, which may hold
 * Aiken, GIFT, Excel's tab-separated text or anything else, or a name with no known ending).
 */
export function formatFromName(name: string): ImportFormat | null {
  if (/\.xlsx?$/i.test(name)) return 'xlsx';
  if (/\.[ct]sv$/i.test(name)) return 'csv';
  if (/\.gift$/i.test(name)) return 'gift';
  if (/\.aiken$/i.test(name)) return 'aiken';
  if (/\.xml$/i.test(name)) return 'xml';
  return null;
}

/** The questions in a spreadsheet file's bytes, or why none could be read. */
export async function readSheetFile(bytes: Uint8Array): Promise<SheetImport> {
  const read = await (await xlsx()).readXlsxRows(bytes);
  return read.ok ? fromSheet(read.rows) : read;
}

/** A row left out, or a note about the whole sheet, in the teacher's language. */
export function sheetNoteText(t: I18n['t'], n: SheetNote): string {
  const message = t(`teacher.sheetNote.${n.code}`, n.params);
  return n.line > 0 ? t('teacher.sheetSkipped', { line: n.line, message }) : message;
}

function tooLongText(t: I18n['t'], x: TooLong): string {
  const params = { n: x.n, answer: x.answer, length: x.length, max: x.max };
  return x.answer === 0 ? t('teacher.tooLong.question', params) : t('teacher.tooLong.answer', params);
}

interface SheetExportDeps {
  t: I18n['t'];
  /** The bank chosen for export, or null. */
  bank: () => Promise<Bank | null>;
  /** Says how many questions went out, as the other exports do. */
  done: (bank: Bank, skipped: number) => void;
}

/** The Kahoot and Wayground export buttons, and the box where over-long texts are listed. */
export function sheetExports(deps: SheetExportDeps, label: (format: string) => string): { buttons: HTMLButtonElement[]; report: HTMLElement } {
  const { t } = deps;
  const report = el('div', { class: 'status error', hidden: '' });
  const save = async (bank: Bank, name: string, result: ExportResult<SheetOut>) => {
    const bytes = await (await xlsx()).writeXlsx(result.output);
    download(`${bank.id}.${name}.xlsx`, bytes, XLSX_TYPE);
    deps.done(bank, result.skipped.length);
  };
  const kinds: { format: string; name: string; run: (b: Bank) => ExportResult<SheetOut> & { tooLong?: TooLong[] } }[] = [
    { format: 'Kahoot (.xlsx)', name: 'kahoot', run: (b) => toKahootSheet(b) },
    { format: 'Wayground (.xlsx)', name: 'wayground', run: (b) => toWaygroundSheet(b) },
  ];
  const buttons = kinds.map((k) => {
    const b = el('button', { type: 'button', class: 'secondary' }, label(k.format));
    b.addEventListener('click', () => {
      report.hidden = true;
      void deps.bank().then((bank) => {
        if (!bank) return;
        const result = k.run(bank);
        const tooLong = result.tooLong ?? [];
        if (!tooLong.length) return save(bank, k.name, result);
        const anyway = el('button', { type: 'button' }, t('teacher.tooLong.download'));
        anyway.addEventListener('click', () => {
          report.hidden = true;
          void save(bank, k.name, result);
        });
        report.replaceChildren(el('p', { text: t('teacher.tooLong.intro') }), el('ul', {}, ...tooLong.map((x) => el('li', { text: tooLongText(t, x) }))), anyway);
        report.hidden = false;
      });
    });
    return b;
  });
  return { buttons, report };
}
