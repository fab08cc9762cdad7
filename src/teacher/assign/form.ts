/**
 * The form that sets a round: the bank and its questions (picked by hand or N at random), the
 * locked settings and extra time; "Make the link" plans the assignment (core/codes/assignPlan)
 * and says what to fix, or hands the assignment on.
 */
import { playableQuestions } from '../../core/bank/playable';
import { assignmentId } from '../../core/codes/assignment';
import { planAssignment, type AssignProblem } from '../../core/codes/assignPlan';
import { MODES, type Mode } from '../../core/settings';
import { LANGUAGE_NAMES, SUPPORTED_LANGUAGES } from '../../services/languages';
import { LOCAL_PREFIX } from '../../services/localBankKeys';
import type { I18n } from '../../services/i18n';
import { bankChoice, loadChosenBank } from '../bankChoice';
import { el, field, rovingFocus } from '../dom';
import { setStatus, type AssignDeps, type Shown } from './shown';

export interface AssignForm {
  /** The form's parts in page order, the make button and its status line last. */
  elements: HTMLElement[];
  say(message: string, error?: boolean): void;
}

function problemText(i18n: I18n, p: AssignProblem): string {
  const { t } = i18n;
  switch (p.code) {
    case 'noQuestions':
      return t('teacher.noQuestions');
    case 'badExtraTime':
      return t('teacher.badExtra', { line: p.line });
    case 'badDue':
      return t('teacher.badDate');
    // A value the code cannot carry has always been reported as not fitting in the link.
    case 'tooLarge':
    case 'invalid':
      return t('teacher.tooLarge', { size: `> ${p.max}` });
  }
}

/**
 * Pick by hand: every playable question with a checkbox; none ticked means "N at random".
 *
 * A bank has dozens of questions, and a checkbox each was a Tab stop each (41 for the first bank)
 * between the settings and "Make the link". The boxes stay native checkboxes (each named by its
 * question, ticked by a click, a tap or Space, read as "checkbox, checked"), but the list is one
 * Tab stop with a roving tabindex: the arrow keys move inside it, as in the WAI-ARIA listbox and
 * radio group patterns, and Tab comes back to the box last used. The note under the legend says
 * so, and describes the group, as nothing else tells a keyboard user the arrows work here.
 */
function questionPicker(deps: AssignDeps, bankSelect: HTMLSelectElement): { element: HTMLFieldSetElement; picked(): string[] } {
  const { t } = deps.i18n;
  const legend = () => el('legend', { text: t('teacher.pick') });
  const keys = () => el('p', { id: 'pick-keys', class: 'note', text: t('teacher.pickKeys') });
  // The list scrolls inside the fieldset, not the fieldset itself: questions scrolled up would
  // pass under the legend, over its text.
  const list = el('div', { class: 'picker-list' });
  const element = el('fieldset', { class: 'picker', 'aria-describedby': 'pick-keys' }, legend(), keys(), list);
  const boxes = () => [...list.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const reset = rovingFocus(element, boxes, deps.i18n.dir, 'vertical');
  const fill = async () => {
    const bank = await loadChosenBank(bankSelect.value, deps.banks);
    element.replaceChildren(legend(), keys(), list);
    list.replaceChildren();
    for (const q of bank ? playableQuestions(bank) : []) {
      const box = el('input', { type: 'checkbox', value: q.id, id: `pick-${q.id}` });
      list.append(el('div', {}, box, el('label', { for: `pick-${q.id}`, class: 'inline', text: q.prompt })));
    }
    reset();
  };
  bankSelect.addEventListener('change', () => void fill());
  void fill();
  return { element, picked: () => boxes().filter((b) => b.checked).map((b) => b.value) };
}

/** `onReady` gets each assignment made, with its code; the form has already said so. */
export function assignForm(deps: AssignDeps, onReady: (shown: Shown) => void): AssignForm {
  const { t } = deps.i18n;
  const bankSelect = bankChoice('assign-bank', deps.banks);
  const title = el('input', { type: 'text' });
  const count = el('input', { type: 'number', min: '1', max: '50', value: '10' });
  const mode = el('select', { id: 'assign-mode' });
  for (const m of MODES) mode.append(el('option', { value: m, text: t(`settings.mode_${m}`) }));
  const time = el('input', { type: 'number', min: '5', max: '600', value: '20' });
  const extra = el('textarea', { rows: '3' });
  const lang = el('select', { id: 'assign-lang' });
  lang.append(el('option', { value: '', text: t('teacher.langStudent') }));
  for (const l of SUPPORTED_LANGUAGES) lang.append(el('option', { value: l, text: LANGUAGE_NAMES[l], lang: l }));
  const due = el('input', { type: 'text', placeholder: 'YYYY-MM-DD' });
  const status = el('p', { class: 'status', role: 'status' });
  const picker = questionPicker(deps, bankSelect);
  const say = (message: string, error = false) => setStatus(status, message, error);

  const make = async () => {
    const bank = await loadChosenBank(bankSelect.value, deps.banks);
    const plan = planAssignment({
      bank,
      carryBank: bankSelect.value.startsWith(LOCAL_PREFIX),
      title: title.value,
      count: count.value,
      picked: picker.picked(),
      mode: mode.value as Mode,
      timeLimit: time.value,
      lang: lang.value,
      extraTime: extra.value,
      due: due.value,
      now: Date.now(),
    });
    if (!plan.ok) return say(plan.problems.map((p) => problemText(deps.i18n, p)).join(' '), true);
    const ready = t('teacher.linkReady', { count: plan.assignment.questionIds.length, size: plan.code.length });
    say(plan.byFile ? `${ready} ${t('teacher.linkNamesBank')}` : ready);
    onReady({ code: plan.code, id: assignmentId(plan.code), assignment: plan.assignment, bank: plan.bank });
  };
  const makeButton = el('button', { type: 'button' }, t('teacher.makeLink'));
  makeButton.addEventListener('click', () => void make());

  return {
    elements: [
      el('div', {}, el('label', { for: 'assign-bank', text: t('teacher.bank') }), bankSelect),
      el('div', { class: 'meta' }, field('assign-title', t('teacher.assignName'), title), field('assign-count', t('teacher.count'), count), field('assign-time', t('teacher.time'), time), field('assign-due', t('teacher.due'), due)),
      el('div', { class: 'meta' }, el('div', {}, el('label', { for: 'assign-mode', text: t('teacher.mode') }), mode), el('div', {}, el('label', { for: 'assign-lang', text: t('teacher.lang') }), lang)),
      picker.element,
      field('assign-extra', t('teacher.extra'), extra),
      makeButton,
      status,
    ],
    say,
  };
}
