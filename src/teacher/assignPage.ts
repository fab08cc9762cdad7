/**
 * "Assign a round": choose a bank and its questions, lock the settings, get a link; then paste
 * the students' result codes back for the class table. Everything travels in links and codes:
 * no server, no accounts.
 */
import { assignmentId, decodeAssignment, encodeAssignment, fitsInLink, foldName, MAX_LINK_CODE, pruneBank, type Assignment } from '../core/codes/assignment';
import { decodeResult, type StudentResult } from '../core/codes/result';
import type { Bank } from '../core/bank/schema';
import { playableQuestions } from '../core/bank/playable';
import { createRng, shuffle } from '../core/rng';
import { MODES, type Mode } from '../core/settings';
import type { ClassResultStore, RemovedResults } from '../services/classResults';
import type { I18n } from '../services/i18n';
import { LANGUAGE_NAMES, SUPPORTED_LANGUAGES } from '../services/languages';
import type { LocalBankStore } from '../services/localBanks';
import { qrSvg } from '../ui/qr';
import { download } from '../ui/download';
import { bankChoice, loadChosenBank } from './bankChoice';
import { classCsv, questionRows, studentRows } from './classTable';
import { el, field, isolate } from './dom';
import { askFirst, UndoBar } from './undo';

export interface AssignDeps {
  i18n: I18n;
  banks: LocalBankStore;
  results: ClassResultStore;
  gameUrl: string;
}

/** "Ana = 2" lines -> { ana: 2 }; the line number of the first bad line otherwise. */
export function parseExtraTime(text: string): { ok: true; value: Record<string, number> } | { ok: false; line: number } {
  const value: Record<string, number> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const m = /^(.+?)\s*[=:]\s*×?\s*(\d+(?:[.,]\d+)?)\s*×?$/.exec(line);
    const n = m ? Number(m[2]!.replace(',', '.')) : NaN;
    if (!m || !(n >= 1 && n <= 10)) return { ok: false, line: i + 1 };
    value[foldName(m[1]!)] = n;
  }
  return { ok: true, value };
}

async function scanQr(file: File): Promise<string | null> {
  try {
    const bitmap = await createImageBitmap(file);
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.drawImage(bitmap, 0, 0);
    const { default: jsQR } = await import('jsqr');
    return jsQR(ctx.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height)?.data ?? null;
  } catch {
    return null;
  }
}

export function mountAssign(root: HTMLElement, deps: AssignDeps): void {
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
  // Pick by hand: every playable question with a checkbox; none ticked means "N at random".
  const picker = el('fieldset', { class: 'picker' }, el('legend', { text: t('teacher.pick') }));
  const fillPicker = async () => {
    const bank = await loadChosenBank(bankSelect.value, deps.banks);
    picker.replaceChildren(el('legend', { text: t('teacher.pick') }));
    for (const q of bank ? playableQuestions(bank) : []) {
      const box = el('input', { type: 'checkbox', value: q.id, id: `pick-${q.id}` });
      picker.append(el('div', {}, box, el('label', { for: `pick-${q.id}`, class: 'inline', text: q.prompt })));
    }
  };
  bankSelect.addEventListener('change', () => void fillPicker());
  void fillPicker();
  const link = el('input', { type: 'text', readonly: '' });
  const linkQr = el('div', { class: 'qr-box' });
  const linkBox = el('div', { hidden: '' }, field('assign-link', t('teacher.link'), link), linkQr);
  let current: { code: string; id: string; assignment: Assignment; bank: Bank } | null = null;

  const say = (msg: string, error = false) => {
    status.textContent = msg;
    status.classList.toggle('error', error);
  };

  const make = async () => {
    const bank = await loadChosenBank(bankSelect.value, deps.banks);
    if (!bank) return say(t('teacher.noQuestions'), true);
    const extraTime = parseExtraTime(extra.value);
    if (!extraTime.ok) return say(t('teacher.badExtra', { line: extraTime.line }), true);
    if (due.value && !/^\d{4}-\d{2}-\d{2}$/.test(due.value)) return say(t('teacher.badDate'), true);
    const seed = createRng(`${bank.id}|${title.value}|${Date.now()}`).next().toString(36).slice(2, 10);
    const pool = playableQuestions(bank).map((q) => q.id);
    const n = Math.max(1, Math.min(pool.length, Number(count.value) || 10));
    const picked = [...picker.querySelectorAll<HTMLInputElement>('input:checked')].map((b) => b.value).filter((id) => pool.includes(id));
    const questionIds = picked.length > 0 ? picked : shuffle(pool, createRng(seed)).slice(0, n);
    if (questionIds.length === 0) return say(t('teacher.noQuestions'), true);
    const local = bankSelect.value.startsWith('local:');
    const assignment: Assignment = {
      title: title.value.trim() || bank.title,
      bankId: local ? null : bank.id,
      // Only what the chosen questions need travels in the link.
      bank: local ? pruneBank(bank, questionIds, lang.value ? [lang.value] : []) : null,
      questionIds,
      seed,
      mode: mode.value as Mode,
      timeLimitS: time.value ? Math.max(5, Math.min(600, Number(time.value))) : null,
      extraTime: extraTime.value,
      lang: lang.value || null,
      due: due.value || null,
    };
    if (!fitsInLink(assignment)) return say(t('teacher.tooLarge', { size: `> ${MAX_LINK_CODE}` }), true);
    const code = encodeAssignment(assignment);
    current = { code, id: assignmentId(code), assignment, bank };
    link.value = `${deps.gameUrl}?assign=${code}`;
    linkQr.replaceChildren(qrSvg(link.value, t('teacher.linkQr')));
    linkBox.hidden = false;
    say(t('teacher.linkReady', { count: questionIds.length, size: code.length }));
    renderResults();
  };

  const copy = el('button', { type: 'button', class: 'secondary' }, t('teacher.copyLink'));
  copy.addEventListener('click', () => void navigator.clipboard?.writeText(link.value).then(() => say(t('teacher.copied'))));
  linkBox.append(copy);
  const makeButton = el('button', { type: 'button' }, t('teacher.makeLink'));
  makeButton.addEventListener('click', () => void make());

  // Results: paste codes, see the class.
  const paste = el('textarea', { rows: '4' });
  const resultStatus = el('p', { class: 'status', role: 'status', id: 'results-status' });
  const studentsTable = el('table', { tabindex: '-1' });
  const questionsTable = el('table');
  const addButton = el('button', { type: 'button' }, t('teacher.addResults'));
  const csvButton = el('button', { type: 'button', class: 'secondary' }, t('teacher.exportCsv'));

  const undo = new UndoBar(deps.i18n);
  const savedHeading = el('h3', { id: 'saved-results-title', tabindex: '-1', text: t('teacher.savedResults.title') });
  const savedList = el('ul', { class: 'saved-list', 'aria-labelledby': 'saved-results-title' });
  const savedEmpty = el('p', { class: 'note', text: t('teacher.savedResults.empty') });
  // Buttons that delete carry a `data-key`, so focus can go back to the one the teacher used.
  const resultKey = (assignment: string, r: { name: string; attempt: number }) => `result|${assignment}|${r.name.trim().toLowerCase()}|${r.attempt}`;
  const assignmentKey = (assignment: string) => `assignment|${assignment}`;
  const byKey = (key: string) => [...root.querySelectorAll<HTMLElement>('[data-key]')].find((b) => b.dataset.key === key);

  const restore = (removed: RemovedResults, message: string) => {
    const saved = deps.results.restore(removed);
    renderResults();
    renderSaved();
    // The restored row may belong to an assignment not on screen; the list is the next best place.
    const target = byKey(removed.kind === 'result' ? resultKey(removed.assignmentId, removed.result) : assignmentKey(removed.assignmentId));
    (target ?? savedHeading).focus();
    undo.say(saved ? message : `${message} ${t('teacher.delete.undoNotSaved')}`, !saved);
  };

  const deleteResult = (assignment: string, who: { name: string; attempt: number }) => {
    const done = deps.results.removeResult(assignment, who);
    renderResults();
    renderSaved();
    if (!done) return studentsTable.focus();
    const names = { name: isolate(done.removed.result.name), attempt: done.removed.result.attempt };
    const message = t('teacher.delete.doneResult', names);
    undo.offer(done.saved ? message : `${message} ${t('teacher.delete.notSaved')}`, () => restore(done.removed, t('teacher.delete.restoredResult', names)), !done.saved);
  };

  const deleteAll = (assignment: string, title: string) => {
    const done = deps.results.removeAssignment(assignment);
    renderResults();
    renderSaved();
    if (!done) return savedHeading.focus();
    const message = t('teacher.delete.doneAll', { name: isolate(title) });
    undo.offer(done.saved ? message : `${message} ${t('teacher.delete.notSaved')}`, () => restore(done.removed, t('teacher.delete.restoredAll', { name: isolate(title) })), !done.saved);
  };

  /** Shows an assignment's results again from its code, and its link for the students. */
  const open = async (code: string): Promise<boolean> => {
    const d = decodeAssignment(code);
    if (!d.ok) return false;
    const bank = (await loadChosenBank(d.assignment.bankId ?? '', deps.banks)) ?? d.assignment.bank;
    if (!bank) return false;
    current = { code, id: d.id, assignment: d.assignment, bank };
    link.value = `${deps.gameUrl}?assign=${code}`;
    linkQr.replaceChildren(qrSvg(link.value, t('teacher.linkQr')));
    linkBox.hidden = false;
    renderResults();
    renderSaved();
    return true;
  };

  const renderSaved = () => {
    const all = deps.results.assignments();
    savedList.replaceChildren(
      ...all.map((a) => {
        const show = el('button', { type: 'button', class: 'secondary', 'aria-label': t('teacher.savedResults.showName', { name: isolate(a.title) }) }, t('teacher.savedResults.show'));
        const del = el('button', { type: 'button', class: 'secondary', 'aria-label': t('teacher.savedResults.deleteAllName', { name: isolate(a.title) }), 'data-key': assignmentKey(a.id) }, t('teacher.savedResults.deleteAll'));
        const actions = el('div', { class: 'item-actions' }, show, del);
        show.addEventListener('click', () => {
          void open(a.code).then((ok) => {
            resultStatus.classList.toggle('error', !ok);
            resultStatus.textContent = ok ? t('teacher.savedResults.showing', { name: isolate(a.title) }) : t('teacher.savedResults.cannotOpen', { name: isolate(a.title) });
            if (ok) studentsTable.focus();
          });
        });
        del.addEventListener('click', () => askFirst(actions, del, deps.i18n, t('teacher.delete.confirmAll', { count: a.results, name: isolate(a.title) }), () => deleteAll(a.id, a.title)));
        const item = el('li', {}, el('div', { class: 'item-info' }, el('strong', {}, el('bdi', { text: a.title })), el('span', { class: 'note', text: t('teacher.savedResults.count', { count: a.results }) })), actions);
        if (current?.id === a.id) item.setAttribute('aria-current', 'true');
        return item;
      }),
    );
    savedList.hidden = all.length === 0;
    savedEmpty.hidden = all.length > 0;
  };

  let sortBy = 2;
  let ascending = false;
  const renderResults = () => {
    if (!current) return;
    const shown = current;
    const results = deps.results.list(current.id);
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
            renderResults();
          });
          return el('th', { scope: 'col', 'aria-sort': sortBy === i ? (ascending ? 'ascending' : 'descending') : 'none' }, b);
        }),
      );
    const keyOf = (r: ReturnType<typeof studentRows>[number]): string | number => [r.name.toLowerCase(), r.attempt, r.points, r.asked ? r.correct / r.asked : 0, r.seconds][sortBy]!;
    const sorted = studentRows(results).sort((a, b) => {
      const x = keyOf(a);
      const y = keyOf(b);
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return ascending ? c : -c;
    });
    const row = (cells: (string | number)[]) => el('tr', {}, ...cells.map((c) => el('td', { text: String(c) })));
    const studentRow = (r: (typeof sorted)[number]) => {
      const tr = row([r.name, r.attempt, deps.i18n.number(r.points), `${r.correct}/${r.asked}`, `${deps.i18n.number(r.seconds)} s`]);
      const names = { name: isolate(r.name), attempt: r.attempt };
      const del = el('button', { type: 'button', class: 'secondary', 'aria-label': t('teacher.delete.deleteResultName', names), 'data-key': resultKey(shown.id, r) }, t('teacher.delete.button'));
      const cell = el('td', {}, del);
      del.addEventListener('click', () => askFirst(cell, del, deps.i18n, t('teacher.delete.confirmResult', names), () => deleteResult(shown.id, r)));
      tr.append(cell);
      return tr;
    };
    const headRow = head([t('teacher.student'), t('teacher.attempt'), t('teacher.points'), t('teacher.accuracy'), t('teacher.timeTaken')], true);
    headRow.append(el('th', { scope: 'col', text: t('teacher.delete.column') }));
    studentsTable.replaceChildren(el('caption', { text: t('teacher.resultsTitle') }), headRow, ...sorted.map(studentRow));
    questionsTable.replaceChildren(
      head([t('teacher.question'), t('teacher.shareRight'), t('teacher.commonWrong')]),
      ...questionRows(current.bank, current.assignment.questionIds, results).map((q) => row([q.prompt, `${Math.round(q.shareRight * 100)}%`, q.commonWrong ?? '—'])),
    );
  };

  const addCodes = (text: string) => {
    if (!current) return;
    const codes = text.split(/\s+/).filter((s) => s.length > 8);
    const good: StudentResult[] = [];
    const problems: string[] = [];
    codes.forEach((code, i) => {
      const r = decodeResult(code);
      if (!r.ok) problems.push(t('teacher.refusedBad', { n: i + 1 }));
      else if (r.result.assignmentId !== current!.id) problems.push(t('teacher.refusedOther', { n: i + 1 }));
      else good.push(r.result);
    });
    const { added, merged, saved } = deps.results.add(current.id, good, { code: current.code, title: current.assignment.title });
    resultStatus.textContent = [t('teacher.added', { added, merged }), ...(saved ? [] : [t('teacher.savedResults.notSaved')]), ...problems].join(' ');
    resultStatus.classList.toggle('error', problems.length > 0 || !saved);
    renderResults();
    renderSaved();
  };
  addButton.addEventListener('click', () => addCodes(paste.value));
  // Result files the students downloaded: choose them, or drop them on the paste box.
  const files = el('input', { type: 'file', multiple: '', accept: '.txt,text/plain' });
  const readFiles = async (list: FileList | null | undefined) => {
    if (!list?.length) return;
    const texts = await Promise.all([...list].map((f) => f.text()));
    addCodes(texts.join('\n'));
  };
  files.addEventListener('change', () => void readFiles(files.files));
  // Pictures of the students' QR codes: each is decoded on this device, never uploaded.
  const pictures = el('input', { type: 'file', multiple: '', accept: 'image/*' });
  pictures.addEventListener('change', () => {
    void (async () => {
      const found: string[] = [];
      const missing: string[] = [];
      for (const [i, f] of [...(pictures.files ?? [])].entries()) {
        const code = await scanQr(f);
        if (code) found.push(code);
        else missing.push(t('teacher.noQr', { n: i + 1 }));
      }
      addCodes(found.join('\n'));
      if (missing.length) resultStatus.textContent = `${resultStatus.textContent ?? ''} ${missing.join(' ')}`;
    })();
  });
  paste.addEventListener('dragover', (e) => e.preventDefault());
  paste.addEventListener('drop', (e) => {
    e.preventDefault();
    void readFiles(e.dataTransfer?.files);
  });
  csvButton.addEventListener('click', () => {
    if (!current) return;
    const csv = classCsv([t('teacher.student'), t('teacher.attempt'), t('teacher.points'), t('teacher.accuracy'), t('teacher.timeTaken')], studentRows(deps.results.list(current.id)));
    download(`${current.assignment.title}.csv`, csv, 'text/csv');
  });

  // An assignment link pasted back in (the teacher's own) reopens its results.
  const reopen = new URLSearchParams(window.location.search).get('assign');
  if (reopen) {
    void open(reopen).then((ok) => {
      // Results gathered before the list existed join it once their link is opened again.
      if (ok && current) deps.results.remember(current.id, { code: current.code, title: current.assignment.title });
      renderSaved();
    });
  }
  renderSaved();

  root.append(
    el('h2', { text: t('teacher.assignTitle') }),
    el('p', { text: t('teacher.assignIntro') }),
    el('div', {}, el('label', { for: 'assign-bank', text: t('teacher.bank') }), bankSelect),
    el('div', { class: 'meta' }, field('assign-title', t('teacher.assignName'), title), field('assign-count', t('teacher.count'), count), field('assign-time', t('teacher.time'), time), field('assign-due', t('teacher.due'), due)),
    el('div', { class: 'meta' }, el('div', {}, el('label', { for: 'assign-mode', text: t('teacher.mode') }), mode), el('div', {}, el('label', { for: 'assign-lang', text: t('teacher.lang') }), lang)),
    picker,
    field('assign-extra', t('teacher.extra'), extra),
    makeButton,
    status,
    linkBox,
    el('h2', { text: t('teacher.resultsTitle') }),
    el('p', { class: 'note', text: t('teacher.integrity') }),
    savedHeading,
    savedEmpty,
    savedList,
    field('assign-paste', t('teacher.paste'), paste),
    field('assign-files', t('teacher.resultFiles'), files),
    field('assign-pictures', t('teacher.scan'), pictures),
    addButton,
    csvButton,
    resultStatus,
    undo.element,
    el('div', { class: 'table-scroll' }, studentsTable),
    questionsTable,
  );
}
