/**
 * "Assign a round": choose a bank and its questions, lock the settings, get a link; then paste
 * the students' result codes back for the class table. Everything travels in links and codes:
 * no server, no accounts. This wires the parts in src/teacher/assign/ around what is shown.
 */
import { decodeAssignment } from '../core/codes/assignment';
import { builtInBankIds } from '../services/builtInBanks';
import { loadChosenBank } from './bankChoice';
import { el, isolate } from './dom';
import { UndoBar } from './undo';
import { classTables } from './assign/classTables';
import { assignForm } from './assign/form';
import { resultIntake } from './assign/intake';
import { linkOutput } from './assign/linkOutput';
import { resultRemoval } from './assign/removal';
import { savedResults } from './assign/savedResults';
import { setStatus, type AssignDeps, type Shown } from './assign/shown';


export function mountAssign(root: HTMLElement, deps: AssignDeps): void {
  const { t } = deps.i18n;
  // What is shown, in a holder: as a `let` starting at null, TypeScript took it for null inside
  // the callbacks below even though `show` assigns it.
  const on: { shown: Shown | null } = { shown: null };
  const refresh = () => {
    tables.render();
    saved.render(deps.results.assignments(), on.shown?.id);
  };
  const show = (s: Shown) => {
    on.shown = s;
    // A device bank named by its id (not carried inside the code) reaches students as a file.
    link.show(s.code, s.assignment.bank === null && !builtInBankIds().includes(s.assignment.bankId ?? ''));
  };

  const form = assignForm(deps, (made) => {
    show(made);
    tables.render();
  });
  const link = linkOutput(deps.i18n, deps.gameUrl, (message) => form.say(message));
  const undo = new UndoBar(deps.i18n);
  const tables = classTables(deps.i18n, { shown: () => on.shown, results: (id) => deps.results.list(id), onDelete: (id, row) => removal.deleteResult(id, row) });
  const intake = resultIntake(deps, () => on.shown, refresh);

  /** Shows an assignment's results again from its code, and its link for the students. */
  const open = async (code: string): Promise<boolean> => {
    const d = decodeAssignment(code);
    if (!d.ok) return false;
    const bank = (await loadChosenBank(d.assignment.bankId ?? '', deps.banks)) ?? d.assignment.bank;
    if (!bank) return false;
    show({ code, id: d.id, assignment: d.assignment, bank });
    refresh();
    return true;
  };

  const saved = savedResults(deps.i18n, {
    show: (a) =>
      void open(a.code).then((ok) => {
        setStatus(intake.status, ok ? t('teacher.savedResults.showing', { name: isolate(a.title) }) : t('teacher.savedResults.cannotOpen', { name: isolate(a.title) }), !ok);
        if (ok) tables.studentsTable.focus();
      }),
    deleteAll: (a) => removal.deleteAll(a.id, a.title),
  });
  const removal = resultRemoval(deps, { root, undo, refresh, studentsTable: tables.studentsTable, savedHeading: saved.heading });

  // An assignment link pasted back in (the teacher's own) reopens its results.
  const reopen = new URLSearchParams(window.location.search).get('assign');
  if (reopen) {
    void open(reopen).then((ok) => {
      // Results gathered before the list existed join it once their link is opened again.
      if (ok && on.shown) deps.results.remember(on.shown.id, { code: on.shown.code, title: on.shown.assignment.title });
      saved.render(deps.results.assignments(), on.shown?.id);
    });
  }
  saved.render(deps.results.assignments(), on.shown?.id);

  root.append(
    el('h2', { text: t('teacher.assignTitle') }),
    el('p', { text: t('teacher.assignIntro') }),
    ...form.elements,
    link.element,
    el('h2', { text: t('teacher.resultsTitle') }),
    el('p', { class: 'note', text: t('teacher.integrity') }),
    ...saved.elements,
    ...intake.inputs,
    tables.csvButton,
    intake.status,
    undo.element,
    el('div', { class: 'table-scroll' }, tables.studentsTable),
    tables.questionsTable,
  );
}
