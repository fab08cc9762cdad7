/**
 * The class on screen: a table of students (sortable by any column, each row with Delete) and
 * one of questions, and the students' table as a CSV file for a spreadsheet. A student who gave
 * themselves more time, or none, says so in their row: points depend on time.
 */
import type { StudentResult } from '../../core/codes/result';
import type { StudentTiming } from '../../core/codes/timing';
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
  const timingText = (timing: StudentTiming | undefined) => (timing === undefined ? t('teacher.timingAsSet') : timing === 'off' ? t('teacher.timingOff') : t('teacher.timingTimes', { factor: i18n.number(timing) }));
  const timingColumn = () => ({ header: t('teacher.timing'), cell: (r: StudentRow) => timingText(r.timing) });
  // Sorted by how much time the student had: the teacher's, more, then none.
  const timingRank = (timing: StudentTiming | undefined) => (timing === undefined ? 1 : timing === 'off' ? Number.MAX_VALUE : timing);
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
  const keyOf = (r: StudentRow): string | number => [r.name.toLowerCase(), r.attempt, r.points, r.asked ? r.correct / r.asked : 0, r.seconds, timingRank(r.timing)][sortBy]!;
  const row = (cells: (string | number)[]) => el('tr', {}, ...cells.map((c) => el('td', { text: String(c) })));

  const studentRow = (shown: Shown, r: StudentRow) => {
    const tr = row([r.name, r.attempt, i18n.number(r.points), `${r.correct}/${r.asked}`, `${i18n.number(r.seconds)} s`, timingText(r.timing)]);
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
    const headRow = head([...studentHeaders(), timingColumn().header], true);
    headRow.append(el('th', { scope: 'col', text: t('teacher.delete.column') }));
    studentsTable.replaceChildren(el('caption', { text: t('teacher.resultsTitle') }), headRow, ...sorted.map((r) => studentRow(shown, r)));
    // Before the first result there is nothing to show: a table of headers with no rows is only
    // something for a screen reader to wander into, and "0%" right for every question is untrue.
    studentsTable.hidden = questionsTable.hidden = results.length === 0;
    questionsTable.replaceChildren(
      head([t('teacher.question'), t('teacher.shareRight'), t('teacher.commonWrong'), t('teacher.flaggedColumn')]),
      ...questionRows(shown.bank, shown.assignment.questionIds, results).map((q) => row([q.prompt, `${Math.round(q.shareRight * 100)}%`, q.commonWrong ?? '—', q.flagged ? i18n.number(q.flagged) : '—'])),
    );
  }

  csvButton.addEventListener('click', () => {
    const shown = source.shown();
    if (!shown) return;
    download(`${shown.assignment.title}.csv`, classCsv(studentHeaders(), studentRows(source.results(shown.id)), timingColumn()), 'text/csv');
  });
  return { studentsTable, questionsTable, csvButton, render };
}
