/**
 * The link for the students, as text to copy and as a QR code to show the class. When the bank
 * is too large to travel inside the link, the teacher may name a copy of its file on the game's
 * own site; the link then carries `&bankfile=` and the game opens the file itself.
 */
import { sameSiteUrl } from '../../services/openedBanks';
import type { I18n } from '../../services/i18n';
import { qrSvg } from '../../ui/dom/qr';
import { el, field } from '../dom';
import { setStatus } from './shown';

export interface LinkOutput {
  element: HTMLElement;
  /** `byFile`: the link names a bank the students need as a file. */
  show(code: string, byFile: boolean): void;
}

/** `say` reports on the status line above, where the teacher just made the link. */
export function linkOutput(i18n: I18n, gameUrl: string, say: (message: string) => void): LinkOutput {
  const { t } = i18n;
  const link = el('input', { type: 'text', readonly: '' });
  const qr = el('div', { class: 'qr-box' });
  const copy = el('button', { type: 'button', class: 'secondary' }, t('teacher.copyLink'));
  copy.addEventListener('click', () => void navigator.clipboard?.writeText(link.value).then(() => say(t('teacher.copied'))));
  const fileInput = el('input', { type: 'text', placeholder: 'banks/my-bank.json', spellcheck: 'false', 'aria-describedby': 'assign-bankfile-note' });
  const fileNote = el('p', { id: 'assign-bankfile-note', class: 'note', text: t('teacher.bankFileOnSiteNote') });
  const fileStatus = el('p', { class: 'status', role: 'status' });
  const fileField = el('div', { hidden: '' }, field('assign-bankfile', t('teacher.bankFileOnSite'), fileInput), fileNote, fileStatus);
  const element = el('div', { hidden: '' }, field('assign-link', t('teacher.link'), link), fileField, qr, copy);
  let base = '';

  /** The link with the file's address when it is on this site; a message when it is not. */
  const render = () => {
    const raw = fileField.hidden ? '' : fileInput.value.trim();
    const onSite = raw === '' ? null : sameSiteUrl(raw, gameUrl);
    setStatus(fileStatus, raw !== '' && onSite === null ? t('teacher.bankFileElsewhere') : '', raw !== '' && onSite === null);
    // The address as the teacher wrote it (a path stays a path), so the link works wherever the site moves.
    link.value = onSite === null ? base : `${base}&bankfile=${encodeURIComponent(raw)}`;
    qr.replaceChildren(qrSvg(link.value, t('teacher.linkQr')));
  };
  fileInput.addEventListener('input', render);

  return {
    element,
    show(code, byFile) {
      base = `${gameUrl}?assign=${code}`;
      fileField.hidden = !byFile;
      render();
      element.hidden = false;
    },
  };
}
