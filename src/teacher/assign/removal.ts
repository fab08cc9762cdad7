/**
 * Deleting collected results, one student's attempt or a whole assignment's, with Undo: the
 * status says what went (and whether the device kept the change), and focus lands where the
 * teacher can go on.
 */
import type { RemovedResults } from '../../services/classResults';
import { isolate } from '../dom';
import type { UndoBar } from '../undo';
import { assignmentKey, resultKey, type AssignDeps } from './shown';

export interface RemovalView {
  root: HTMLElement;
  undo: UndoBar;
  /** Draws the tables and the saved list again. */
  refresh(): void;
  /** Focus after a row that was already gone. */
  studentsTable: HTMLElement;
  /** Focus after an assignment that was already gone, or a restored one not on screen. */
  savedHeading: HTMLElement;
}

export interface Removal {
  deleteResult(assignmentId: string, who: { name: string; attempt: number }): void;
  deleteAll(assignmentId: string, title: string): void;
}

export function resultRemoval(deps: AssignDeps, view: RemovalView): Removal {
  const { t } = deps.i18n;
  const byKey = (key: string) => [...view.root.querySelectorAll<HTMLElement>('[data-key]')].find((b) => b.dataset.key === key);

  const restore = (removed: RemovedResults, message: string) => {
    const saved = deps.results.restore(removed);
    view.refresh();
    // The restored row may belong to an assignment not on screen; the list is the next best place.
    const target = byKey(removed.kind === 'result' ? resultKey(removed.assignmentId, removed.result) : assignmentKey(removed.assignmentId));
    (target ?? view.savedHeading).focus();
    view.undo.say(saved ? message : `${message} ${t('teacher.delete.undoNotSaved')}`, !saved);
  };

  const offer = (message: string, saved: boolean, onUndo: () => void) => view.undo.offer(saved ? message : `${message} ${t('teacher.delete.notSaved')}`, onUndo, !saved);

  return {
    deleteResult(assignmentId, who) {
      const done = deps.results.removeResult(assignmentId, who);
      view.refresh();
      // With no rows left the table is hidden: the saved list is the next place to go on from.
      if (!done) return (view.studentsTable.hidden ? view.savedHeading : view.studentsTable).focus();
      const names = { name: isolate(done.removed.result.name), attempt: done.removed.result.attempt };
      offer(t('teacher.delete.doneResult', names), done.saved, () => restore(done.removed, t('teacher.delete.restoredResult', names)));
    },
    deleteAll(assignmentId, title) {
      const done = deps.results.removeAssignment(assignmentId);
      view.refresh();
      if (!done) return view.savedHeading.focus();
      offer(t('teacher.delete.doneAll', { name: isolate(title) }), done.saved, () => restore(done.removed, t('teacher.delete.restoredAll', { name: isolate(title) })));
    },
  };
}
