/**
 * "Banks on this device": every bank the builder or an import saved in this browser, with a
 * link to play it and a way to delete it (asked first, undoable for a while).
 */
import type { I18n } from '../services/i18n';
import type { LocalBankStore, RemovedBank } from '../services/localBanks';
import { LOCAL_PREFIX } from '../services/localBankKeys';
import { el, isolate } from './dom';
import { askFirst, UndoBar } from './undo';

export interface SavedBanksDeps {
  i18n: I18n;
  banks: LocalBankStore;
}

/** When a bank was saved, with the time: two banks saved the same day are told apart. */
const SAVED_ON: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

export function mountSavedBanks(root: HTMLElement, deps: SavedBanksDeps): void {
  const { i18n, banks } = deps;
  const { t } = i18n;
  const heading = el('h2', { id: 'saved-banks-title', tabindex: '-1', text: t('teacher.savedBanks.title') });
  const list = el('ul', { class: 'saved-list', 'aria-labelledby': 'saved-banks-title' });
  const empty = el('p', { class: 'note', text: t('teacher.savedBanks.empty') });
  const undo = new UndoBar(i18n);
  /** The bank whose Delete button should have focus after the next render. */
  let focusId: string | null = null;

  const savedOn = (iso: string): string | null => {
    const d = new Date(iso);
    return iso && !Number.isNaN(d.getTime()) ? t('teacher.savedBanks.savedOn', { date: i18n.date(d, SAVED_ON) }) : null;
  };

  const remove = (id: string, title: string) => {
    const done = banks.remove(id);
    if (!done) return render();
    const message = t('teacher.delete.done', { name: isolate(title) });
    undo.offer(done.saved ? message : `${message} ${t('teacher.delete.notSaved')}`, () => restore(done.removed), !done.saved);
  };

  const restore = (removed: RemovedBank) => {
    const title = removed.entry.bank.title;
    const outcome = banks.restore(removed);
    if (outcome === 'taken') {
      undo.say(t('teacher.delete.taken', { name: isolate(title) }), true);
      heading.focus();
      return;
    }
    focusId = removed.id;
    render();
    const message = t('teacher.delete.restored', { name: isolate(title) });
    undo.say(outcome === 'saved' ? message : `${message} ${t('teacher.delete.undoNotSaved')}`, outcome !== 'saved');
  };

  const item = (b: ReturnType<LocalBankStore['list']>[number]) => {
    const del = el('button', { type: 'button', class: 'secondary', 'aria-label': t('teacher.savedBanks.deleteName', { name: isolate(b.title) }), 'data-bank': b.id }, t('teacher.delete.button'));
    const play = el('a', { href: `index.html?bank=${LOCAL_PREFIX}${encodeURIComponent(b.id)}`, class: 'button-link', 'aria-label': t('teacher.savedBanks.playName', { name: isolate(b.title) }) }, t('teacher.savedBanks.play'));
    const actions = el('div', { class: 'item-actions' }, play, del);
    del.addEventListener('click', () => askFirst(actions, del, i18n, t('teacher.delete.confirmBank', { name: isolate(b.title) }), () => remove(b.id, b.title)));
    const facts = [savedOn(b.savedAt), t('teacher.savedBanks.questions', { count: b.questions })].filter((x): x is string => x !== null);
    return el('li', {}, el('div', { class: 'item-info' }, el('strong', {}, el('bdi', { text: b.title })), el('span', { class: 'note', text: facts.join(' · ') })), actions);
  };

  const render = () => {
    const all = banks.list();
    // Keep focus inside the list when it is rebuilt under it (a save elsewhere, say).
    const focused = document.activeElement instanceof HTMLElement && list.contains(document.activeElement) ? document.activeElement.closest('li')?.querySelector<HTMLElement>('[data-bank]')?.dataset.bank : undefined;
    list.replaceChildren(...all.map(item));
    list.hidden = all.length === 0;
    empty.hidden = all.length > 0;
    const want = focusId ?? focused;
    focusId = null;
    if (want) [...list.querySelectorAll<HTMLElement>('[data-bank]')].find((b) => b.dataset.bank === want)?.focus();
  };

  banks.onChange(render);
  render();
  root.append(heading, el('p', { class: 'note', text: t('teacher.savedBanks.intro') }), undo.element, empty, list);
}
