/**
 * The class on screen: a table of students (sortable by any column, each row with Delete) and
 * one of questions, and the students' table as a CSV file for a spreadsheet.
 */
import type { StudentResult } from '../../core/codes/result';
import type { I18n } from '../../services/i18n';
import { download } from '../../ui/dom/download';
import { classCsv, questionRows, studentRows, type StudentRow } from '../../core/classTable';
import { el, isolate } from '../dom';
import { askFirst } from '../undo';
import { resultKey, type Shown } from './shown';

export interface ClassTables {
  studentsTable: HTMLTableElement;
  questionsTable: HTMLTableElement;
  csvButton: HTMLButtonElement;
  /** Draws the shown assignment's results again (nothing when none is shown). */
  render(): void;
}

export interface ClassTableSource {
  shown(): Shown | null;
  results(assignmentId: string): StudentResult[];
  /** The teacher said yes to deleting this row. */
  onDelete(assignmentId: string, row: StudentRow): void;
}

export function classTables(i18n: I18n, source: ClassTableSource): ClassTables {
  const { t } = i18n;
  const studentsTable = el('table', { tabindex: '-1' });
  const questionsTable = el('table');
  const csvButton = el('button', { type: 'button', class: 'secondary' }, t('teacher.exportCsv'));
  const studentHeaders = () => [t('teacher.student'), t('teacher.attempt'), t('teacher.points'), t('teacher.accuracy'), t('teacher.timeTaken')];
  let sortBy = 2;
  let ascending = false;

  // Column headers are buttons: a click sorts by that column, a second click reverses.
  const head = (cells: string[], sortable = false) =>
    el(
      'tr',
      {},
      ...cells.map((c, i) => {
        if (!sortable) return el('th', { scope: 'col', text: c });
        const b = el('button', { type: 'button', class: 'sort' }, c);
        b.addEventListener('click', () => {
          ascending = sortBy === i ? !ascending : i === 0;
          sortBy = i;
          render();
        });
        return el('th', { scope: 'col', 'aria-sort': sortBy === i ? (ascending ? 'ascending' : 'descending') : 'none' }, b);
      }),
    );
  const keyOf = (r: StudentRow): string | number => [r.name.toLowerCase(), r.attempt, r.points, r.asked ? r.correct / r.asked : 0, r.seconds][sortBy]!;
  const row = (cells: (string | number)[]) => el('tr', {}, ...cells.map((c) => el('td', { text: String(c) })));

  const studentRow = (shown: Shown, r: StudentRow) => {
    const tr = row([r.name, r.attempt, i18n.number(r.points), `${r.correct}/${r.asked}`, `${i18n.number(r.seconds)} s`]);
    const names = { name: isolate(r.name), attempt: r.attempt };
    const del = el('button', { type: 'button', class: 'secondary', 'aria-label': t('teacher.delete.deleteResultName', names), 'data-key': resultKey(shown.id, r) }, t('teacher.delete.button'));
    const cell = el('td', {}, del);
    del.addEventListener('click', () => askFirst(cell, del, i18n, t('teacher.delete.confirmResult', names), () => source.onDelete(shown.id, r)));
    tr.append(cell);
    return tr;
  };

  function render(): void {
    const shown = source.shown();
    if (!shown) return;
    const results = source.results(shown.id);
    const sorted = studentRows(results).sort((a, b) => {
      const x = keyOf(a);
      const y = keyOf(b);
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return ascending ? c : -c;
    });
    const headRow = head(studentHeaders(), true);
    headRow.append(el('th', { scope: 'col', text: t('teacher.delete.column') }));
    studentsTable.replaceChildren(el('caption', { text: t('teacher.resultsTitle') }), headRow, ...sorted.map((r) => studentRow(shown, r)));
    questionsTable.replaceChildren(
      head([t('teacher.question'), t('teacher.shareRight'), t('teacher.commonWrong')]),
      ...questionRows(shown.bank, shown.assignment.questionIds, results).map((q) => row([q.prompt, `${Math.round(q.shareRight * 100)}%`, q.commonWrong ?? '—'])),
    );
  }

  csvButton.addEventListener('click', () => {
    const shown = source.shown();
    if (!shown) return;
    download(`${shown.assignment.title}.csv`, classCsv(studentHeaders(), studentRows(source.results(shown.id))), 'text/csv');
  });
  return { studentsTable, questionsTable, csvButton, render };
}
