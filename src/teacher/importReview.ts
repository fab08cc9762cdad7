/**
 * What came in from an imported file, for the teacher to approve before anything is saved: how
 * many questions, the questions themselves (each with its right answer), and every question left
 * out with its line, what it is and why, in the same words for every format. Nothing is saved
 * until the teacher presses "Add these N questions"; Cancel drops the draft.
 *
 * Built for the keyboard and screen readers: the section has a heading that takes the focus when
 * the summary appears, the skipped questions are a list labelled by its own sentence, and the two
 * buttons say what they do with how many questions.
 */
import type { Bank } from '../core/bank/schema';
import type { ImportErrorParams, SkipView } from '../core/interop';
import type { I18n } from '../services/i18n';
import { el, isolate } from './dom';

type T = I18n['t'];

/** A left-out question in the teacher's language: "Line 12, essay question: <why>" ("Row 12" in a spreadsheet). */
export function skipText(t: T, s: SkipView): string {
  const kind = t(`teacher.skipKind.${s.kind}`, s.kindParams as ImportErrorParams | undefined);
  const reason = s.sheet ? t(`teacher.sheetNote.${s.code}` as 'teacher.sheetNote.skipPoll', s.params) : t(`teacher.importError.${s.code}` as 'teacher.importError.noQuestions', s.params);
  return t(s.sheet || s.row ? 'teacher.importReview.skipRow' : 'teacher.importReview.skipLine', { line: s.line, kind, reason });
}

export interface ReviewContent {
  file: string;
  bank: Bank;
  skipped: readonly SkipView[];
  /** Notes about the whole file (a sheet's image links, its time limits), already in the teacher's words. */
  notes: readonly string[];
  /** The format's name, when it was recognised from the file's content rather than chosen. */
  detected: string | null;
}

export interface ImportReview {
  element: HTMLElement;
  show(content: ReviewContent): void;
  hide(): void;
}

export function importReview(t: T, actions: { add: () => void; cancel: () => void }): ImportReview {
  const heading = el('h3', { id: 'import-review-title', tabindex: '-1', text: t('teacher.importReview.title') });
  const cameIn = el('p');
  const detected = el('p', { class: 'note' });
  const leftOut = el('p', { id: 'import-review-left-out' });
  const skips = el('ul', { 'aria-labelledby': 'import-review-left-out' });
  const notes = el('ul', { class: 'note' });
  const questions = el('ol');
  const shown = el('details', {}, el('summary', { text: t('teacher.importReview.questions') }), questions);
  const add = el('button', { type: 'button' });
  const cancel = el('button', { type: 'button', class: 'secondary' }, t('teacher.importReview.cancel'));
  add.addEventListener('click', actions.add);
  cancel.addEventListener('click', actions.cancel);
  const element = el('section', { class: 'import-review', 'aria-labelledby': 'import-review-title', hidden: '' }, heading, cameIn, detected, leftOut, skips, notes, shown, el('div', {}, add, cancel));

  const rightAnswer = (q: Bank['questions'][number]): string => {
    if (q.type === 'truefalse') return t(q.answer ? 'round.true' : 'round.false');
    return q.type === 'choice' ? (q.options[q.answer] ?? '') : '';
  };

  return {
    element,
    show(c) {
      const count = c.bank.questions.length;
      cameIn.textContent = t('teacher.importReview.cameIn', { count, file: isolate(c.file) });
      detected.textContent = c.detected ? t('teacher.importReview.detected', { format: c.detected }) : '';
      detected.hidden = !c.detected;
      leftOut.textContent = c.skipped.length ? t('teacher.importReview.leftOut', { n: c.skipped.length }) : t('teacher.importReview.none');
      skips.replaceChildren(...c.skipped.map((s) => el('li', { text: skipText(t, s) })));
      skips.hidden = !c.skipped.length;
      notes.replaceChildren(...c.notes.map((n) => el('li', { text: n })));
      notes.hidden = !c.notes.length;
      questions.replaceChildren(...c.bank.questions.map((q) => el('li', { text: t('teacher.importReview.questionItem', { prompt: q.prompt, answer: rightAnswer(q) }) })));
      add.textContent = t('teacher.importReview.add', { count });
      element.hidden = false;
      heading.focus();
    },
    hide() {
      element.hidden = true;
    },
  };
}
