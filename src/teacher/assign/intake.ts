/**
 * Students' results coming in: result codes pasted, result files chosen or dropped on the paste
 * box, pictures of result QR codes. Reading them is core/codes/resultIntake; this says what came
 * of it and keeps the new ones.
 */
import { takeResults, type IntakeProblem } from '../../core/codes/resultIntake';
import type { I18n } from '../../services/i18n';
import { el, field } from '../dom';
import { scanQr } from './scanQr';
import { setStatus, type AssignDeps, type Shown } from './shown';

export interface ResultIntake {
  /** The paste box, the two file choosers and the Add button, in page order. */
  inputs: HTMLElement[];
  /** The line that says how the last intake (or opening saved results) went. */
  status: HTMLElement;
}

const problemText = (i18n: I18n, p: IntakeProblem) => (p.code === 'damaged' ? i18n.t('teacher.refusedBad', { n: p.n }) : i18n.t('teacher.refusedOther', { n: p.n }));

/** `refresh` draws the tables and the saved list again once results were kept. */
export function resultIntake(deps: AssignDeps, shown: () => Shown | null, refresh: () => void): ResultIntake {
  const { t } = deps.i18n;
  const paste = el('textarea', { rows: '4' });
  const status = el('p', { class: 'status', role: 'status', id: 'results-status' });
  const addButton = el('button', { type: 'button' }, t('teacher.addResults'));

  const addCodes = (text: string) => {
    const current = shown();
    if (!current) return;
    const intake = takeResults(text, current.id, deps.results.list(current.id));
    const kept = deps.results.add(current.id, intake.fresh, { code: current.code, title: current.assignment.title });
    const problems = intake.problems.map((p) => problemText(deps.i18n, p));
    const said = [t('teacher.added', { added: kept.added, merged: intake.merged + kept.merged }), ...(kept.saved ? [] : [t('teacher.savedResults.notSaved')]), ...problems];
    setStatus(status, said.join(' '), problems.length > 0 || !kept.saved);
    refresh();
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
  paste.addEventListener('dragover', (e) => e.preventDefault());
  paste.addEventListener('drop', (e) => {
    e.preventDefault();
    void readFiles(e.dataTransfer?.files);
  });

  // Pictures of the students' QR codes: each is decoded on this device, never uploaded.
  const pictures = el('input', { type: 'file', multiple: '', accept: 'image/*' });
  const scanPictures = async (list: File[]) => {
    const found: string[] = [];
    const missing: string[] = [];
    for (const [i, f] of list.entries()) {
      const code = await scanQr(f);
      if (code) found.push(code);
      else missing.push(t('teacher.noQr', { n: i + 1 }));
    }
    addCodes(found.join('\n'));
    if (missing.length) status.textContent = `${status.textContent ?? ''} ${missing.join(' ')}`;
  };
  pictures.addEventListener('change', () => void scanPictures([...(pictures.files ?? [])]));

  return {
    inputs: [field('assign-paste', t('teacher.paste'), paste), field('assign-files', t('teacher.resultFiles'), files), field('assign-pictures', t('teacher.scan'), pictures), addButton],
    status,
  };
}
