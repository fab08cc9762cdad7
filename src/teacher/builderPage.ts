/**
 * "Build from article": paste or drop an article, see every fact found marked in the text,
 * approve, edit or reject each, reword its questions, then save the bank on this device or
 * download it. The game plays a saved bank from `?bank=local:<id>`.
 *
 * The facts the builder flagged come first, each saying why; then the rest, each list in article
 * order. The questions are rebuilt from the facts after every change, keeping the teacher's own
 * wording of a question for as long as the builder would still ask it the same way.
 */
import { draftBank, draftQuestions, slugify } from '../builder/draft';
import { checkArticle, type InputProblem } from '../builder/input';
import type { Bank, Fact } from '../core/bank/schema';
import { validateBank } from '../core/bank/validate';
import { playableQuestions } from '../core/bank/playable';
import { formatBankError } from '../core/bank/errors';
import type { LocalPlaces } from '../builder/towns';
import type { Place } from '../core/geo';
import type { I18n } from '../services/i18n';
import type { LocalBankStore } from '../services/localBanks';
import { download } from '../ui/dom/download';
import { el, field } from './dom';
import { factEditor, type FactEditor } from './factEditor';
import { applyPromptEdits, flaggedIds, groupForReview, type PromptEdit } from './review';

export interface BuilderDeps {
  i18n: I18n;
  gazetteer: Place[];
  /** Divisions and towns for local news, fetched on first use; none when it cannot be had. */
  localPlaces: () => Promise<LocalPlaces | undefined>;
  banks: LocalBankStore;
  now: () => Date;
}

const PROBLEM_KEY = { empty: 'teacher.problem_empty', binary: 'teacher.problem_binary', 'too-large': 'teacher.problem_tooLarge', 'not-english': 'teacher.problem_notEnglish' } as const;

export function mountBuilder(root: HTMLElement, deps: BuilderDeps): void {
  const { t } = deps.i18n;
  let bank: Bank | null = null;
  let article = '';
  /** The facts the builder flagged, as found: they stay first while the teacher works through them. */
  let flagged = new Set<string>();
  /** The teacher's wording of questions, by question id. */
  let promptEdits = new Map<string, PromptEdit>();
  let editors = new Map<string, FactEditor>();

  const text = el('textarea', { rows: '12' });
  const file = el('input', { type: 'file', accept: '.txt,.html,.htm,text/plain,text/html' });
  const title = el('input', { type: 'text' });
  const outlet = el('input', { type: 'text' });
  const date = el('input', { type: 'text', inputmode: 'numeric', placeholder: 'YYYY-MM-DD' });
  const url = el('input', { type: 'url' });
  const status = el('p', { class: 'status', role: 'status' });
  const review = el('section', { hidden: '' });
  // A named region: a plain div cannot carry a name (ARIA prohibits aria-label on it), and the
  // marked article is somewhere a screen-reader user goes to, and scrolls by keyboard.
  const articleView = el('div', { class: 'article', role: 'region', tabindex: '0', 'aria-label': t('teacher.highlighted') });
  const flaggedTitle = el('h3', { id: 'facts-flagged' });
  const flaggedList = el('ol', { class: 'facts', 'aria-labelledby': 'facts-flagged' });
  const flaggedPart = el('div', { class: 'fact-group' }, flaggedTitle, el('p', { class: 'note', text: t('teacher.review.flaggedIntro') }), flaggedList);
  const restTitle = el('h3', { id: 'facts-rest' });
  const restList = el('ol', { class: 'facts', 'aria-labelledby': 'facts-rest' });
  const restPart = el('div', { class: 'fact-group' }, restTitle, restList);
  const qStatus = el('p', { role: 'status' });
  const playLink = el('a', { href: '#', hidden: '' }, t('teacher.play'));

  const say = (msg: string, error = false) => {
    status.textContent = msg;
    status.classList.toggle('error', error);
  };

  const readFile = async (f: File) => {
    text.value = await f.text();
    if (!title.value) title.value = f.name.replace(/\.(txt|html?)$/i, '');
  };
  file.addEventListener('change', () => void (file.files?.[0] && readFile(file.files[0])));
  text.addEventListener('dragover', (e) => {
    e.preventDefault();
    text.classList.add('dragging');
  });
  text.addEventListener('dragleave', () => text.classList.remove('dragging'));
  text.addEventListener('drop', (e) => {
    e.preventDefault();
    text.classList.remove('dragging');
    const f = e.dataTransfer?.files[0];
    if (f) void readFile(f);
  });

  const extract = async () => {
    const checked = checkArticle(text.value);
    if (!checked.ok) return say(t(PROBLEM_KEY[(checked.problem as InputProblem).code]), true);
    if (date.value && !/^\d{4}-\d{2}-\d{2}$/.test(date.value)) return say(t('teacher.badDate'), true);
    say(t('teacher.working'));
    const local = await deps.localPlaces();
    article = checked.value.text;
    const headline = title.value.trim() || article.split('\n')[0]!.slice(0, 100);
    const result = draftBank(article, { id: slugify(headline), title: headline, outlet: outlet.value.trim() || null, published: date.value || null, url: url.value.trim() || null }, deps.gazetteer, local);
    if (!result.ok) return say(result.reason === 'no-facts' ? t('teacher.noFacts') : result.errors.map(formatBankError).join('\n'), true);
    bank = result.bank;
    flagged = flaggedIds(bank.facts);
    promptEdits = new Map();
    const s = result.summary;
    const notes = checked.value.notes.includes('html-stripped') ? `${t('teacher.htmlStripped')} ` : '';
    say(notes + t('teacher.found', { quotes: s.facts.quote, figures: s.facts.quantity, dates: s.facts.date, places: s.facts.place, review: s.needsReview }));
    review.hidden = false;
    render();
  };

  /** Rebuild the questions from the facts as they now stand (edits included, rejects left out). */
  const regenerate = (): boolean => {
    if (!bank) return false;
    const kept = bank.facts.filter((f) => f.review !== 'rejected');
    const built = applyPromptEdits(draftQuestions(kept, deps.gazetteer, { text: article, published: bank.article.published }), promptEdits);
    const checked = validateBank({ ...bank, questions: built.questions }, `${bank.id}/bank.json`);
    if (!checked.ok) {
      qStatus.textContent = t('teacher.invalidEdit', { first: formatBankError(checked.errors[0]!) });
      return false;
    }
    bank = checked.bank;
    // A wording whose question the builder now asks differently no longer fits it: let it go, and say so.
    for (const id of built.setAside) promptEdits.delete(id);
    for (const [id, editor] of editors) editor.showQuestions(bank.questions.filter((q) => q.factId === id));
    const approved = bank.facts.filter((f) => f.review === 'approved' || f.review === 'edited').length;
    const setAside = built.setAside.length ? ` ${t('teacher.review.setAside', { count: built.setAside.length })}` : '';
    qStatus.textContent = (approved === 0 ? t('teacher.noneApproved') : t('teacher.questions', { questions: playableQuestions(bank).length, facts: approved })) + setAside;
    return approved > 0;
  };

  /** The list headings: how many flagged facts are still to check, how many were not flagged. */
  const countFacts = () => {
    if (!bank) return;
    const toCheck = bank.facts.filter((f) => flagged.has(f.id) && f.review === 'needs_review').length;
    flaggedTitle.textContent = toCheck > 0 ? t('teacher.review.toCheck', { count: toCheck }) : t('teacher.review.allChecked');
    restTitle.textContent = t('teacher.review.notFlagged', { count: bank.facts.length - flagged.size });
    flaggedPart.hidden = flagged.size === 0;
    restPart.hidden = flagged.size === bank.facts.length;
  };

  const onChange = (updated: Fact) => {
    if (!bank) return;
    bank = { ...bank, facts: bank.facts.map((f) => (f.id === updated.id ? updated : f)) };
    renderArticle();
    countFacts();
    regenerate();
  };

  /** The teacher's wording of a question: the bank holds it at once, and every rebuild keeps it. */
  const onPrompt = (questionId: string, prompt: string) => {
    if (!bank) return;
    const question = bank.questions.find((q) => q.id === questionId);
    if (!question) return;
    const from = promptEdits.get(questionId)?.from ?? question.prompt;
    if (prompt === from) promptEdits.delete(questionId);
    else promptEdits.set(questionId, { from, to: prompt });
    bank = { ...bank, questions: bank.questions.map((q) => (q.id === questionId ? { ...q, prompt } : q)) };
  };

  /** A question's new wording still in its box, neither saved nor cancelled: say so and go there. */
  const unsavedWording = (): boolean => {
    for (const editor of editors.values()) {
      if (editor.focusUnsaved()) {
        qStatus.textContent = t('teacher.review.unsaved');
        return true;
      }
    }
    return false;
  };

  const renderArticle = () => {
    if (!bank) return;
    articleView.replaceChildren();
    // Each fact's sentence marked once, in article order; overlapping sentences are marked once.
    const spans = [...bank.facts].sort((a, b) => a.span.start - b.span.start);
    let at = 0;
    for (const f of spans) {
      if (f.span.start < at) continue;
      articleView.append(article.slice(at, f.span.start));
      // What was found here is written out, not left to the colour (or to a tooltip only a mouse
      // could reach): every kind found in the sentence, as a tag a screen reader reads with it.
      const found = [...new Set(spans.filter((g) => g.span.start >= f.span.start && g.span.start < f.span.end).map((g) => t(`teacher.kind_${g.kind}`)))];
      articleView.append(el('mark', { class: `${f.kind} ${f.review}` }, el('span', { class: 'kind-tag', text: found.join(' · ') }), ' ', article.slice(f.span.start, f.span.end)));
      at = f.span.end;
    }
    articleView.append(article.slice(at));
  };

  const render = () => {
    if (!bank) return;
    renderArticle();
    const groups = groupForReview(bank.facts, flagged);
    const lang = bank.article.language;
    editors = new Map(bank.facts.map((f) => [f.id, factEditor(f, { i18n: deps.i18n, flagged: flagged.has(f.id), lang, onChange, onPrompt })]));
    flaggedList.replaceChildren(...groups.flagged.map((f) => editors.get(f.id)!.element));
    restList.replaceChildren(...groups.rest.map((f) => editors.get(f.id)!.element));
    countFacts();
    regenerate();
  };

  // In place: what is open, typed or focused in the list stays as it is.
  const approveAll = () => {
    if (!bank) return;
    bank = { ...bank, facts: bank.facts.map((f) => (f.review === 'auto' ? { ...f, review: 'approved' } : f)) };
    for (const f of bank.facts) editors.get(f.id)?.setFact(f);
    renderArticle();
    countFacts();
    regenerate();
  };

  const save = () => {
    if (!bank || unsavedWording() || !regenerate()) return;
    const ok = deps.banks.save(bank, article, deps.now().toISOString());
    qStatus.textContent = ok ? t('teacher.saved') : t('teacher.notSaved');
    playLink.href = `./?bank=local:${encodeURIComponent(bank.id)}`;
    playLink.hidden = !ok;
  };

  const button = (label: string, onClick: () => void, cls = '') => {
    const b = el('button', { type: 'button', class: cls }, label);
    b.addEventListener('click', onClick);
    return b;
  };

  root.replaceChildren(
    el('h1', { text: t('teacher.title') }),
    el('p', { text: t('teacher.intro') }),
    field('article-text', t('teacher.article'), text),
    field('article-file', t('teacher.file'), file),
    el('div', { class: 'meta' }, field('article-title', t('teacher.articleTitle'), title), field('article-outlet', t('teacher.outlet'), outlet), field('article-date', t('teacher.date'), date), field('article-url', t('teacher.url'), url)),
    button(t('teacher.extract'), () => void extract()),
    status,
    review,
  );
  review.append(
    el('h2', { text: t('teacher.highlighted') }),
    articleView,
    el('h2', { text: t('teacher.facts') }),
    button(t('teacher.approveAll'), approveAll, 'secondary'),
    flaggedPart,
    restPart,
    el(
      'div',
      { class: 'actions' },
      button(t('teacher.regenerate'), () => void regenerate(), 'secondary'),
      button(t('teacher.save'), save),
      button(t('teacher.download'), () => bank && !unsavedWording() && regenerate() && download(`${bank.id}.json`, `${JSON.stringify(bank, null, 2)}\n`, 'application/json'), 'secondary'),
      button(t('teacher.downloadArticle'), () => bank && download(`${bank.id}.txt`, article, 'text/plain'), 'secondary'),
      qStatus,
      playLink,
    ),
  );
}
