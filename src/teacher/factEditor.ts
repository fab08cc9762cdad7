/**
 * One fact on the review page: what was found, why it may need a look (in the teacher's words),
 * its sentence, Approve / Reject / Edit, and the questions made from it.
 *
 * Keyboard: the three buttons are one toolbar and one Tab stop per fact (the arrow keys move
 * inside it), so a long article does not cost hundreds of Tab presses. Edit opens the fact's
 * fields, and a box for each question's wording, in place below the buttons. Editing a field or
 * saving a question's wording marks the fact "edited" (playable, like approved).
 *
 * Screen readers: each fact is a group named by its heading and described by its reasons, and
 * each button's name says which fact it acts on ("Approve figure: 33 lawmakers").
 */
import type { Fact, Question } from '../core/bank/schema';
import type { I18n, TKey } from '../services/i18n';
import { el, field, isolate, rovingFocus } from './dom';
import { cleanPrompt, factSummary, givesAway, shownAnswer, shownReasons, type ShownReason } from './review';

export interface FactEditorDeps {
  i18n: I18n;
  /** The builder flagged the fact: it shows why, its low confidence at least. */
  flagged: boolean;
  /** The article's language: the bank text shown (sentence, prompts) is marked with it. */
  lang: string;
  onChange: (f: Fact) => void;
  /** Keeps the teacher's wording of one question (already cleaned, never empty). */
  onPrompt: (questionId: string, prompt: string) => void;
}

export interface FactEditor {
  readonly element: HTMLLIElement;
  /** Shows the fact as it now stands (after "Approve all not flagged", say) without calling onChange. */
  setFact(fact: Fact): void;
  /** Lists the questions built from the fact now; redrawn only when they changed, so focus stays put. */
  showQuestions(questions: readonly Question[]): void;
  /** Shows and focuses the first wording box holding text neither saved nor cancelled; false if there is none. */
  focusUnsaved(): boolean;
}

let made = 0;

export function factEditor(fact: Fact, deps: FactEditorDeps): FactEditor {
  const { i18n, lang } = deps;
  const { t } = i18n;
  const base = `fact-${++made}`;
  let current = fact;
  let editing = false;

  const title = el('h4', { id: `${base}-title`, class: 'fact-title' });
  const status = el('p', { class: 'fact-status' });
  const reasons = shownReasons(fact, deps.flagged);
  const reasonText = (r: ShownReason): string =>
    r.kind === 'known' ? t(`teacher.reason.${r.id}`) : r.kind === 'unknown' ? t('teacher.review.unknownReason', { reason: isolate(r.text) }) : t('teacher.review.lowConfidence', { percent: r.percent });
  const why = reasons.length
    ? el('div', { id: `${base}-why`, class: 'reasons' }, el('p', { class: 'reasons-title', text: t('teacher.review.why') }), el('ul', {}, ...reasons.map((r) => el('li', { text: reasonText(r) }))))
    : null;

  const approve = el('button', { type: 'button', class: 'approve', 'aria-pressed': 'false' }, t('teacher.approve'));
  const reject = el('button', { type: 'button', class: 'reject secondary', 'aria-pressed': 'false' }, t('teacher.reject'));
  const edit = el('button', { type: 'button', class: 'edit secondary', 'aria-expanded': 'false', 'aria-controls': `${base}-fields ${base}-questions` }, t('teacher.review.edit'));
  const toolbar = el('div', { role: 'toolbar', class: 'fact-actions', 'aria-label': t('teacher.review.actions') }, approve, reject, edit);
  rovingFocus(toolbar, [approve, reject, edit], i18n.dir);

  const update = (next: Fact, notify = true) => {
    current = next;
    li.className = `fact ${next.review}`;
    const summary = isolate(factSummary(next));
    const name = t(`teacher.review.name_${next.kind}`, { summary });
    title.textContent = t('teacher.review.title', { kind: t(`teacher.kind_${next.kind}`), summary });
    status.textContent = `${t(`teacher.status_${next.review}`)} · ${t('teacher.confidence', { percent: Math.round(next.confidence * 100) })}`;
    approve.setAttribute('aria-pressed', String(next.review === 'approved' || next.review === 'edited'));
    reject.setAttribute('aria-pressed', String(next.review === 'rejected'));
    // The visible word comes first in each name, so voice control users can say what they see.
    approve.setAttribute('aria-label', t('teacher.review.approveName', { fact: name }));
    reject.setAttribute('aria-label', t('teacher.review.rejectName', { fact: name }));
    edit.setAttribute('aria-label', t('teacher.review.editName', { fact: name }));
    if (notify) deps.onChange(next);
  };
  approve.addEventListener('click', () => update({ ...current, review: current.review === 'approved' || current.review === 'edited' ? 'needs_review' : 'approved' }));
  reject.addEventListener('click', () => update({ ...current, review: current.review === 'rejected' ? 'needs_review' : 'rejected' }));

  // The fact's own fields, as before: a change (Enter or leaving the box) applies it.
  const input = (id: string, label: TKey, value: string, apply: (v: string) => Fact | null) => {
    const box = el('input', { type: 'text', value });
    box.value = value;
    box.addEventListener('change', () => {
      const next = apply(box.value.trim());
      if (next) update({ ...next, review: 'edited' });
    });
    return field(`${base}-${id}`, t(label), box);
  };
  const fields: HTMLElement[] = [];
  switch (fact.kind) {
    case 'quote':
      fields.push(input('speaker', 'teacher.speaker', fact.data.speaker, (v) => (v && current.kind === 'quote' ? { ...current, data: { ...current.data, speaker: v } } : null)));
      fields.push(el('p', {}, `${t('teacher.quote')}: `, el('q', { lang, dir: 'auto', text: fact.data.quote })));
      break;
    case 'quantity':
      fields.push(input('value', 'teacher.value', String(fact.data.value), (v) => (Number.isFinite(Number(v.replace(/,/g, ''))) && v && current.kind === 'quantity' ? { ...current, data: { ...current.data, value: Number(v.replace(/,/g, '')) } } : null)));
      fields.push(input('counts', 'teacher.counts', fact.data.counts, (v) => (v && current.kind === 'quantity' ? { ...current, data: { ...current.data, counts: v } } : null)));
      break;
    case 'date': {
      const precision = (v: string) => (v.length === 4 ? 'year' : v.length === 7 ? 'month' : 'day') as 'year' | 'month' | 'day';
      fields.push(input('date', 'teacher.dateValue', fact.data.value, (v) => (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) && current.kind === 'date' ? { ...current, data: { ...current.data, value: v, precision: precision(v) } } : null)));
      fields.push(input('event', 'teacher.event', fact.data.event, (v) => (v && current.kind === 'date' ? { ...current, data: { ...current.data, event: v } } : null)));
      break;
    }
    case 'place':
      fields.push(input('place', 'teacher.placeName', fact.data.name, (v) => (v && current.kind === 'place' ? { ...current, data: { ...current.data, name: v } } : null)));
      break;
  }
  const hint = el('p', { id: `${base}-hint`, class: 'note', text: t('teacher.review.editHint') });
  const fieldBox = el('div', { id: `${base}-fields`, class: 'fact-fields', hidden: '' }, ...fields, hint);

  // The questions made from the fact, each with its wording and right answer.
  const questionsTitle = el('p', { id: `${base}-qs`, class: 'questions-title', text: t('teacher.review.questionsTitle') });
  const questionList = el('ol', { id: `${base}-questions`, class: 'questions', 'aria-labelledby': `${base}-qs` });
  const noQuestions = el('p', { class: 'note', hidden: '' });
  let shown: Question[] = [];
  let shownKey = '';
  const keyOf = (qs: readonly Question[]) => JSON.stringify(qs.map((q) => [q.id, q.type, q.prompt, shownAnswer(q)]));
  /** Each wording box, and whether it holds text neither saved nor cancelled. */
  const drafts = new Map<HTMLTextAreaElement, () => boolean>();
  /** Shows each question's wording as text, or in its box while the fact is being edited. */
  const showMode = () => {
    for (const li of questionList.children) {
      li.querySelector<HTMLElement>('.prompt')!.hidden = editing;
      li.querySelector<HTMLElement>('.prompt-edit')!.hidden = !editing;
    }
  };

  const questionItem = (q: Question, n: number): HTMLLIElement => {
    const id = `${base}-q${n}`;
    let saved = q.prompt;
    const answer = shownAnswer(q);
    const label = el('label', { for: id, class: 'q-label', text: t('teacher.review.promptLabel', { n, type: t(`teacher.review.type_${q.type}`) }) });
    const text = el('p', { class: 'prompt', lang, dir: 'auto', text: q.prompt });
    // Tall enough for the whole prompt where the browser cannot size a box to its text (CSS field-sizing).
    const box = el('textarea', { id, rows: String(Math.min(8, Math.max(2, Math.ceil(q.prompt.length / 36)))), lang, dir: 'auto', spellcheck: 'true', 'aria-describedby': `${id}-msg ${base}-hint` });
    box.value = q.prompt;
    drafts.set(box, () => box.value !== saved);
    const save = el('button', { type: 'button' }, t('teacher.review.savePrompt'));
    const cancel = el('button', { type: 'button', class: 'secondary' }, t('teacher.review.cancelPrompt'));
    const buttons = el('div', { class: 'prompt-buttons', hidden: '' }, save, cancel);
    // Present before anything is said in it, so screen readers announce what it says.
    const msg = el('p', { id: `${id}-msg`, class: 'prompt-msg', 'aria-live': 'polite' });
    const say = (message: string, error = false) => {
      msg.textContent = message;
      msg.classList.toggle('error', error);
      if (error) box.setAttribute('aria-invalid', 'true');
      else box.removeAttribute('aria-invalid');
    };
    const commit = () => {
      const typed = cleanPrompt(box.value);
      box.focus();
      if (!typed.ok) return say(t('teacher.review.promptEmpty'), true);
      box.value = typed.prompt;
      buttons.hidden = true;
      if (typed.prompt === saved) return say('');
      saved = typed.prompt;
      text.textContent = saved;
      // What the list shows now, so the regeneration this save sets off does not redraw it under the caret.
      shown = shown.map((s) => (s.id === q.id ? { ...s, prompt: saved } : s));
      shownKey = keyOf(shown);
      deps.onPrompt(q.id, saved);
      if (current.review !== 'edited') update({ ...current, review: 'edited' });
      const leak = givesAway(q, saved);
      say(leak ? t('teacher.review.promptGivesAway', { answer: isolate(leak) }) : t('teacher.review.promptSaved'));
    };
    const back = () => {
      box.value = saved;
      buttons.hidden = true;
      say('');
      box.focus();
    };
    box.addEventListener('input', () => {
      buttons.hidden = box.value === saved;
      if (box.getAttribute('aria-invalid') && box.value.trim()) say('');
    });
    box.addEventListener('keydown', (e) => {
      // Not while an input method is composing (Korean, Chinese): Enter there picks the characters.
      if (e.key === 'Enter' && !e.isComposing) {
        e.preventDefault();
        commit();
      } else if (e.key === 'Escape' && box.value !== saved) {
        e.preventDefault();
        back();
      }
    });
    save.addEventListener('click', commit);
    cancel.addEventListener('click', back);
    const right = answer.kind === 'truth' ? t(answer.value ? 'teacher.review.true' : 'teacher.review.false') : isolate(answer.text);
    const editor = el('div', { class: 'prompt-edit', hidden: '' }, box, buttons, msg);
    return el('li', { 'data-question': q.id }, label, text, editor, el('p', { class: 'note answer', text: t('teacher.review.answer', { answer: right }) }));
  };

  const showQuestions = (questions: readonly Question[]) => {
    questionList.hidden = questions.length === 0;
    noQuestions.hidden = questions.length > 0;
    // The builder holds back the questions of a fact whose reading is in doubt until a person has looked.
    noQuestions.textContent = t(current.review === 'rejected' ? 'teacher.review.rejectedNoQuestions' : current.review === 'needs_review' ? 'teacher.review.heldBack' : 'teacher.review.noQuestions');
    const key = keyOf(questions);
    if (key === shownKey) return;
    shown = [...questions];
    shownKey = key;
    drafts.clear();
    questionList.replaceChildren(...questions.map((q, i) => questionItem(q, i + 1)));
    showMode();
  };

  const setEditing = (on: boolean) => {
    editing = on;
    edit.setAttribute('aria-expanded', String(on));
    fieldBox.hidden = !on;
    showMode();
  };
  edit.addEventListener('click', () => setEditing(!editing));

  const group = el(
    'div',
    { role: 'group', class: 'fact-body', 'aria-labelledby': `${base}-title`, ...(why ? { 'aria-describedby': `${base}-why` } : {}) },
    title,
    status,
    why,
    el('p', { class: 'sentence', lang, dir: 'auto', text: fact.sentence }),
    toolbar,
    fieldBox,
    questionsTitle,
    questionList,
    noQuestions,
  );
  const li = el('li', { 'data-fact': fact.id }, group);
  update(fact, false);
  return {
    element: li,
    setFact: (f) => update(f, false),
    showQuestions,
    focusUnsaved: () => {
      const box = [...drafts].find(([, dirty]) => dirty())?.[0];
      if (!box) return false;
      setEditing(true);
      box.focus();
      return true;
    },
  };
}
