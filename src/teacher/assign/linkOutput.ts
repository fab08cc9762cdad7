/** The link for the students, as text to copy and as a QR code to show the class. */
import type { I18n } from '../../services/i18n';
import { qrSvg } from '../../ui/dom/qr';
import { el, field } from '../dom';

export interface LinkOutput {
  element: HTMLElement;
  show(code: string): void;
}

/** `say` reports on the status line above, where the teacher just made the link. */
export function linkOutput(i18n: I18n, gameUrl: string, say: (message: string) => void): LinkOutput {
  const { t } = i18n;
  const link = el('input', { type: 'text', readonly: '' });
  const qr = el('div', { class: 'qr-box' });
  const copy = el('button', { type: 'button', class: 'secondary' }, t('teacher.copyLink'));
  copy.addEventListener('click', () => void navigator.clipboard?.writeText(link.value).then(() => say(t('teacher.copied'))));
  const element = el('div', { hidden: '' }, field('assign-link', t('teacher.link'), link), qr, copy);
  return {
    element,
    show(code) {
      link.value = `${gameUrl}?assign=${code}`;
      qr.replaceChildren(qrSvg(link.value, t('teacher.linkQr')));
      element.hidden = false;
    },
  };
}
